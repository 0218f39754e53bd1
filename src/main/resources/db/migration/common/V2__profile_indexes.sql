-- Covering indexes so a profile reads only index pages, not whole submission rows (which carry
-- the source code). Measured by `tutor bench-store`, see docs/benchmarks.md.
CREATE INDEX submissions_profile ON submissions (guild_id, user_id, local_date, topic, verdict);
DROP INDEX submissions_user;
CREATE INDEX solves_profile ON solves (guild_id, user_id, level, topic);
CREATE INDEX daily_posts_posted ON daily_posts (guild_id, post_date, posted_at);
DROP INDEX daily_posts_date;
