-- The retention purge finds the result stubs past the audit trail's retention by the time they were
-- asked: without an index every run (every ten minutes) read every stub kept, years of them.
-- (The H2 copy also keeps small LOBs in their rows, as Oracle does by default.)
CREATE INDEX rl_query_result_asked_ix ON rl_query_result (asked_at);
