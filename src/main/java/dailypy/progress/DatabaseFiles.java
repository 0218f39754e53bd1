package dailypy.progress;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFileAttributeView;
import java.nio.file.attribute.PosixFilePermission;
import java.util.Arrays;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.sqlite.SQLiteErrorCode;
import org.sqlite.SQLiteException;

/**
 * Why a database file cannot be used, in words an operator can act on: damaged, not a database,
 * read-only, or another program's database. The file is never changed on the way: the checks
 * read it, and a refused file is left exactly as it was.
 */
final class DatabaseFiles {
  private static final Logger LOG = LoggerFactory.getLogger(DatabaseFiles.class);
  private static final byte[] SQLITE_HEADER = "SQLite format 3\0".getBytes(StandardCharsets.US_ASCII);

  /** What to do about a damaged file, shared by every message that reports one. */
  static final String RESTORE = "stop the tutor and copy your latest backup over it (backups are "
      + "made with `tutor backup backups/tutor-<date>.db`)";

  private static final int PERM = 3;
  private static final int READONLY = 8;
  private static final int CORRUPT = 11;
  private static final int CANTOPEN = 14;
  private static final int NOTADB = 26;

  private DatabaseFiles() {}

  /**
   * Refuses, before SQLite or Flyway touch it, a file that is a folder, read-only, or not an
   * SQLite database. A missing or empty file is fine: it becomes a new database.
   */
  static void checkUsable(Path file) {
    if (Files.isDirectory(file)) {
      throw new ProgressStoreException("the database " + file + " is a folder, not a file");
    }
    if (!Files.exists(file)) {
      return;
    }
    if (readOnly(file)) {
      throw new ProgressStoreException("the database " + file + " is read-only; the tutor writes "
          + "to it (give it write permission, or point progress.database at a writable copy)");
    }
    if (!looksLikeSqlite(file)) {
      throw notADatabase(file);
    }
  }

  /** Refuses a backup source that is not a database; reading needs no write permission. */
  static void checkReadable(Path file) {
    if (Files.isDirectory(file)) {
      throw new ProgressStoreException("the database " + file + " is a folder, not a file");
    }
    if (!Files.isRegularFile(file)) {
      throw new ProgressStoreException("no database at " + file);
    }
    if (!looksLikeSqlite(file)) {
      throw notADatabase(file);
    }
  }

  /**
   * The operator's explanation of a failure to open or migrate {@code file}. A failure nobody
   * foresaw is logged with a reference, which the message carries.
   */
  static ProgressStoreException explain(Path file, String doing, Throwable failure) {
    Optional<SQLiteErrorCode> code = sqliteCode(failure);
    if (code.isPresent()) {
      // the primary result code: SQLITE_CORRUPT_INDEX is a kind of SQLITE_CORRUPT
      switch (code.get().code & 0xff) {
        case CORRUPT -> {
          return new ProgressStoreException("the database " + file + " is damaged (SQLite: "
              + "the database disk image is malformed) and was left untouched; " + RESTORE);
        }
        case NOTADB -> {
          return notADatabase(file);
        }
        case READONLY, CANTOPEN, PERM -> {
          return new ProgressStoreException("the database " + file + " is read-only or its "
              + "folder is: the tutor must be able to write both (SQLite: " + code.get().message
              + ")");
        }
        default -> { }
      }
    }
    if (isForeignSchema(failure)) {
      return new ProgressStoreException(file + " is an SQLite database, but not the tutor's: "
          + "it has tables and no tutor schema; it was left untouched (point progress.database "
          + "at the tutor's database)");
    }
    String ref = dailypy.runner.GraderFailure.newReference();
    LOG.error("[ref {}] {} {} failed", ref, doing, file, failure);
    return new ProgressStoreException("cannot open the database " + file, ref, failure);
  }

  private static ProgressStoreException notADatabase(Path file) {
    return new ProgressStoreException(file + " is not an SQLite database (was it overwritten?); it "
        + "was left untouched: point progress.database at the tutor's database, or " + RESTORE);
  }

  private static boolean readOnly(Path file) {
    if (!Files.isWritable(file)) {
      return true;
    }
    // Root may write to any file; a file its owner cannot write is still meant to stay as it is.
    PosixFileAttributeView posix = Files.getFileAttributeView(file, PosixFileAttributeView.class);
    try {
      return posix != null && !posix.readAttributes().permissions()
          .contains(PosixFilePermission.OWNER_WRITE);
    } catch (IOException e) {
      return false;
    }
  }

  private static boolean looksLikeSqlite(Path file) {
    try (InputStream in = Files.newInputStream(file)) {
      byte[] header = in.readNBytes(SQLITE_HEADER.length);
      return header.length == 0 || Arrays.equals(header, SQLITE_HEADER);
    } catch (IOException e) {
      return true; // let SQLite report what it finds
    }
  }

  private static Optional<SQLiteErrorCode> sqliteCode(Throwable failure) {
    for (Throwable t = failure; t != null; t = t.getCause()) {
      if (t instanceof SQLiteException s) {
        return Optional.of(s.getResultCode());
      }
    }
    return Optional.empty();
  }

  /** Flyway's refusal to migrate a database whose tables it did not create. */
  private static boolean isForeignSchema(Throwable failure) {
    for (Throwable t = failure; t != null; t = t.getCause()) {
      if (t.getMessage() != null && t.getMessage().contains("but no schema history table")) {
        return true;
      }
    }
    return false;
  }
}
