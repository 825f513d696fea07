-- The retention purge finds the result stubs past the audit trail's retention by the time they were
-- asked: without an index every run (every ten minutes) read every stub kept, years of them.
CREATE INDEX rl_query_result_asked_ix ON rl_query_result (asked_at);

-- H2 keeps a LOB up to this many bytes in its row, as Oracle does up to some 4 000 bytes (its
-- default, storage in row). H2's default, 256, put nearly every e-gate answer (a few hundred bytes
-- to a few KB) into its LOB store: each written, read and deleted through it, and the deleted ones
-- then removed by H2's LOB cleaner (a third of the purge's work in bench/retention.sh). A setting of
-- the database, kept in it; LOBs written before stay where they are.
SET MAX_LENGTH_INPLACE_LOB 4096;
