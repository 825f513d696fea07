-- A bulk job's answered lines are kept a chunk to a row (the chunk's records, a line each, in
-- line order) rather than a row per line: inserting, reading and deleting a hundred thousand rows
-- per job were most of its time. The rows still commit with the chunk's progress and audit record.
CREATE TABLE rl_file_chunk (
    job_id      NUMBER(19) NOT NULL REFERENCES rl_file_job (id),
    first_line  NUMBER(10) NOT NULL,
    last_line   NUMBER(10) NOT NULL,
    line_count  NUMBER(10) NOT NULL,
    content     CLOB NOT NULL,
    CONSTRAINT rl_file_chunk_pk PRIMARY KEY (job_id, first_line)
);

-- A run under way during the upgrade starts again from its first line when it is resumed: its
-- records are not carried over, so its progress is not either.
UPDATE rl_file_job SET processed = 0 WHERE status = 'RUNNING';

DROP TABLE rl_file_record;
