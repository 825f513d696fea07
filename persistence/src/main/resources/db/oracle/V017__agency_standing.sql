-- A linked agency's life after go-live (seed 001 §12, §19, §20): its standing, the violations a
-- provider records, its termination notice and its reports of staff changes.

-- One row per linked agency: every channel asks it "may this agency link now?". Read from the
-- database on every call (the entity is not in the shared cache), so a suspension is seen by the
-- next call on every node once it commits.
CREATE SEQUENCE rl_agency_standing_seq START WITH 50 INCREMENT BY 50;

CREATE TABLE rl_agency_standing (
    id              NUMBER(19) NOT NULL PRIMARY KEY,
    agency_id       NUMBER(19) NOT NULL REFERENCES rl_agency (id),
    standing        VARCHAR2(12 CHAR) NOT NULL,
    since           TIMESTAMP NOT NULL,
    -- The Iss keys the current suspension set SUSPENDED, so that restoring makes only those active again.
    suspended_keys  VARCHAR2(2000 CHAR),
    version         NUMBER(10) NOT NULL,
    CONSTRAINT rl_agency_standing_uq UNIQUE (agency_id),
    CONSTRAINT rl_agency_standing_ck CHECK (standing IN ('LINKED', 'SUSPENDED', 'MUST_REAPPLY', 'TERMINATED'))
);

-- A violation a provider found (§19): the agency is told the same day, may be suspended at once,
-- and has 6 months to remedy it.
CREATE SEQUENCE rl_agency_violation_seq START WITH 50 INCREMENT BY 50;

CREATE TABLE rl_agency_violation (
    id                  NUMBER(19) NOT NULL PRIMARY KEY,
    agency_id           NUMBER(19) NOT NULL REFERENCES rl_agency (id),
    recorded_by         VARCHAR2(30 CHAR) NOT NULL,
    provider_agency_id  NUMBER(19) NOT NULL REFERENCES rl_agency (id),
    recorded_at         TIMESTAMP NOT NULL,
    description         VARCHAR2(2000 CHAR) NOT NULL,
    suspended           NUMBER(1) NOT NULL,
    remedy_due          DATE NOT NULL,
    remedy              VARCHAR2(2000 CHAR),
    remedied_by         VARCHAR2(30 CHAR),
    remedied_at         TIMESTAMP,
    decided_by          VARCHAR2(30 CHAR),
    decided_at          TIMESTAMP,
    refusal_reason      VARCHAR2(500 CHAR),
    outcome             VARCHAR2(12 CHAR) NOT NULL,
    version             NUMBER(10) NOT NULL,
    CONSTRAINT rl_agency_violation_ck CHECK (outcome IN ('OPEN', 'REMEDIED', 'ACCEPTED', 'LAPSED'))
);

CREATE INDEX rl_agency_violation_ix ON rl_agency_violation (agency_id, outcome);
CREATE INDEX rl_agency_violation_due_ix ON rl_agency_violation (outcome, remedy_due);

-- The agency's written notice to end linking (§20): it takes effect one month later.
CREATE SEQUENCE rl_agency_termination_seq START WITH 50 INCREMENT BY 50;

CREATE TABLE rl_agency_termination (
    id              NUMBER(19) NOT NULL PRIMARY KEY,
    agency_id       NUMBER(19) NOT NULL REFERENCES rl_agency (id),
    requested_by    VARCHAR2(30 CHAR) NOT NULL,
    requested_at    TIMESTAMP NOT NULL,
    notice_on       DATE NOT NULL,
    effective_on    DATE NOT NULL,
    carried_out_at  TIMESTAMP,
    version         NUMBER(10) NOT NULL
);

CREATE INDEX rl_agency_termination_ix ON rl_agency_termination (effective_on);

-- A change of the agency's officer or supervisor (§12), acknowledged by the provider within 5
-- working days.
CREATE SEQUENCE rl_agency_staff_change_seq START WITH 50 INCREMENT BY 50;

CREATE TABLE rl_agency_staff_change (
    id               NUMBER(19) NOT NULL PRIMARY KEY,
    agency_id        NUMBER(19) NOT NULL REFERENCES rl_agency (id),
    kind             VARCHAR2(10 CHAR) NOT NULL,
    previous_name    VARCHAR2(50 CHAR) NOT NULL,
    new_name         VARCHAR2(50 CHAR) NOT NULL,
    reported_by      VARCHAR2(30 CHAR) NOT NULL,
    reported_at      TIMESTAMP NOT NULL,
    due_on           DATE NOT NULL,
    acknowledged_by  VARCHAR2(30 CHAR),
    acknowledged_at  TIMESTAMP,
    overdue          NUMBER(1) NOT NULL,
    version          NUMBER(10) NOT NULL,
    CONSTRAINT rl_agency_staff_change_ck CHECK (kind IN ('OFFICER', 'SUPERVISOR'))
);

CREATE INDEX rl_agency_staff_change_ix ON rl_agency_staff_change (agency_id, acknowledged_at);
CREATE INDEX rl_agency_staff_change_due_ix ON rl_agency_staff_change (due_on);

COMMENT ON TABLE rl_agency_standing IS 'A linked agency''s standing: what every channel checks before it serves the agency';
COMMENT ON TABLE rl_agency_violation IS 'Violations providers recorded (seed 001 §19), with the remedy and its decision';
COMMENT ON TABLE rl_agency_termination IS 'Termination notices (seed 001 §20), effective one month later';
COMMENT ON TABLE rl_agency_staff_change IS 'Reported officer and supervisor changes (seed 001 §12) and their acknowledgement';
