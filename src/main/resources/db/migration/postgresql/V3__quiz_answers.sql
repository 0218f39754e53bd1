-- PostgreSQL twin of sqlite/V3__quiz_answers.sql: the same tables, columns, keys and indexes. Only the
-- types differ: SQLite's INTEGER is 64-bit, PostgreSQL's is 32-bit, so ids (Discord snowflakes)
-- and times are BIGINT, row ids are identity columns, and text compares byte-wise (COLLATE "C")
-- as in SQLite, whatever the server's locale.
-- One answer per user to a multiple-choice daily question; the first answer is final.
CREATE TABLE quiz_answers (
    daily_post_id  BIGINT NOT NULL REFERENCES daily_posts (id),
    guild_id       BIGINT NOT NULL,
    user_id        BIGINT NOT NULL,
    option         BIGINT NOT NULL,
    answered_at    BIGINT NOT NULL,
    PRIMARY KEY (daily_post_id, user_id)
);
CREATE INDEX quiz_answers_user ON quiz_answers (guild_id, user_id);

-- Anonymous running counts per option; they survive forget-me, the answers above do not.
CREATE TABLE quiz_tally (
    daily_post_id  BIGINT NOT NULL REFERENCES daily_posts (id),
    option         BIGINT NOT NULL,
    answers        BIGINT NOT NULL,
    PRIMARY KEY (daily_post_id, option)
);
