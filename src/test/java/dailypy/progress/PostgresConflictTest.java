package dailypy.progress;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.SQLException;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Which PostgreSQL errors mean "another process wrote first; run the transaction again": two bot
 * processes recording the same first solve at once got a unique violation, not a serialization
 * failure, and the loser's answer was lost until it was retried too.
 */
class PostgresConflictTest {

  @ParameterizedTest
  @CsvSource({
      "40001, true",   // serialization failure
      "40P01, true",   // deadlock
      "23505, true",   // the same key inserted by two writers at once
      "23503, false",  // a foreign key: running again does not help
      "42P01, false",  // no such table
  })
  void aConflictWithAnotherWriterIsRunAgainAndNothingElseIs(String state, boolean conflict) {
    assertThat(PostgresDatabase.isConflict(new SQLException("x", state))).isEqualTo(conflict);
  }
}
