package dailypy.progress;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/** progress.database: file paths stay SQLite; PostgreSQL URLs in both spellings. */
class StoreUrlTest {
  @Test
  void aPathIsAnSqliteFile() {
    StoreUrl u = StoreUrl.parse("data/tutor.db");
    assertThat(u.dialect()).isEqualTo(Dialect.SQLITE);
    assertThat(u.file()).isEqualTo(Path.of("data/tutor.db").toAbsolutePath());
    assertThat(u.jdbcUrl()).isEqualTo("jdbc:sqlite:" + Path.of("data/tutor.db").toAbsolutePath());
  }

  @Test
  void aPostgresqlUrlMovesUserAndPasswordOutOfTheUrl() {
    StoreUrl u = StoreUrl.parse("postgresql://tutor:s%40cret@db.internal:5433/tutor?sslmode=require");
    assertThat(u.dialect()).isEqualTo(Dialect.POSTGRESQL);
    assertThat(u.file()).isNull();
    assertThat(u.jdbcUrl()).isEqualTo("jdbc:postgresql://db.internal:5433/tutor?sslmode=require");
    assertThat(u.user()).isEqualTo("tutor");
    assertThat(u.password()).isEqualTo("s@cret");
    assertThat(u.describe()).doesNotContain("cret");
  }

  @Test
  void aJdbcUrlIsPassedThroughWithItsPasswordHiddenInMessages() {
    StoreUrl u = StoreUrl.parse("jdbc:postgresql://127.0.0.1/tutor?user=t&password=hunter2");
    assertThat(u.dialect()).isEqualTo(Dialect.POSTGRESQL);
    assertThat(u.jdbcUrl()).isEqualTo("jdbc:postgresql://127.0.0.1/tutor?user=t&password=hunter2");
    assertThat(u.describe()).doesNotContain("hunter2").contains("password=***");
  }

  @Test
  void aUrlWithoutAHostIsRefusedWithoutShowingThePassword() {
    assertThatThrownBy(() -> StoreUrl.parse("postgresql://u:topsecret@/db"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageNotContaining("topsecret");
  }
}
