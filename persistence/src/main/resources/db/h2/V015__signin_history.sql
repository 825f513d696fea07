-- The home page shows the sign-in before the current one (time and address) and how many
-- sign-ins were refused since then: the current one moves to previous_* when the next succeeds.
ALTER TABLE rl_user ADD last_sign_in_address VARCHAR2(45 CHAR);
ALTER TABLE rl_user ADD previous_sign_in_at TIMESTAMP;
ALTER TABLE rl_user ADD previous_sign_in_address VARCHAR2(45 CHAR);
ALTER TABLE rl_user ADD failed_since_sign_in NUMBER(5) DEFAULT 0 NOT NULL;
ALTER TABLE rl_user ADD failed_before_sign_in NUMBER(5) DEFAULT 0 NOT NULL;
-- An account's wrong passwords in a row are forgotten a day after the last one, as a name
-- without an account's are: otherwise a count that outlives a day would tell real names apart.
ALTER TABLE rl_user ADD last_failed_at TIMESTAMP;

-- Wrong passwords for names that cannot sign in with one (no such account, or a disabled one),
-- counted as an account's are, so that five of them answer "locked until ..." exactly as a real
-- account does. Keyed by the SHA-256 of the typed name, not the name: people type passwords
-- into the name field. No account is created; rows are purged a day after their last failure.
CREATE TABLE rl_signin_failure (
    name_hash        VARCHAR2(64 CHAR) NOT NULL PRIMARY KEY,
    failures         NUMBER(5) NOT NULL,
    locked_at        TIMESTAMP,
    last_failed_at   TIMESTAMP NOT NULL
);

CREATE INDEX rl_signin_failure_last_ix ON rl_signin_failure (last_failed_at);

-- Every password sign-in is decided under the lock of its name's stripe (one of 1024 fixed
-- rows), taken before the password is compared: attempts on one name are compared and counted
-- one after another, whether or not an account or a failure row exists yet.
CREATE TABLE rl_signin_lock (
    stripe  NUMBER(5) NOT NULL PRIMARY KEY
);

INSERT INTO rl_signin_lock (stripe) SELECT X FROM SYSTEM_RANGE(0, 1023);
