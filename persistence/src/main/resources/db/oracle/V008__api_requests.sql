-- National holidays for the working-day calendar (review deadlines of 5 working days). Seeded
-- with the holidays published for 2026 (民國 115); the administrator maintains them.
CREATE TABLE rl_holiday (
    holiday_date  DATE NOT NULL PRIMARY KEY,
    name_zh       VARCHAR2(50 CHAR) NOT NULL
);

INSERT INTO rl_holiday (holiday_date, name_zh) VALUES (DATE '2026-01-01', '開國紀念日');
INSERT INTO rl_holiday (holiday_date, name_zh) VALUES (DATE '2026-02-16', '春節');
INSERT INTO rl_holiday (holiday_date, name_zh) VALUES (DATE '2026-02-17', '春節');
INSERT INTO rl_holiday (holiday_date, name_zh) VALUES (DATE '2026-02-18', '春節');
INSERT INTO rl_holiday (holiday_date, name_zh) VALUES (DATE '2026-02-19', '春節');
INSERT INTO rl_holiday (holiday_date, name_zh) VALUES (DATE '2026-02-20', '春節');
INSERT INTO rl_holiday (holiday_date, name_zh) VALUES (DATE '2026-02-27', '和平紀念日（補假）');
INSERT INTO rl_holiday (holiday_date, name_zh) VALUES (DATE '2026-04-03', '兒童節（補假）');
INSERT INTO rl_holiday (holiday_date, name_zh) VALUES (DATE '2026-04-06', '清明節（補假）');
INSERT INTO rl_holiday (holiday_date, name_zh) VALUES (DATE '2026-05-01', '勞動節');
INSERT INTO rl_holiday (holiday_date, name_zh) VALUES (DATE '2026-06-19', '端午節');
INSERT INTO rl_holiday (holiday_date, name_zh) VALUES (DATE '2026-09-25', '中秋節');
INSERT INTO rl_holiday (holiday_date, name_zh) VALUES (DATE '2026-09-28', '教師節');
INSERT INTO rl_holiday (holiday_date, name_zh) VALUES (DATE '2026-10-09', '國慶日（補假）');
INSERT INTO rl_holiday (holiday_date, name_zh) VALUES (DATE '2026-10-26', '臺灣光復暨金門古寧頭大捷紀念日（補假）');
INSERT INTO rl_holiday (holiday_date, name_zh) VALUES (DATE '2026-12-25', '行憲紀念日');


-- Companies' requests for the ID-card verification API (seed 002): API application, host address
-- change, API suspension; reviewed by MOI within 5 working days (due_on).
CREATE SEQUENCE rl_api_request_seq START WITH 50 INCREMENT BY 50;

CREATE TABLE rl_api_request (
    id              NUMBER(19) NOT NULL PRIMARY KEY,
    request_type    VARCHAR2(20 CHAR) NOT NULL,
    business_id     VARCHAR2(8 CHAR) NOT NULL,
    company_name    VARCHAR2(100 CHAR) NOT NULL,
    host_addresses  VARCHAR2(400 CHAR) NOT NULL,
    contact_name    VARCHAR2(50 CHAR) NOT NULL,
    landline        VARCHAR2(20 CHAR) NOT NULL,
    mobile          VARCHAR2(12 CHAR) NOT NULL,
    email           VARCHAR2(100 CHAR) NOT NULL,
    purpose         VARCHAR2(500 CHAR) NOT NULL,
    legal_basis     VARCHAR2(500 CHAR) NOT NULL,
    public_key      CLOB,
    status          VARCHAR2(20 CHAR) NOT NULL,
    submitted_by    VARCHAR2(30 CHAR) NOT NULL,
    submitted_at    TIMESTAMP NOT NULL,
    due_on          DATE NOT NULL,
    overdue         NUMBER(1) NOT NULL,
    reviewed_by     VARCHAR2(30 CHAR),
    reviewed_at     TIMESTAMP,
    review_note     VARCHAR2(500 CHAR),
    iss_key         VARCHAR2(32 CHAR),
    agency_account  VARCHAR2(5 CHAR),
    version         NUMBER(10) NOT NULL
);

CREATE INDEX rl_api_request_company_ix ON rl_api_request (business_id, submitted_at);
CREATE INDEX rl_api_request_status_ix ON rl_api_request (status, due_on);

COMMENT ON TABLE rl_holiday IS 'National holidays of the working-day calendar, maintained by the administrator';
