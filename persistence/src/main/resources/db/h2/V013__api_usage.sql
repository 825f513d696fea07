-- The abnormal-use scan reads the audit trail incrementally (issue 11): where it stopped in each
-- audit chain, and each company user's counts of a Taiwan day as far as it has read. Only the
-- scan writes these tables; an ID-card check writes nothing more than before.

-- One row per scan, locked for the scan's transaction: two scans (a timer and MOI's "scan now",
-- or two nodes) never read the same records twice.
CREATE TABLE rl_api_scan (
    scan_name   VARCHAR2(30 CHAR) NOT NULL PRIMARY KEY,
    scanned_at  TIMESTAMP
);

INSERT INTO rl_api_scan (scan_name, scanned_at) VALUES ('abnormal-use', NULL);

-- The last sequence number read in each audit chain (day, partition). A chain's numbers are
-- given under its head's lock, so they become visible in order: nothing appears below it later.
CREATE TABLE rl_api_scan_position (
    chain_day     VARCHAR2(8 CHAR) NOT NULL,
    partition_no  NUMBER(3) NOT NULL,
    last_seq      NUMBER(19) NOT NULL,
    CONSTRAINT rl_api_scan_position_pk PRIMARY KEY (chain_day, partition_no)
);

-- A company user's checks of a day: wrong ones (answers 2 to 5) and distinct IDs, and the case
-- opened for that day (at most one).
CREATE TABLE rl_api_usage (
    chain_day     VARCHAR2(8 CHAR) NOT NULL,
    org_id        VARCHAR2(10 CHAR) NOT NULL,
    user_name     VARCHAR2(50 CHAR) NOT NULL,
    wrong_checks  NUMBER(10) NOT NULL,
    distinct_ids  NUMBER(10) NOT NULL,
    case_id       NUMBER(19),
    CONSTRAINT rl_api_usage_pk PRIMARY KEY (chain_day, org_id, user_name)
);

-- The IDs a user checked that day, kept only until the distinct-ID limit is passed (so at most
-- limit + 1 rows per user and day); removed once the day is out of the scan's reach.
CREATE TABLE rl_api_usage_id (
    chain_day   VARCHAR2(8 CHAR) NOT NULL,
    org_id      VARCHAR2(10 CHAR) NOT NULL,
    user_name   VARCHAR2(50 CHAR) NOT NULL,
    subject_id  VARCHAR2(400 CHAR) NOT NULL,
    CONSTRAINT rl_api_usage_id_pk PRIMARY KEY (chain_day, org_id, user_name, subject_id)
);
