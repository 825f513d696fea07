-- Oversight of the ID-card verification API (seed 002): cases asking a company to explain
-- abnormal use by a deadline, and the embedded default's demo company registry the yearly check
-- compares with (only here: the Oracle script leaves rl_company_registry to the DBA).
CREATE SEQUENCE rl_api_case_seq START WITH 50 INCREMENT BY 50;

CREATE TABLE rl_api_case (
    id           NUMBER(19) NOT NULL PRIMARY KEY,
    org_id       VARCHAR2(10 CHAR) NOT NULL,
    user_id      VARCHAR2(12 CHAR) NOT NULL,
    finding      VARCHAR2(300 CHAR) NOT NULL,
    opened_at    TIMESTAMP NOT NULL,
    due_on       DATE NOT NULL,
    status       VARCHAR2(10 CHAR) NOT NULL,
    explanation  VARCHAR2(1000 CHAR),
    closed_at    TIMESTAMP
);

CREATE INDEX rl_api_case_status_ix ON rl_api_case (status, due_on);

CREATE TABLE rl_company_registry (
    business_id   VARCHAR2(8 CHAR) NOT NULL PRIMARY KEY,
    company_name  VARCHAR2(100 CHAR) NOT NULL,
    registered    NUMBER(1) NOT NULL
);

INSERT INTO rl_company_registry (business_id, company_name, registered) VALUES ('04595252', '示範商業銀行股份有限公司', 1);
INSERT INTO rl_company_registry (business_id, company_name, registered) VALUES ('96979933', '中華電信股份有限公司', 1);
INSERT INTO rl_company_registry (business_id, company_name, registered) VALUES ('10458570', '已解散示範股份有限公司', 0);
