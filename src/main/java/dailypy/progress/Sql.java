package dailypy.progress;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** Tiny JDBC helpers so each repository reads as its SQL, not as statement plumbing. */
final class Sql {
  private Sql() {}

  /** Maps the current row of a result set. */
  @FunctionalInterface
  interface RowMapper<T> {
    T map(ResultSet row) throws SQLException;
  }

  static int update(Connection c, String sql, Object... args) throws SQLException {
    try (PreparedStatement st = prepare(c, sql, args)) {
      return st.executeUpdate();
    }
  }

  /** Runs an INSERT into a table with an {@code id} key and returns the new row's id. */
  static long insert(Connection c, String sql, Object... args) throws SQLException {
    // RETURNING works on both engines (SQLite since 3.35); last_insert_rowid() is SQLite's alone.
    return queryLong(c, sql + " RETURNING id", args).orElseThrow();
  }

  static <T> Optional<T> queryOne(Connection c, String sql, RowMapper<T> mapper, Object... args)
      throws SQLException {
    try (PreparedStatement st = prepare(c, sql, args);
        ResultSet rs = st.executeQuery()) {
      return rs.next() ? Optional.ofNullable(mapper.map(rs)) : Optional.empty();
    }
  }

  static <T> List<T> queryList(Connection c, String sql, RowMapper<T> mapper, Object... args)
      throws SQLException {
    try (PreparedStatement st = prepare(c, sql, args);
        ResultSet rs = st.executeQuery()) {
      List<T> out = new ArrayList<>();
      while (rs.next()) {
        out.add(mapper.map(rs));
      }
      return out;
    }
  }

  static Optional<Long> queryLong(Connection c, String sql, Object... args) throws SQLException {
    return queryOne(c, sql, rs -> nullableLong(rs, 1), args);
  }

  static boolean exists(Connection c, String sql, Object... args) throws SQLException {
    return queryOne(c, sql, rs -> Boolean.TRUE, args).isPresent();
  }

  static Long nullableLong(ResultSet rs, int column) throws SQLException {
    long value = rs.getLong(column);
    return rs.wasNull() ? null : value;
  }

  static Long nullableLong(ResultSet rs, String column) throws SQLException {
    long value = rs.getLong(column);
    return rs.wasNull() ? null : value;
  }

  private static PreparedStatement prepare(Connection c, String sql, Object... args)
      throws SQLException {
    PreparedStatement st = c.prepareStatement(sql);
    try {
      for (int i = 0; i < args.length; i++) {
        Object arg = args[i];
        if (arg instanceof Boolean b) {
          st.setInt(i + 1, b ? 1 : 0);
        } else {
          st.setObject(i + 1, arg);
        }
      }
      return st;
    } catch (SQLException e) {
      st.close();
      throw e;
    }
  }
}
