package dailypy.cli.config;

/** A config file problem, with a message that names the file, the key and the line. */
public final class ConfigException extends RuntimeException {
  public ConfigException(String message) {
    super(message);
  }

  public ConfigException(String message, Throwable cause) {
    super(message, cause);
  }
}
