-- The company's answer when MOI asks for more information about a request (seed 002: the
-- company has 5 working days; unanswered, the request closes as not approved, status LAPSED).
ALTER TABLE rl_api_request ADD company_answer VARCHAR2(1000 CHAR);
ALTER TABLE rl_api_request ADD answered_at TIMESTAMP;
