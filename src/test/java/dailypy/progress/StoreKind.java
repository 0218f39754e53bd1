package dailypy.progress;

import dailypy.testing.TestPostgres;
import java.nio.file.Path;

/**
 * The engines the progress tests run on. Every store test is a {@code @ParameterizedClass} over
 * these, so each rule is proven on SQLite and on a real PostgreSQL ({@link TestPostgres}, one
 * server per JVM, a fresh schema per test).
 */
enum StoreKind {
  SQLITE {
    @Override
    StoreUrl fresh(Path dir) {
      return StoreUrl.sqlite(dir.resolve("tutor.db"));
    }
  },
  POSTGRESQL {
    @Override
    StoreUrl fresh(Path dir) {
      return StoreUrl.parse(TestPostgres.get().newDatabase());
    }
  };

  /** A new, empty store location for one test ({@code dir} is the test's temporary folder). */
  abstract StoreUrl fresh(Path dir);
}
