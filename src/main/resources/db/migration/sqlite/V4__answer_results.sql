-- The bot's result message for each graded answer message, so an edit of the answer after a
-- restart edits that result instead of posting a second one. No user ids: forget-me has nothing
-- to delete here. Rows older than AnswerResults.KEEP are pruned as new ones are saved.
CREATE TABLE answer_results (
    guild_id           INTEGER NOT NULL,
    answer_message_id  INTEGER PRIMARY KEY,
    result_message_id  INTEGER NOT NULL,
    created_at         INTEGER NOT NULL
);
CREATE INDEX answer_results_age ON answer_results (created_at);
