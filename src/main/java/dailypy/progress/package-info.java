/**
 * The progress store: everything the community earns (streaks, points, history), in one SQLite
 * file. ALL SQL of the tutor lives in this package; callers see records and small repositories.
 *
 * <p>Entry point: {@link dailypy.progress.ProgressStore#open(java.nio.file.Path,
 * java.time.Clock)} applies the Flyway migrations in {@code db/migration} (refusing a database
 * written by a newer tutor with {@link dailypy.progress.SchemaTooNewException}) and then offers:
 * {@code guilds()} (settings, today's date there), {@code posts()} (idempotent daily slots, quiz
 * answers and tallies), {@code history()} (no repeats until the pool is exhausted, never twice in
 * a row), {@code submissions()} (record a graded answer; points), {@code hints()} (hints and
 * reveals taken, which lower a later solve's points), {@code
 * streaks()} (streaks and freezes, credited by submissions), {@code leaderboards()}, {@code
 * profiles()}, {@code userSettings()}, {@code answerResults()} (the bot's result message per
 * answer message), {@code forgetMe} and {@code backup}. The rules are in
 * docs/rules.md. Ids are plain longs: Discord snowflakes, or any ids practice mode chooses (it
 * uses a pseudo-guild); nothing here knows about Discord. Time comes from the injected {@link
 * java.time.Clock}.
 *
 * <p>Pragmas, on every connection: {@code journal_mode=WAL} (readers never block the writer),
 * {@code foreign_keys=ON}, {@code busy_timeout=10000} (another process, e.g. a backup, holding a
 * lock makes us wait instead of failing), and {@code synchronous=NORMAL}. In WAL mode NORMAL
 * loses no committed transaction when the process crashes (kill -9); only a power cut or OS
 * crash can roll back the last few commits, and it never corrupts the file. FULL would add an
 * fsync to every graded answer for protection against power loss only, which is not worth it for
 * points in a study group.
 *
 * <p>Writes go through one writer connection behind a lock, each operation in one {@code BEGIN
 * IMMEDIATE} transaction, so concurrent grading results queue in Java instead of meeting
 * {@code SQLITE_BUSY}; a busy error from another process is retried before it reaches a caller.
 * Reads use a small pool of connections, each read in one snapshot.
 */
package dailypy.progress;
