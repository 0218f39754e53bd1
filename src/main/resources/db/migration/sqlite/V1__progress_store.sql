-- Progress store, schema version 1. Times are epoch milliseconds (UTC); days are ISO dates
-- (YYYY-MM-DD) in the guild's timezone at the moment the row was written.

CREATE TABLE guild_settings (
    guild_id      INTEGER PRIMARY KEY,
    channel_id    INTEGER,
    levels        TEXT    NOT NULL,           -- comma separated: basic,intermediate,advanced
    post_time     TEXT    NOT NULL,           -- HH:MM local time
    timezone      TEXT    NOT NULL,           -- IANA zone id
    ping_role_id  INTEGER,
    threads       INTEGER NOT NULL DEFAULT 1,
    paused        INTEGER NOT NULL DEFAULT 0,
    updated_at    INTEGER NOT NULL
);

CREATE TABLE daily_posts (
    id                     INTEGER PRIMARY KEY,
    guild_id               INTEGER NOT NULL,
    level                  TEXT    NOT NULL,
    post_date              TEXT    NOT NULL,
    question_id            TEXT    NOT NULL,
    message_id             INTEGER,
    thread_id              INTEGER,
    claimed_at             INTEGER NOT NULL,
    posted_at              INTEGER,
    first_solver_user_id   INTEGER,         -- NULL after that user used forget-me
    first_solver_awarded   INTEGER NOT NULL DEFAULT 0,
    UNIQUE (guild_id, level, post_date)
);
CREATE INDEX daily_posts_question ON daily_posts (guild_id, question_id, post_date);
CREATE INDEX daily_posts_date ON daily_posts (guild_id, post_date);
CREATE INDEX daily_posts_message ON daily_posts (message_id);
CREATE INDEX daily_posts_thread ON daily_posts (thread_id);

-- Questions already used as daily questions in the current cycle of a guild's level pool.
CREATE TABLE question_history (
    guild_id     INTEGER NOT NULL,
    level        TEXT    NOT NULL,
    question_id  TEXT    NOT NULL,
    used_at      INTEGER NOT NULL,
    PRIMARY KEY (guild_id, level, question_id)
);

CREATE TABLE submissions (
    id             INTEGER PRIMARY KEY,
    guild_id       INTEGER NOT NULL,
    user_id        INTEGER NOT NULL,
    question_id    TEXT    NOT NULL,
    level          TEXT    NOT NULL,
    topic          TEXT    NOT NULL,
    daily_post_id  INTEGER REFERENCES daily_posts (id),
    code           TEXT    NOT NULL,
    verdict        TEXT    NOT NULL,
    tests_passed   INTEGER NOT NULL,
    tests_total    INTEGER NOT NULL,
    test_summary   TEXT    NOT NULL,
    duration_ms    INTEGER NOT NULL,
    submitted_at   INTEGER NOT NULL,
    local_date     TEXT    NOT NULL
);
CREATE INDEX submissions_user ON submissions (guild_id, user_id, submitted_at);

CREATE TABLE solves (
    guild_id        INTEGER NOT NULL,
    user_id         INTEGER NOT NULL,
    question_id     TEXT    NOT NULL,
    level           TEXT    NOT NULL,
    topic           TEXT    NOT NULL,
    submission_id   INTEGER NOT NULL REFERENCES submissions (id) ON DELETE CASCADE,
    daily_post_id   INTEGER REFERENCES daily_posts (id),
    solved_at       INTEGER NOT NULL,
    local_date      TEXT    NOT NULL,
    points          INTEGER NOT NULL,
    hints_used      INTEGER NOT NULL,
    revealed        INTEGER NOT NULL,
    PRIMARY KEY (guild_id, user_id, question_id)
);

CREATE TABLE hints (
    guild_id     INTEGER NOT NULL,
    user_id      INTEGER NOT NULL,
    question_id  TEXT    NOT NULL,
    taken        INTEGER NOT NULL,
    last_at      INTEGER NOT NULL,
    PRIMARY KEY (guild_id, user_id, question_id)
);

CREATE TABLE reveals (
    guild_id     INTEGER NOT NULL,
    user_id      INTEGER NOT NULL,
    question_id  TEXT    NOT NULL,
    revealed_at  INTEGER NOT NULL,
    PRIMARY KEY (guild_id, user_id, question_id)
);

-- Every point ever awarded; user_points and weekly_points are running sums of it.
CREATE TABLE points_ledger (
    id             INTEGER PRIMARY KEY,
    guild_id       INTEGER NOT NULL,
    user_id        INTEGER NOT NULL,
    submission_id  INTEGER NOT NULL REFERENCES submissions (id) ON DELETE CASCADE,
    question_id    TEXT    NOT NULL,
    reason         TEXT    NOT NULL,        -- solve | first_solver
    points         INTEGER NOT NULL,
    awarded_at     INTEGER NOT NULL
);
CREATE INDEX points_ledger_user ON points_ledger (guild_id, user_id);

CREATE TABLE user_points (
    guild_id       INTEGER NOT NULL,
    user_id        INTEGER NOT NULL,
    points         INTEGER NOT NULL,
    solved         INTEGER NOT NULL,
    last_award_at  INTEGER NOT NULL,
    PRIMARY KEY (guild_id, user_id)
);
CREATE INDEX user_points_rank ON user_points (guild_id, points DESC, last_award_at, user_id);

CREATE TABLE weekly_points (
    guild_id       INTEGER NOT NULL,
    week_start     TEXT    NOT NULL,        -- the Monday, guild timezone
    user_id        INTEGER NOT NULL,
    points         INTEGER NOT NULL,
    solved         INTEGER NOT NULL,
    last_award_at  INTEGER NOT NULL,
    PRIMARY KEY (guild_id, week_start, user_id)
);
CREATE INDEX weekly_points_rank ON weekly_points (guild_id, week_start, points DESC, last_award_at, user_id);

CREATE TABLE streaks (
    guild_id     INTEGER NOT NULL,
    user_id      INTEGER NOT NULL,
    current      INTEGER NOT NULL,
    longest      INTEGER NOT NULL,
    freezes      INTEGER NOT NULL,
    last_day     TEXT    NOT NULL,          -- last day credited (solved or frozen)
    PRIMARY KEY (guild_id, user_id)
);

-- One row per day that counted for a streak: solved, or covered by a freeze.
CREATE TABLE streak_days (
    guild_id      INTEGER NOT NULL,
    user_id       INTEGER NOT NULL,
    day           TEXT    NOT NULL,
    kind          TEXT    NOT NULL,         -- solved | frozen
    streak_after  INTEGER NOT NULL,
    PRIMARY KEY (guild_id, user_id, day)
);

CREATE TABLE user_settings (
    guild_id  INTEGER NOT NULL,
    user_id   INTEGER NOT NULL,
    name      TEXT    NOT NULL,
    value     TEXT    NOT NULL,
    PRIMARY KEY (guild_id, user_id, name)
);

-- What remains of users who used forget-me: counts with no user id.
CREATE TABLE anonymous_totals (
    guild_id          INTEGER PRIMARY KEY,
    forgotten_users   INTEGER NOT NULL,
    submissions       INTEGER NOT NULL,
    solves            INTEGER NOT NULL,
    points            INTEGER NOT NULL
);
