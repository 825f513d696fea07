-- The ID-card check's lockout is decided under a lock taken before anything is compared: a
-- check locks the stripe of its company and ID (one of 1024 fixed rows) for its whole
-- transaction, so checks of one ID by one company are compared one after another, while a
-- check that matches still writes no counter. Fixed rows, because a row that does not exist yet
-- cannot be locked.
CREATE TABLE rl_idcheck_lock (
    stripe  NUMBER(5) NOT NULL PRIMARY KEY
);

INSERT INTO rl_idcheck_lock (stripe) SELECT X FROM SYSTEM_RANGE(0, 1023);

-- The JWT's userId is the caller's own user, for logging: real client programs send up to 50
-- characters.
ALTER TABLE rl_audit_record ALTER COLUMN user_name SET DATA TYPE VARCHAR2(50 CHAR);
ALTER TABLE rl_api_user_suspension ALTER COLUMN user_id SET DATA TYPE VARCHAR2(50 CHAR);
ALTER TABLE rl_api_case ALTER COLUMN user_id SET DATA TYPE VARCHAR2(50 CHAR);

-- The API's jti (up to 100 characters, as rl_api_jti keeps it) is the audit record's case number.
ALTER TABLE rl_audit_record ALTER COLUMN case_number SET DATA TYPE VARCHAR2(100 CHAR);
