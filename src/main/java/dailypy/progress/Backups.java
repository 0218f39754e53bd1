package dailypy.progress;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;

/** Consistent online copies with {@code VACUUM INTO}: safe while the bot keeps writing. */
public final class Backups {
  private Backups() {}

  /**
   * Copies the database at {@code dbFile} to {@code target} (which must not exist) and checks
   * the copy with {@code PRAGMA integrity_check}. Works while another process writes: the copy is
   * one read snapshot. Does not migrate or otherwise change the source.
   */
  public static void copy(Path dbFile, Path target) {
    if (!Files.isRegularFile(dbFile)) {
      throw new ProgressStoreException("No database at " + dbFile);
    }
    try (Connection c = SqliteDatabase.connect(url(dbFile))) {
      copy(c, target);
    } catch (SQLException e) {
      throw new ProgressStoreException("Backup of " + dbFile + " failed: " + e.getMessage());
    }
  }

  static void copy(Connection c, Path target) throws SQLException {
    if (Files.exists(target)) {
      throw new ProgressStoreException(
          "Backup target " + target + " already exists; choose a new file name");
    }
    Path parent = target.toAbsolutePath().getParent();
    if (parent != null && !Files.isDirectory(parent)) {
      throw new ProgressStoreException("Backup folder " + parent + " does not exist");
    }
    try (var st = c.prepareStatement("VACUUM INTO ?")) {
      st.setString(1, target.toAbsolutePath().toString());
      st.execute();
    }
    String check = integrityCheck(target);
    if (!"ok".equals(check)) {
      throw new ProgressStoreException(
          "Backup written to " + target + " but its integrity check says: " + check);
    }
  }

  /** The first line of {@code PRAGMA integrity_check} of a database file ("ok" when sound). */
  public static String integrityCheck(Path dbFile) {
    try (Connection c = SqliteDatabase.connect(url(dbFile));
        var st = c.createStatement();
        var rs = st.executeQuery("PRAGMA integrity_check")) {
      return rs.next() ? rs.getString(1) : "no result";
    } catch (SQLException e) {
      return "integrity check failed: " + e.getMessage();
    }
  }

  static String url(Path dbFile) {
    return "jdbc:sqlite:" + dbFile.toAbsolutePath();
  }
}
