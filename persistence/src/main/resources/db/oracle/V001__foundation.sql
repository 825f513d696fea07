-- Foundation: agencies, user accounts and their roles. Oracle 19c or later; run as the schema owner.
CREATE TABLE rl_schema_version (
    version     VARCHAR2(50 CHAR) NOT NULL PRIMARY KEY,
    applied_at  TIMESTAMP NOT NULL
);

-- EclipseLink allocates ids in blocks of 50 and expects the first value to be the block size.
CREATE SEQUENCE rl_agency_seq START WITH 50 INCREMENT BY 50;
CREATE SEQUENCE rl_user_seq START WITH 50 INCREMENT BY 50;

CREATE TABLE rl_agency (
    id       NUMBER(19) NOT NULL PRIMARY KEY,
    code     VARCHAR2(10 CHAR) NOT NULL,
    name_zh  VARCHAR2(100 CHAR) NOT NULL,
    name_en  VARCHAR2(200 CHAR) NOT NULL,
    kind     VARCHAR2(10 CHAR) NOT NULL,
    version  NUMBER(19) NOT NULL,
    CONSTRAINT rl_agency_code_uk UNIQUE (code),
    CONSTRAINT rl_agency_kind_ck CHECK (kind IN ('PROVIDER', 'GOVERNMENT', 'CARRIER', 'COMPANY'))
);

CREATE TABLE rl_user (
    id                   NUMBER(19) NOT NULL PRIMARY KEY,
    username             VARCHAR2(30 CHAR) NOT NULL,
    password_hash        VARCHAR2(100 CHAR) NOT NULL,
    display_name         VARCHAR2(100 CHAR) NOT NULL,
    email                VARCHAR2(200 CHAR),
    agency_id            NUMBER(19) NOT NULL,
    status               VARCHAR2(10 CHAR) NOT NULL,
    failed_sign_ins      NUMBER(5) NOT NULL,
    locked_at            TIMESTAMP,
    last_sign_in_at      TIMESTAMP,
    password_changed_at  TIMESTAMP NOT NULL,
    created_at           TIMESTAMP NOT NULL,
    version              NUMBER(19) NOT NULL,
    CONSTRAINT rl_user_username_uk UNIQUE (username),
    CONSTRAINT rl_user_agency_fk FOREIGN KEY (agency_id) REFERENCES rl_agency (id),
    CONSTRAINT rl_user_status_ck CHECK (status IN ('ACTIVE', 'LOCKED', 'DISABLED'))
);

CREATE INDEX rl_user_agency_ix ON rl_user (agency_id);

CREATE TABLE rl_user_role (
    user_id    NUMBER(19) NOT NULL,
    role_code  VARCHAR2(30 CHAR) NOT NULL,
    CONSTRAINT rl_user_role_pk PRIMARY KEY (user_id, role_code),
    CONSTRAINT rl_user_role_user_fk FOREIGN KEY (user_id) REFERENCES rl_user (id) ON DELETE CASCADE
);

COMMENT ON TABLE rl_user IS 'Platform sign-in accounts; passwords as bcrypt ($2a$), read by the WildFly jdbc-realm';
COMMENT ON TABLE rl_agency IS 'Agencies (機關代號) and companies (統一編號) that users act for';
