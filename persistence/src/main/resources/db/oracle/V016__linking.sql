-- The linking application (seed 000) and what it leaves behind (seed 001).

-- The data-item catalogue (資料項目表), kept by the system administrator: what an agency may ask
-- for, and the transactions that carry each item. An item is retired, never deleted: cases and
-- permissions keep naming it.
CREATE SEQUENCE rl_data_item_seq START WITH 100 INCREMENT BY 50;

CREATE TABLE rl_data_item (
    id            NUMBER(19) NOT NULL PRIMARY KEY,
    code          VARCHAR2(20 CHAR) NOT NULL,
    name_zh       VARCHAR2(100 CHAR) NOT NULL,
    name_en       VARCHAR2(200 CHAR) NOT NULL,
    data_scope    VARCHAR2(10 CHAR) NOT NULL,
    transactions  VARCHAR2(200 CHAR) NOT NULL,
    retired_on    DATE,
    version       NUMBER(10) NOT NULL,
    CONSTRAINT rl_data_item_code_uq UNIQUE (code)
);

INSERT INTO rl_data_item (id, code, name_zh, name_en, data_scope, transactions, version) VALUES (1, 'PERSON_NAME', '姓名', 'Name', 'HOUSEHOLD', 'RQ01,RQ02,RQ04,RQ07,RQ08', 0);
INSERT INTO rl_data_item (id, code, name_zh, name_en, data_scope, transactions, version) VALUES (2, 'BIRTH_DATE', '出生日期', 'Date of birth', 'HOUSEHOLD', 'RQ01,RQ02,RQ07,RQ08', 0);
INSERT INTO rl_data_item (id, code, name_zh, name_en, data_scope, transactions, version) VALUES (3, 'SEX', '性別', 'Sex', 'HOUSEHOLD', 'RQ01,RQ02,RQ07,RQ08', 0);
INSERT INTO rl_data_item (id, code, name_zh, name_en, data_scope, transactions, version) VALUES (4, 'ADDRESS', '戶籍地址', 'Registered address', 'HOUSEHOLD', 'RQ01,RQ02,RQ07,RQ08,RQ14', 0);
INSERT INTO rl_data_item (id, code, name_zh, name_en, data_scope, transactions, version) VALUES (5, 'HOUSEHOLD_NUMBER', '戶號', 'Household number', 'HOUSEHOLD', 'RQ01,RQ02,RQ07,RQ08', 0);
INSERT INTO rl_data_item (id, code, name_zh, name_en, data_scope, transactions, version) VALUES (6, 'RELATIONSHIP', '稱謂', 'Relationship to the head of household', 'HOUSEHOLD', 'RQ01,RQ07', 0);
INSERT INTO rl_data_item (id, code, name_zh, name_en, data_scope, transactions, version) VALUES (7, 'PARENTS', '父母姓名', 'Parents'' names', 'HOUSEHOLD', 'RQ02,RQ08', 0);
INSERT INTO rl_data_item (id, code, name_zh, name_en, data_scope, transactions, version) VALUES (8, 'SPOUSE', '配偶姓名', 'Spouse''s name', 'HOUSEHOLD', 'RQ02,RQ08', 0);
INSERT INTO rl_data_item (id, code, name_zh, name_en, data_scope, transactions, version) VALUES (9, 'NAME_HISTORY', '更名紀錄', 'Name changes', 'HOUSEHOLD', 'RQ04', 0);
INSERT INTO rl_data_item (id, code, name_zh, name_en, data_scope, transactions, version) VALUES (10, 'REMOVAL', '除戶原因及日期', 'Removal: reason and date', 'HOUSEHOLD', 'RQ07,RQ08', 0);
INSERT INTO rl_data_item (id, code, name_zh, name_en, data_scope, transactions, version) VALUES (11, 'ADDRESS_CHANGES', '門牌整編紀錄', 'House-number changes', 'HOUSEHOLD', 'RQ14', 0);
INSERT INTO rl_data_item (id, code, name_zh, name_en, data_scope, transactions, version) VALUES (12, 'ID_CARD_ISSUE', '國民身分證換補發紀錄', 'ID-card issuance', 'HOUSEHOLD', 'RQ02,V1C104', 0);
INSERT INTO rl_data_item (id, code, name_zh, name_en, data_scope, transactions, version) VALUES (13, 'POPULATION_STATS', '人口統計', 'Population statistics', 'HOUSEHOLD', 'ST01', 0);
INSERT INTO rl_data_item (id, code, name_zh, name_en, data_scope, transactions, version) VALUES (14, 'MILITARY_STATUS', '役別及役況', 'Military service status', 'MILITARY', 'MS01', 0);
INSERT INTO rl_data_item (id, code, name_zh, name_en, data_scope, transactions, version) VALUES (15, 'MILITARY_CHANGES', '役政異動紀錄', 'Military service changes', 'MILITARY', 'MS01', 0);

