package dailypy.progress;

import java.time.Clock;

/**
 * What every group of progress tables works with: the database it reads and writes, and the
 * clock its rows are stamped with (tests pass a fixed one).
 */
abstract class StoreTables {
  protected final Database db;
  protected final Clock clock;

  StoreTables(Database db, Clock clock) {
    this.db = db;
    this.clock = clock;
  }
}
