-- Signed daily digests of the audit trail (issue: audit): one row per day in Taiwan, holding the
-- day's chain ends, the previous day's digest hash, and a CMS signature over the content made
-- with the platform's audit signing key. Written once, never updated.
CREATE TABLE rl_audit_digest (
    digest_day   VARCHAR2(8 CHAR) NOT NULL PRIMARY KEY,
    created_at   TIMESTAMP NOT NULL,
    content      CLOB NOT NULL,
    digest_hash  VARCHAR2(64 CHAR) NOT NULL,
    signature    CLOB NOT NULL
);
