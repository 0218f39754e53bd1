package dailypy.cli;

import java.nio.file.Path;
import picocli.CommandLine.Option;

/** The {@code -c}/{@code --config} option of the commands that start from the app config. */
final class ConfigFileOption {

  @Option(names = {"-c", "--config"}, defaultValue = "config/tutor.yaml",
      description = "Config file (default: ${DEFAULT-VALUE}).")
  Path path;

  /** The config the option names ({@link AppConfig#load}: a missing default file is all defaults). */
  AppConfig load() {
    return AppConfig.load(path);
  }
}
