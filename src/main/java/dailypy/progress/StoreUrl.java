package dailypy.progress;

import java.net.URI;
import java.net.URISyntaxException;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Objects;

/**
 * Where the progress store lives, from {@code progress.database}: a file path (SQLite, the
 * default), or a PostgreSQL server as {@code postgresql://user:password@host:port/db?params} or
 * {@code jdbc:postgresql://host:port/db?user=...&password=...}.
 *
 * @param file the SQLite file, or null for PostgreSQL
 * @param jdbcUrl the JDBC URL, without the password
 */
public record StoreUrl(Dialect dialect, Path file, String jdbcUrl, String user, String password) {
  public StoreUrl {
    Objects.requireNonNull(dialect, "dialect");
    Objects.requireNonNull(jdbcUrl, "jdbcUrl");
  }

  /** Reads {@code progress.database}; anything that is not a PostgreSQL URL is a file path. */
  public static StoreUrl parse(String database) {
    Objects.requireNonNull(database, "database");
    String s = database.strip();
    if (s.startsWith("postgresql://") || s.startsWith("postgres://")) {
      return fromUri(s);
    }
    if (s.startsWith("jdbc:postgresql:")) {
      return new StoreUrl(Dialect.POSTGRESQL, null, s, null, null);
    }
    if (s.startsWith("jdbc:sqlite:")) {
      return sqlite(Path.of(s.substring("jdbc:sqlite:".length())));
    }
    return sqlite(Path.of(s));
  }

  public static StoreUrl sqlite(Path file) {
    Path abs = file.toAbsolutePath();
    return new StoreUrl(Dialect.SQLITE, abs, "jdbc:sqlite:" + abs, null, null);
  }

  /** True when {@code database} names a PostgreSQL server rather than a file. */
  public static boolean isServer(String database) {
    return parse(database).dialect() == Dialect.POSTGRESQL;
  }

  // postgresql://user:secret@host:5432/db?sslmode=require: the driver takes no user info in the
  // URL, so user and password move to their own fields.
  private static StoreUrl fromUri(String s) {
    URI uri;
    try {
      uri = new URI(s);
    } catch (URISyntaxException e) {
      throw new IllegalArgumentException("progress.database is not a valid PostgreSQL URL: "
          + redact(s));
    }
    if (uri.getHost() == null) {
      throw new IllegalArgumentException("progress.database names no PostgreSQL host: " + redact(s));
    }
    String user = null;
    String password = null;
    if (uri.getRawUserInfo() != null) {
      String[] parts = uri.getRawUserInfo().split(":", 2);
      user = decode(parts[0]);
      password = parts.length > 1 ? decode(parts[1]) : null;
    }
    String jdbc = "jdbc:postgresql://" + uri.getHost() + (uri.getPort() > 0 ? ":" + uri.getPort() : "")
        + (uri.getRawPath() == null || uri.getRawPath().isEmpty() ? "/" : uri.getRawPath())
        + (uri.getRawQuery() == null ? "" : "?" + uri.getRawQuery());
    return new StoreUrl(Dialect.POSTGRESQL, null, jdbc, user, password);
  }

  private static String decode(String s) {
    return URLDecoder.decode(s, StandardCharsets.UTF_8);
  }

  private static String redact(String s) {
    return s.replaceAll("//([^:/@]*):[^@/]*@", "//$1:***@");
  }

  /** For messages and logs: the file, or the server URL with any password hidden. */
  public String describe() {
    return file != null ? file.toString() : redact(jdbcUrl).replaceAll("password=[^&]*", "password=***");
  }

  @Override
  public String toString() {
    return describe();
  }
}
