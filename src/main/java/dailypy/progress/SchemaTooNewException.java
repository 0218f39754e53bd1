package dailypy.progress;

import java.nio.file.Path;

/** The database was written by a newer version of the tutor; this code must not touch it. */
public final class SchemaTooNewException extends ProgressStoreException {
  public SchemaTooNewException(Path file, String databaseVersion, String codeVersion) {
    super(
        "The database "
            + file
            + " has schema version "
            + databaseVersion
            + ", but this version of the tutor only knows schema version "
            + codeVersion
            + ". It was written by a newer tutor: run that version, or restore a backup made by this"
            + " one. Nothing was changed.");
  }
}
