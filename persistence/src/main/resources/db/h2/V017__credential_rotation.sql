-- Key rotation: a replaced Iss key and its successor belong to the same agency account while the
-- old key's grace period (valid_until, V016) runs, so the account is no longer unique per key.
ALTER TABLE rl_api_credential DROP CONSTRAINT rl_api_credential_account_uk;

CREATE INDEX rl_api_credential_account_ix ON rl_api_credential (agency_account);