-- A linking case: one agency's application for one channel, from the draft to go-live.
CREATE SEQUENCE rl_linking_case_seq START WITH 50 INCREMENT BY 50;

CREATE TABLE rl_linking_case (
    id                      NUMBER(19) NOT NULL PRIMARY KEY,
    case_number             VARCHAR2(20 CHAR) NOT NULL,
    agency_id               NUMBER(19) NOT NULL REFERENCES rl_agency (id),
    local_unit_id           NUMBER(19) NOT NULL REFERENCES rl_agency (id),
    channel                 VARCHAR2(20 CHAR) NOT NULL,
    first_time              NUMBER(1) NOT NULL,
    data_scope              VARCHAR2(10 CHAR) NOT NULL,
    delivery_modes          VARCHAR2(100 CHAR) NOT NULL,
    purpose                 VARCHAR2(1000 CHAR) NOT NULL,
    host_addresses          VARCHAR2(500 CHAR) NOT NULL,
    contact_name            VARCHAR2(50 CHAR) NOT NULL,
    contact_phone           VARCHAR2(20 CHAR) NOT NULL,
    contact_email           VARCHAR2(100 CHAR) NOT NULL,
    supervisor_name         VARCHAR2(50 CHAR) NOT NULL,
    officer                 VARCHAR2(30 CHAR) NOT NULL,
    status                  VARCHAR2(12 CHAR) NOT NULL,
    created_at              TIMESTAMP NOT NULL,
    submitted_at            TIMESTAMP,
    ciso_reviewed_by        VARCHAR2(30 CHAR),
    ciso_reviewed_at        TIMESTAMP,
    supervisor_approved_by  VARCHAR2(30 CHAR),
    supervisor_approved_at  TIMESTAMP,
    link_test_on            DATE,
    certificate             CLOB,
    iss_key                 VARCHAR2(32 CHAR),
    version                 NUMBER(10) NOT NULL,
    CONSTRAINT rl_linking_case_number_uq UNIQUE (case_number)
);

CREATE INDEX rl_linking_case_agency_ix ON rl_linking_case (agency_id, status);

-- The steps now waiting, each with its deadline in working days: the parties' queues.
CREATE TABLE rl_linking_open_step (
    case_id    NUMBER(19) NOT NULL REFERENCES rl_linking_case (id),
    step       VARCHAR2(30 CHAR) NOT NULL,
    opened_at  TIMESTAMP NOT NULL,
    due_on     DATE NOT NULL,
    PRIMARY KEY (case_id, step)
);

CREATE INDEX rl_linking_open_step_ix ON rl_linking_open_step (step, due_on);

-- The data items a case asks for, each with its legal basis.
CREATE TABLE rl_linking_item (
    case_id       NUMBER(19) NOT NULL REFERENCES rl_linking_case (id),
    data_item_id  NUMBER(19) NOT NULL REFERENCES rl_data_item (id),
    legal_basis   VARCHAR2(500 CHAR) NOT NULL,
    PRIMARY KEY (case_id, data_item_id)
);

-- The case's history: every transition, who took it, when and why, and what waited after it.
CREATE SEQUENCE rl_linking_event_seq START WITH 50 INCREMENT BY 50;

CREATE TABLE rl_linking_event (
    id          NUMBER(19) NOT NULL PRIMARY KEY,
    case_id     NUMBER(19) NOT NULL REFERENCES rl_linking_case (id),
    occurred_at TIMESTAMP NOT NULL,
    actor       VARCHAR2(30 CHAR) NOT NULL,
    party       VARCHAR2(12 CHAR) NOT NULL,
    action      VARCHAR2(40 CHAR) NOT NULL,
    remark      VARCHAR2(1000 CHAR),
    open_after  VARCHAR2(400 CHAR) NOT NULL
);

CREATE INDEX rl_linking_event_case_ix ON rl_linking_event (case_id, occurred_at);

-- Scanned documents: kept in the database with their SHA-256, never under their file name.
CREATE SEQUENCE rl_linking_attachment_seq START WITH 50 INCREMENT BY 50;

