-- The grading farm's queue (PostgreSQL only; a single-process tutor grades locally and has none).
-- Its own Flyway history (queue_schema_history), so the progress schema's versions are the same
-- on SQLite and PostgreSQL. Times are the server's clock, the one clock every machine shares.
-- A job carries the submission and the question id only: graders load the bank themselves, and
-- the answer key never travels with the user's code.
CREATE TABLE grading_jobs (
    id            BIGINT GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    question_id   TEXT COLLATE "C" NOT NULL,
    answer        TEXT             NOT NULL,
    state         TEXT COLLATE "C" NOT NULL DEFAULT 'queued',   -- queued | running | done
    attempts      INTEGER          NOT NULL DEFAULT 0,
    worker        TEXT,
    enqueued_at   TIMESTAMPTZ      NOT NULL DEFAULT clock_timestamp(),
    started_at    TIMESTAMPTZ,                                  -- of the latest delivery
    lease_until   TIMESTAMPTZ,                                  -- a running job past this is redelivered
    finished_at   TIMESTAMPTZ,
    result        TEXT                                          -- RunResult as JSON, once done
);
-- What graders scan: the jobs not done yet, oldest first.
CREATE INDEX grading_jobs_open ON grading_jobs (id) WHERE state <> 'done';
CREATE INDEX grading_jobs_finished ON grading_jobs (finished_at);
