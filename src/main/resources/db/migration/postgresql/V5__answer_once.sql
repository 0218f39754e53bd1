-- PostgreSQL twin of sqlite/V5__answer_once.sql: the same columns and index. Only the types
-- differ: SQLite's INTEGER is 64-bit, PostgreSQL's is 32-bit, so the message id is BIGINT, and
-- text compares byte-wise (COLLATE "C") as in SQLite, whatever the server's locale.
-- Each answer message is recorded at most once. A bot killed after recording an answer but
-- before answering it grades the answer again when it catches up; a grading job delivered twice
-- is graded twice. The second recording finds the first by (answer_message_id, answer_digest)
-- and awards nothing again. The digest (SHA-256 of the recorded answer, hex) keeps an edit of the
-- answer, which is a new attempt, apart from a repeat of the same one. Both are NULL for answers
-- that are not chat messages (forms, practice), which are never repeated this way.
ALTER TABLE submissions ADD COLUMN answer_message_id BIGINT;
ALTER TABLE submissions ADD COLUMN answer_digest TEXT COLLATE "C";
CREATE UNIQUE INDEX submissions_answer_once ON submissions (answer_message_id, answer_digest);

-- Whether an answer message got its final message (its result, or why it could not be graded),
-- not only a status line ("queued", "grading…") that a killed bot never replaced. A bot catching
-- up after a restart grades again the answers that are not answered.
ALTER TABLE answer_results ADD COLUMN answered BIGINT NOT NULL DEFAULT 0;
