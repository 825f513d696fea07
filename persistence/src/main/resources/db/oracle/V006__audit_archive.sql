-- Audit days moved out of the database after the retention period (at least 3 years): the
-- signed archive file that holds them, its SHA-256, and how many records it holds. The day's
-- digest stays in rl_audit_digest, so the chain of digests is never broken.
CREATE TABLE rl_audit_archive (
    archive_day  VARCHAR2(8 CHAR) NOT NULL PRIMARY KEY,
    file_name    VARCHAR2(200 CHAR) NOT NULL,
    file_hash    VARCHAR2(64 CHAR) NOT NULL,
    records      NUMBER(10) NOT NULL,
    archived_at  TIMESTAMP NOT NULL
);

COMMENT ON TABLE rl_audit_archive IS 'Audit days archived to signed files after the retention period';
