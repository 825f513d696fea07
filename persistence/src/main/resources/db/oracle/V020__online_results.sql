-- Electronic-gate results (query feature): what an officer was shown, under a verification code.
-- The stub (who asked, when, which transaction, the answer's digest) stays as long as the audit
-- trail, so a printout's code can be confirmed after the answer itself is gone; the answer waits
-- one day (DOMAIN.md §4 §17) in a table of its own, which the retention timer deletes from.
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
    CONSTRAINT rl_query_result_code_uq UNIQUE (code)
);
CREATE INDEX rl_query_result_user_ix ON rl_query_result (user_name, asked_at);

CREATE TABLE rl_query_result_body (
    result_id   NUMBER(19) NOT NULL PRIMARY KEY REFERENCES rl_query_result (id),
    expires_at  TIMESTAMP NOT NULL,
    content     CLOB NOT NULL
);
CREATE INDEX rl_query_result_body_due_ix ON rl_query_result_body (expires_at);
