package dailypy.progress;

import java.io.IOException;
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
    DatabaseFiles.checkReadable(dbFile);
    try (Connection c = SqliteDatabase.connect(url(dbFile))) {
      copy(c, target);
    } catch (SQLException e) {
      throw DatabaseFiles.explain(dbFile, "backing up", e);
    }
  }

  static void copy(Connection c, Path target) throws SQLException {
    if (Files.exists(target)) {
      throw new ProgressStoreException(
          "Backup target " + target + " already exists; choose a new file name");
    }
    Path parent = target.toAbsolutePath().getParent();
    try {
      // `tutor backup backups/tutor-<date>.db` works from a fresh clone
      Files.createDirectories(parent);
    } catch (java.nio.file.FileAlreadyExistsException e) {
      throw new ProgressStoreException("cannot create the backup folder " + parent + ": a file "
          + "has that name");
    } catch (IOException e) {
      throw new ProgressStoreException("cannot create the backup folder " + parent + " ("
          + e.getMessage() + ")");
    }
    try (var st = c.prepareStatement("VACUUM INTO ?")) {
      st.setString(1, target.toAbsolutePath().toString());
      st.execute();
    } catch (SQLException e) {
      deletePartial(target);
      throw e;
    }
    String check = integrityCheck(target);
    if (!"ok".equals(check)) {
      throw new ProgressStoreException(
          "Backup written to " + target + " but its integrity check says: " + check);
    }
  }

  /** A copy that failed half-way is no backup; it must not be mistaken for one. */
  private static void deletePartial(Path target) {
    try {
      Files.deleteIfExists(target);
    } catch (IOException e) {
      // the error that stopped the copy is the one to report
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
