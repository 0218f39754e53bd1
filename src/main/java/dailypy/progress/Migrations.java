package dailypy.progress;

import java.nio.file.Path;
import java.util.Arrays;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.MigrationInfo;
import org.flywaydb.core.api.MigrationInfoService;
import org.flywaydb.core.api.MigrationState;

/** Applies the versioned schema in {@code db/migration} and refuses databases from the future. */
final class Migrations {
  static final String LOCATION = "classpath:db/migration";

  private Migrations() {}

  static void apply(Path file, String url) {
    Flyway flyway =
        Flyway.configure()
            .dataSource(url, "", "")
            .locations(LOCATION)
            .failOnMissingLocations(true)
            .load();
    MigrationInfoService info = flyway.info();
    MigrationInfo[] future =
        Arrays.stream(info.all())
            .filter(
                m ->
                    m.getState() == MigrationState.FUTURE_SUCCESS
                        || m.getState() == MigrationState.FUTURE_FAILED)
            .toArray(MigrationInfo[]::new);
    if (future.length > 0) {
      String known =
          Arrays.stream(info.all())
              .filter(m -> m.getState() != MigrationState.FUTURE_SUCCESS)
              .filter(m -> m.getState() != MigrationState.FUTURE_FAILED)
              .filter(m -> m.getVersion() != null)
              .map(m -> m.getVersion().getVersion())
              .reduce((a, b) -> b)
              .orElse("none");
      String newest = future[future.length - 1].getVersion().getVersion();
      throw new SchemaTooNewException(file, newest, known);
    }
    flyway.migrate();
  }
}
