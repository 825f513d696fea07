-- Oversight of the ID-card verification API (seed 002): cases asking a company to explain
-- abnormal use by a deadline. The company registry the yearly check compares with is not
-- created here: the embedded default's demo rows must never stand in for the Ministry of
-- Economic Affairs' registry. A DBA creates rl_company_registry (business_id, company_name,
-- registered 1/0) as a table or view over that registry and sets rislink.company.registry=table
-- (docs/OPERATIONS.md); until then the check revokes nobody and alerts.
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

COMMENT ON TABLE rl_api_case IS 'Abnormal-use cases: the company must explain by due_on or lose access';
