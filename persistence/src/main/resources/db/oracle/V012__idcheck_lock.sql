-- The ID-card check's lockout is decided under a lock taken before anything is compared: a
-- check locks the stripe of its company and ID (one of 1024 fixed rows) for its whole
-- transaction, so checks of one ID by one company are compared one after another, while a
-- check that matches still writes no counter. Fixed rows, because a row that does not exist yet
-- cannot be locked.
CREATE TABLE rl_idcheck_lock (
    stripe  NUMBER(5) NOT NULL PRIMARY KEY
);

INSERT INTO rl_idcheck_lock (stripe) SELECT LEVEL - 1 FROM DUAL CONNECT BY LEVEL <= 1024;

COMMENT ON TABLE rl_idcheck_lock IS 'Lock stripes of the ID-card check: the check of a company and ID locks one row before comparing';

-- The JWT's userId is the caller's own user, for logging: real client programs send up to 50
-- characters.
ALTER TABLE rl_audit_record MODIFY (user_name VARCHAR2(50 CHAR));
ALTER TABLE rl_api_user_suspension MODIFY (user_id VARCHAR2(50 CHAR));
ALTER TABLE rl_api_case MODIFY (user_id VARCHAR2(50 CHAR));

-- The API's jti (up to 100 characters, as rl_api_jti keeps it) is the audit record's case number.
ALTER TABLE rl_audit_record MODIFY (case_number VARCHAR2(100 CHAR));
