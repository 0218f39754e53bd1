-- PostgreSQL twin of sqlite/V4__answer_results.sql: the same tables, columns, keys and indexes. Only the
-- types differ: SQLite's INTEGER is 64-bit, PostgreSQL's is 32-bit, so ids (Discord snowflakes)
-- and times are BIGINT, row ids are identity columns, and text compares byte-wise (COLLATE "C")
-- as in SQLite, whatever the server's locale.
-- The bot's result message for each graded answer message, so an edit of the answer after a
-- restart edits that result instead of posting a second one. No user ids: forget-me has nothing
-- to delete here. Rows older than AnswerResults.KEEP are pruned as new ones are saved.
CREATE TABLE answer_results (
    guild_id           BIGINT NOT NULL,
    answer_message_id  BIGINT PRIMARY KEY,
    result_message_id  BIGINT NOT NULL,
    created_at         BIGINT NOT NULL
);
CREATE INDEX answer_results_age ON answer_results (created_at);
