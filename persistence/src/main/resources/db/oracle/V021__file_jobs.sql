-- Bulk file jobs (query feature): an agency's list of IDs, checked line by line before anything
-- runs, answered by a Jakarta Batch job in chunks, written as one result file in the agency's
-- encoding with its manifest. The job row is also the file's ledger entry (DOMAIN.md §7: kept at
-- least a year), so it stays when the file is deleted after its 7 days (§17) or extension.
CREATE SEQUENCE rl_file_job_seq START WITH 50 INCREMENT BY 50;
CREATE TABLE rl_file_job (
    id                    NUMBER(19) NOT NULL PRIMARY KEY,
    agency_code           VARCHAR2(10 CHAR) NOT NULL,
    user_name             VARCHAR2(50 CHAR) NOT NULL,
    transaction_code      VARCHAR2(10 CHAR) NOT NULL,
    encoding              VARCHAR2(15 CHAR) NOT NULL,
    delivery              VARCHAR2(20 CHAR) NOT NULL,
    case_number           VARCHAR2(60 CHAR),
    reason                VARCHAR2(200 CHAR),
    business_item         VARCHAR2(60 CHAR) NOT NULL,
    file_name             VARCHAR2(200 CHAR) NOT NULL,
    upload_sha256         VARCHAR2(64 CHAR) NOT NULL,
    uploaded_at           TIMESTAMP NOT NULL,
    line_count            NUMBER(10) NOT NULL,
    bad_count             NUMBER(10) NOT NULL,
    status                VARCHAR2(12 CHAR) NOT NULL,
    run_no                NUMBER(10) NOT NULL,
    coverage              VARCHAR2(1000 CHAR),
    execution_id          NUMBER(19),
    processed             NUMBER(10) NOT NULL,
    heartbeat_at          TIMESTAMP,
    completed_at          TIMESTAMP,
    expires_at            TIMESTAMP,
    record_count          NUMBER(10),
    found_count           NUMBER(10),
    result_sha256         VARCHAR2(64 CHAR),
    result_bytes          NUMBER(19),
    unencodable_count     NUMBER(10),
    purged_at             TIMESTAMP,
    extension_until       TIMESTAMP,
    extension_reason      VARCHAR2(500 CHAR),
    extension_status      VARCHAR2(10 CHAR),
    extension_decided_by  VARCHAR2(50 CHAR),
    extension_decided_at  TIMESTAMP,
    ledger_document       VARCHAR2(60 CHAR),
    ledger_it_officer     VARCHAR2(50 CHAR),
    ledger_supervisor     VARCHAR2(50 CHAR),
    ledger_reconciliation VARCHAR2(500 CHAR),
    ledger_destroyed_on   DATE,
    ledger_updated_by     VARCHAR2(50 CHAR),
    ledger_updated_at     TIMESTAMP
);
CREATE INDEX rl_file_job_agency_ix ON rl_file_job (agency_code, uploaded_at);
CREATE INDEX rl_file_job_status_ix ON rl_file_job (status, expires_at);

-- The valid lines of an upload (IDs), read by the job. They stay with the job's ledger entry: the
-- audit trail's chunk records name only as many IDs as their column holds.
CREATE TABLE rl_file_line (
    job_id     NUMBER(19) NOT NULL REFERENCES rl_file_job (id),
    line_no    NUMBER(10) NOT NULL,
    person_id  VARCHAR2(10 CHAR) NOT NULL,
    CONSTRAINT rl_file_line_pk PRIMARY KEY (job_id, line_no)
);

-- The lines an upload's check refused, with the reason's message key.
CREATE TABLE rl_file_problem (
    job_id     NUMBER(19) NOT NULL REFERENCES rl_file_job (id),
    line_no    NUMBER(10) NOT NULL,
    line_text  VARCHAR2(40 CHAR),
    reason_key VARCHAR2(60 CHAR) NOT NULL,
    CONSTRAINT rl_file_problem_pk PRIMARY KEY (job_id, line_no)
);

-- One answered line, as text, written in the chunk's transaction (a chunk written again after a
-- restart replaces its lines); deleted when the result file is written. A CLOB here (VARCHAR2 in
-- H2): Oracle's VARCHAR2 holds 4 000 bytes, and a record of Chinese text with many ID cards may
-- need more.
CREATE TABLE rl_file_record (
    job_id   NUMBER(19) NOT NULL REFERENCES rl_file_job (id),
    line_no  NUMBER(10) NOT NULL,
    content  CLOB NOT NULL,
    CONSTRAINT rl_file_record_pk PRIMARY KEY (job_id, line_no)
);

-- The result file in its encoding and its manifest, until the retention timer deletes them.
CREATE TABLE rl_file_content (
    job_id      NUMBER(19) NOT NULL PRIMARY KEY REFERENCES rl_file_job (id),
    expires_at  TIMESTAMP NOT NULL,
    result      BLOB NOT NULL,
    manifest    CLOB NOT NULL
);
CREATE INDEX rl_file_content_due_ix ON rl_file_content (expires_at);
