-- The tamper-evident audit trail (issue: audit). No unique key on the sequence, on purpose:
-- verification must be able to see a second record with a taken number, not the database hide it.
CREATE SEQUENCE rl_audit_seq START WITH 50 INCREMENT BY 50;

-- One row per chain (day in Taiwan, partition): its last sequence number and hash.
CREATE TABLE rl_audit_chain (
    chain_day     VARCHAR2(8 CHAR) NOT NULL,
    partition_no  NUMBER(3) NOT NULL,
    last_seq      NUMBER(19) NOT NULL,
    last_hash     VARCHAR2(64 CHAR) NOT NULL,
    CONSTRAINT rl_audit_chain_pk PRIMARY KEY (chain_day, partition_no)
);

-- Written once, never updated. prev_hash/record_hash chain the rows of one (chain_day, partition_no).
CREATE TABLE rl_audit_record (
    id                NUMBER(19) NOT NULL PRIMARY KEY,
    chain_day         VARCHAR2(8 CHAR) NOT NULL,
    partition_no      NUMBER(3) NOT NULL,
    seq_no            NUMBER(19) NOT NULL,
    occurred_at       TIMESTAMP NOT NULL,
    user_name         VARCHAR2(30 CHAR),
    agency_code       VARCHAR2(10 CHAR),
    address           VARCHAR2(45 CHAR),
    channel           VARCHAR2(10 CHAR) NOT NULL,
    action            VARCHAR2(40 CHAR) NOT NULL,
    transaction_code  VARCHAR2(10 CHAR),
    subject_ids       VARCHAR2(400 CHAR),
    case_number       VARCHAR2(60 CHAR),
    reason            VARCHAR2(400 CHAR),
    business_item     VARCHAR2(100 CHAR),
    data_items        VARCHAR2(400 CHAR),
    outcome           VARCHAR2(10 CHAR) NOT NULL,
    prev_hash         VARCHAR2(64 CHAR) NOT NULL,
    record_hash       VARCHAR2(64 CHAR) NOT NULL
);

CREATE INDEX rl_audit_chain_ix ON rl_audit_record (chain_day, partition_no, seq_no);
CREATE INDEX rl_audit_user_ix ON rl_audit_record (user_name, occurred_at);
CREATE INDEX rl_audit_agency_ix ON rl_audit_record (agency_code, occurred_at);
