-- Oversight of the ID-card verification API, continued (seed 002 items 8–10): the day each key
-- was last used, so that long disuse suspends it; MOI's reason when it refuses an explanation
-- or an improvement plan; and the improvement plan a revoked company must have accepted before
-- it may apply again.
ALTER TABLE rl_api_credential ADD last_used_on DATE;

ALTER TABLE rl_api_case ADD decision_reason VARCHAR2(500 CHAR);
ALTER TABLE rl_api_case ADD improvement_plan VARCHAR2(2000 CHAR);
ALTER TABLE rl_api_case ADD company_name VARCHAR2(100 CHAR);

CREATE INDEX rl_api_case_org_ix ON rl_api_case (org_id, status);
