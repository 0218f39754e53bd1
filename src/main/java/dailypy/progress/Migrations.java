package dailypy.progress;

import java.util.Arrays;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.MigrationInfo;
import org.flywaydb.core.api.MigrationInfoService;
import org.flywaydb.core.api.MigrationState;

/**
 * Applies the versioned schema under {@code db/migration} (the shared files and the engine's own,
 * see {@link Dialect#migrationLocations}) and refuses databases from the future.
 */
final class Migrations {
  private Migrations() {}

  static void apply(StoreUrl url) {
    Flyway flyway =
        Flyway.configure()
            .dataSource(url.jdbcUrl(), url.user() == null ? "" : url.user(),
                url.password() == null ? "" : url.password())
            .locations(url.dialect().migrationLocations().toArray(String[]::new))
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
      throw new SchemaTooNewException(url.describe(), newest, known);
    }
    flyway.migrate();
  }
}
