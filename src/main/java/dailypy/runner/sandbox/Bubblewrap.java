package dailypy.runner.sandbox;

import dailypy.runner.ChildEnvironment;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * The bubblewrap arguments both sandboxes share (the CPython process and the GraalPy worker
 * JVM): fresh namespaces, no capabilities, the read-only system, scratch tmpfs, and a clean
 * environment. Each backend adds its own binds between {@link #isolatedSystem()} and
 * {@link #cleanEnvironment()}.
 *
 * @param executable the bwrap path
 * @param disableUserns whether this bwrap supports --disable-userns (0.8 and later)
 */
public record Bubblewrap(String executable, boolean disableUserns) {

  /** The user the sandboxes run as, inside and (when the bot is root) outside. */
  public static final int NOBODY = 65534;
  /** The tmpfs that is home and working directory inside every sandbox. */
  public static final String HOME = "/home/sandbox";

  /**
   * {@code setpriv ... --}: starts the sandbox as nobody when the bot is root. Linux does not
   * enforce the process limit for a real uid of root, and root could reach every host file.
   */
  public static List<String> asNobody(String setpriv) {
    return List.of(setpriv, "--reuid=" + NOBODY, "--regid=" + NOBODY, "--clear-groups", "--");
  }

  /** bwrap with new namespaces (no network), no capabilities, and the read-only system. */
  public List<String> isolatedSystem() {
    List<String> a = new ArrayList<>(List.of(executable, "--unshare-all", "--unshare-user"));
    if (disableUserns) {
      a.add("--disable-userns");
    }
    a.addAll(List.of("--die-with-parent", "--new-session", "--cap-drop", "ALL",
        "--uid", Integer.toString(NOBODY), "--gid", Integer.toString(NOBODY),
        "--hostname", "sandbox",
        "--ro-bind", "/usr", "/usr"));
    for (String top : List.of("/bin", "/sbin", "/lib", "/lib32", "/lib64", "/libx32")) {
      Path p = Path.of(top);
      if (Files.isSymbolicLink(p)) {
        a.addAll(List.of("--symlink", readLink(p), top));
      } else if (Files.isDirectory(p)) {
        a.addAll(List.of("--ro-bind", top, top));
      }
    }
    // The dynamic linker's cache and Debian's alternatives (numpy's libblas.so.3 is a link into
    // /etc/alternatives). Nothing else from /etc: no passwd, no hosts, no resolv.conf.
    a.addAll(List.of("--ro-bind-try", "/etc/ld.so.cache", "/etc/ld.so.cache",
        "--ro-bind-try", "/etc/alternatives", "/etc/alternatives"));
    return a;
  }

  /** A private /proc and /dev, and size-capped tmpfs on /tmp and the home. */
  public static List<String> scratch(long tmpfsBytes) {
    String size = Long.toString(tmpfsBytes);
    return List.of("--proc", "/proc", "--dev", "/dev",
        "--size", size, "--tmpfs", "/tmp",
        "--size", size, "--tmpfs", HOME);
  }

  /** Starts in the home with only HOME and {@link ChildEnvironment#ALLOWED} set. */
  public static List<String> cleanEnvironment() {
    List<String> a = new ArrayList<>(List.of("--chdir", HOME, "--clearenv",
        "--setenv", "HOME", HOME));
    ChildEnvironment.ALLOWED.forEach((k, v) -> a.addAll(List.of("--setenv", k, v)));
    return a;
  }

  /** Whether this bwrap has --disable-userns (asks its --help). */
  public static boolean supportsDisableUserns(String bwrap) {
    try {
      Process p = ChildEnvironment.clean(new ProcessBuilder(bwrap, "--help"))
          .redirectErrorStream(true).start();
      String help = new String(p.getInputStream().readAllBytes());
      p.waitFor(10, TimeUnit.SECONDS);
      return help.contains("--disable-userns");
    } catch (IOException e) {
      return false;
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      return false;
    }
  }

  private static String readLink(Path p) {
    try {
      return Files.readSymbolicLink(p).toString();
    } catch (IOException e) {
      return p.toString();
    }
  }
}
