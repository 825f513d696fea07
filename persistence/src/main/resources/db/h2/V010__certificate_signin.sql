-- Sign-in with a business certificate (seed 002). Once the application has checked the
-- certificate and the signature over its challenge, it signs the holder in through the same
-- security domain as a password would, with a random one-time secret: only its bcrypt hash is
-- stored here, for a minute, and the row is deleted as soon as it has been used. The realm's
-- second principal query (configure-security.cli) reads it.
CREATE TABLE rl_signin_token (
    token_hash  VARCHAR2(64 CHAR) NOT NULL PRIMARY KEY,
    username    VARCHAR2(30 CHAR) NOT NULL,
    expires_at  TIMESTAMP NOT NULL
);

CREATE INDEX rl_signin_token_user_ix ON rl_signin_token (username);
