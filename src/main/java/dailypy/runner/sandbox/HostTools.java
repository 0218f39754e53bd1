package dailypy.runner.sandbox;

import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;

/** Finds host executables such as bwrap, prlimit and setpriv, and who the bot runs as. */
public final class HostTools {

  private HostTools() {}

  /**
   * @param name a bare name looked up on PATH (then /usr/bin, /bin), or a path
   * @return the absolute path of an executable file, or null
   */
  public static String find(String name) {
    if (name.contains("/")) {
      Path p = Path.of(name);
      return Files.isExecutable(p) && Files.isRegularFile(p) ? p.toAbsolutePath().toString()
          : null;
    }
    String path = System.getenv().getOrDefault("PATH", "") + File.pathSeparator
        + "/usr/bin" + File.pathSeparator + "/bin" + File.pathSeparator + "/usr/sbin";
    for (String dir : path.split(File.pathSeparator)) {
      if (dir.isEmpty()) {
        continue;
      }
      Path p = Path.of(dir, name);
      if (Files.isExecutable(p) && Files.isRegularFile(p)) {
        return p.toAbsolutePath().toString();
      }
    }
    return null;
  }

  /** The real user id of this process, from /proc (-1 when unknown). */
  public static int uid() {
    try {
      for (String line : Files.readAllLines(Path.of("/proc/self/status"))) {
        if (line.startsWith("Uid:")) {
          return Integer.parseInt(line.substring(4).trim().split("\\s+")[0]);
        }
      }
    } catch (java.io.IOException | RuntimeException e) {
      return -1;
    }
    return -1;
  }
}
