-- Electronic-gate results (query feature): what an officer was shown, under a verification code.
-- The stub (who asked, when, which transaction, the answer's digest, the persons and the items
-- it was about, as the audit record names them) stays as long as the audit trail, so that a
-- printout's code can be confirmed and a doubt raised (7 days) after the answer itself is gone;
-- the answer waits one day (DOMAIN.md §4 §17) in a table of its own, which the retention timer
-- deletes from.
CREATE SEQUENCE rl_query_result_seq START WITH 50 INCREMENT BY 50;
CREATE TABLE rl_query_result (
    id                NUMBER(19) NOT NULL PRIMARY KEY,
    code              VARCHAR2(19 CHAR) NOT NULL,
    agency_code       VARCHAR2(10 CHAR) NOT NULL,
    user_name         VARCHAR2(50 CHAR) NOT NULL,
    transaction_code  VARCHAR2(10 CHAR) NOT NULL,
    case_number       VARCHAR2(60 CHAR),
    reason            VARCHAR2(200 CHAR),
    business_item     VARCHAR2(60 CHAR) NOT NULL,
    asked_at          TIMESTAMP NOT NULL,
    expires_at        TIMESTAMP NOT NULL,
    answer_digest     VARCHAR2(64 CHAR) NOT NULL,
    record_count      NUMBER(10) NOT NULL,
    subjects          VARCHAR2(4000 CHAR),
    items             VARCHAR2(1000 CHAR),
    CONSTRAINT rl_query_result_code_uq UNIQUE (code)
);
CREATE INDEX rl_query_result_user_ix ON rl_query_result (user_name, asked_at);

CREATE TABLE rl_query_result_body (
    result_id   NUMBER(19) NOT NULL PRIMARY KEY REFERENCES rl_query_result (id),
    expires_at  TIMESTAMP NOT NULL,
    content     CLOB NOT NULL
);
CREATE INDEX rl_query_result_body_due_ix ON rl_query_result_body (expires_at);

-- Doubts about received data (DOMAIN.md §4 §16): raised by the agency within 7 days of the
-- result, about one record and one data item of it; answered once by the provider.
CREATE SEQUENCE rl_data_doubt_seq START WITH 50 INCREMENT BY 50;
CREATE TABLE rl_data_doubt (
    id            NUMBER(19) NOT NULL PRIMARY KEY,
    result_id     NUMBER(19) NOT NULL REFERENCES rl_query_result (id),
    agency_code   VARCHAR2(10 CHAR) NOT NULL,
    raised_by     VARCHAR2(50 CHAR) NOT NULL,
    raised_at     TIMESTAMP NOT NULL,
    record_ref    VARCHAR2(20 CHAR) NOT NULL,
    item_code     VARCHAR2(30 CHAR) NOT NULL,
    reason        VARCHAR2(1000 CHAR) NOT NULL,
    status        VARCHAR2(10 CHAR) NOT NULL,
    answered_by   VARCHAR2(50 CHAR),
    answered_at   TIMESTAMP,
    answer        VARCHAR2(2000 CHAR)
);
CREATE INDEX rl_data_doubt_agency_ix ON rl_data_doubt (agency_code, raised_at);
CREATE INDEX rl_data_doubt_status_ix ON rl_data_doubt (status, raised_at);
