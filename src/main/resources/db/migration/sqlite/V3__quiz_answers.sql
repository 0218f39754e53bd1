-- One answer per user to a multiple-choice daily question; the first answer is final.
CREATE TABLE quiz_answers (
    daily_post_id  INTEGER NOT NULL REFERENCES daily_posts (id),
    guild_id       INTEGER NOT NULL,
    user_id        INTEGER NOT NULL,
    option         INTEGER NOT NULL,
    answered_at    INTEGER NOT NULL,
    PRIMARY KEY (daily_post_id, user_id)
);
CREATE INDEX quiz_answers_user ON quiz_answers (guild_id, user_id);

-- Anonymous running counts per option; they survive forget-me, the answers above do not.
CREATE TABLE quiz_tally (
    daily_post_id  INTEGER NOT NULL REFERENCES daily_posts (id),
    option         INTEGER NOT NULL,
    answers        INTEGER NOT NULL,
    PRIMARY KEY (daily_post_id, option)
);
