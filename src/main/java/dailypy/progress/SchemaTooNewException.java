package dailypy.progress;

/** The database was written by a newer version of the tutor; this code must not touch it. */
public final class SchemaTooNewException extends ProgressStoreException {
  public SchemaTooNewException(String database, String databaseVersion, String codeVersion) {
    super(
        "The database "
            + database
            + " has schema version "
            + databaseVersion
            + ", but this version of the tutor only knows schema version "
            + codeVersion
            + ". It was written by a newer tutor: run that version, or restore a backup made by this"
            + " one. Nothing was changed.");
  }
}
