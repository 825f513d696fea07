-- REST API credentials (issue: ID-card verification; shared by every REST job): one row per
-- Iss key, bound to the holder's RSA public key, its agency account, its allowed host
-- addresses and jobs. Used tokens (jti) are kept until they expire, so a replay is refused.
CREATE TABLE rl_api_credential (
    iss_key         VARCHAR2(32 CHAR) NOT NULL PRIMARY KEY,
    agency_account  VARCHAR2(5 CHAR) NOT NULL,
    org_id          VARCHAR2(10 CHAR) NOT NULL,
    holder_name     VARCHAR2(100 CHAR) NOT NULL,
    public_key      CLOB NOT NULL,
    addresses       VARCHAR2(400 CHAR) NOT NULL,
    jobs            VARCHAR2(200 CHAR) NOT NULL,
    status          VARCHAR2(10 CHAR) NOT NULL,
    created_at      TIMESTAMP NOT NULL,
    CONSTRAINT rl_api_credential_account_uk UNIQUE (agency_account)
);

CREATE TABLE rl_api_jti (
    iss_key     VARCHAR2(32 CHAR) NOT NULL,
    jti         VARCHAR2(100 CHAR) NOT NULL,
    expires_at  TIMESTAMP NOT NULL,
    CONSTRAINT rl_api_jti_pk PRIMARY KEY (iss_key, jti)
);

CREATE INDEX rl_api_jti_expiry_ix ON rl_api_jti (expires_at);

-- Wrong ID-card checks per company, Taiwan day and ID number: at 3 the ID is locked for the day.
CREATE TABLE rl_idcheck_attempt (
    org_id     VARCHAR2(10 CHAR) NOT NULL,
    check_day  VARCHAR2(8 CHAR) NOT NULL,
    person_id  VARCHAR2(10 CHAR) NOT NULL,
    wrong      NUMBER(3) NOT NULL,
    CONSTRAINT rl_idcheck_attempt_pk PRIMARY KEY (org_id, check_day, person_id)
);

-- A company's own user suspended for abnormal use (answer 8).
CREATE TABLE rl_api_user_suspension (
    org_id        VARCHAR2(10 CHAR) NOT NULL,
    user_id       VARCHAR2(12 CHAR) NOT NULL,
    suspended_at  TIMESTAMP NOT NULL,
    reason        VARCHAR2(200 CHAR) NOT NULL,
    CONSTRAINT rl_api_user_suspension_pk PRIMARY KEY (org_id, user_id)
);