CREATE TABLE rl_linking_attachment (
    id           NUMBER(19) NOT NULL PRIMARY KEY,
    case_id      NUMBER(19) NOT NULL REFERENCES rl_linking_case (id),
    kind         VARCHAR2(30 CHAR) NOT NULL,
    file_name    VARCHAR2(200 CHAR) NOT NULL,
    media_type   VARCHAR2(40 CHAR) NOT NULL,
    byte_size    NUMBER(10) NOT NULL,
    sha256       VARCHAR2(64 CHAR) NOT NULL,
    uploaded_by  VARCHAR2(30 CHAR) NOT NULL,
    uploaded_at  TIMESTAMP NOT NULL
);

CREATE INDEX rl_linking_attachment_case_ix ON rl_linking_attachment (case_id, kind);

-- The bytes apart from the description, so that listing a case's documents reads none of them.
CREATE TABLE rl_linking_attachment_content (
    attachment_id  NUMBER(19) NOT NULL PRIMARY KEY REFERENCES rl_linking_attachment (id),
    content        BLOB NOT NULL
);

-- The network ranges DIS assigned (step 6): the applicant's equipment, its security gateway and
-- its linking or API gateway server, in canonical CIDR form.
CREATE SEQUENCE rl_linking_address_seq START WITH 50 INCREMENT BY 50;

CREATE TABLE rl_linking_address (
    id           NUMBER(19) NOT NULL PRIMARY KEY,
    case_id      NUMBER(19) NOT NULL REFERENCES rl_linking_case (id),
    purpose      VARCHAR2(20 CHAR) NOT NULL,
    cidr         VARCHAR2(50 CHAR) NOT NULL,
    assigned_by  VARCHAR2(30 CHAR) NOT NULL,
    assigned_at  TIMESTAMP NOT NULL
);

CREATE INDEX rl_linking_address_case_ix ON rl_linking_address (case_id);

-- One row: every assignment locks it before it looks for overlaps, so that two assignments
-- decided at once cannot both take the same block.
CREATE TABLE rl_linking_address_lock (
    id  NUMBER(1) NOT NULL PRIMARY KEY
);

INSERT INTO rl_linking_address_lock (id) VALUES (1);

-- The password table DHR issues at step 7: per agency account, only the bcrypt hash is kept.
CREATE SEQUENCE rl_agency_password_seq START WITH 50 INCREMENT BY 50;

CREATE TABLE rl_agency_password (
    id             NUMBER(19) NOT NULL PRIMARY KEY,
    agency_id      NUMBER(19) NOT NULL REFERENCES rl_agency (id),
    case_id        NUMBER(19) NOT NULL REFERENCES rl_linking_case (id),
    account        VARCHAR2(20 CHAR) NOT NULL,
    password_hash  VARCHAR2(100 CHAR) NOT NULL,
    issued_at      TIMESTAMP NOT NULL,
    revoked_at     TIMESTAMP,
    CONSTRAINT rl_agency_password_uq UNIQUE (account)
);

-- What a live case grants: the agency's permissions, one row per data item and channel. Every
-- channel reads them here.
CREATE TABLE rl_agency_permission (
    agency_id     NUMBER(19) NOT NULL REFERENCES rl_agency (id),
    data_item_id  NUMBER(19) NOT NULL REFERENCES rl_data_item (id),
    channel       VARCHAR2(20 CHAR) NOT NULL,
    case_id       NUMBER(19) NOT NULL REFERENCES rl_linking_case (id),
    granted_at    TIMESTAMP NOT NULL,
    PRIMARY KEY (agency_id, data_item_id, channel)
);

-- A key rotation keeps the replaced Iss key valid until this time (the grace period).
ALTER TABLE rl_api_credential ADD valid_until TIMESTAMP;

-- Key rotation: a replaced Iss key and its successor belong to the same agency account while the
-- old key's grace period (valid_until, above) runs, so the account is no longer unique per key.
ALTER TABLE rl_api_credential DROP CONSTRAINT rl_api_credential_account_uk DROP INDEX;

CREATE INDEX rl_api_credential_account_ix ON rl_api_credential (agency_account);

-- One row: a new agency account number is chosen under its lock, so that two keys issued at once
-- cannot get the same one (the account is no longer unique per key, above).
CREATE TABLE rl_api_account_lock (
    id  NUMBER(1) NOT NULL PRIMARY KEY
);

INSERT INTO rl_api_account_lock (id) VALUES (1);

COMMENT ON TABLE rl_data_item IS 'The data-item catalogue: what an agency may ask for and the transactions that carry it';
COMMENT ON TABLE rl_linking_case IS 'Linking applications (seed 000), from draft to go-live';
COMMENT ON TABLE rl_agency_password IS 'Password tables issued at step 7: bcrypt hashes only';
COMMENT ON TABLE rl_agency_permission IS 'What live linking cases grant: data items per agency and channel';
