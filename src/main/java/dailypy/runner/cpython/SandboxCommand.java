package dailypy.runner.cpython;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

/**
 * Builds the command line that runs the harness: {@code [setpriv] [bwrap ...] prlimit ... python
 * -I -B driver.py harness.py}. Pure: it only reads which system paths exist.
 *
 * <p>Limits are applied by util-linux's {@code prlimit} inside the sandbox rather than by a shell
 * {@code ulimit}: it sets soft and hard limits in one exec, needs no shell in the sandbox, and
 * limits only the Python process, not bubblewrap's own setup.
 */
final class SandboxCommand {

  /** Where the harness directory appears inside the sandbox (read-only). */
  static final String HARNESS_INSIDE = "/opt/dailypy";
  /** The tmpfs that is home and working directory. */
  static final String HOME = "/home/sandbox";
  static final int NOBODY = 65534;
  private static final long MB = 1024L * 1024L;

  private final CPythonConfig config;
  private final Isolation isolation;
  private final Path harnessDir;
  private final String python;
  private final String prlimit;
  private final String setpriv;
  private final boolean disableUserns;

  /**
   * @param python the interpreter's real path (symlinks resolved)
   * @param prlimit path of util-linux prlimit
   * @param setpriv path of util-linux setpriv, used for {@link Isolation#BWRAP_AS_NOBODY}
   * @param disableUserns whether this bwrap supports --disable-userns (0.8 and later)
   */
  SandboxCommand(CPythonConfig config, Isolation isolation, Path harnessDir, String python,
      String prlimit, String setpriv, boolean disableUserns) {
    this.config = config;
    this.isolation = isolation;
    this.harnessDir = harnessDir;
    this.python = python;
    this.prlimit = prlimit;
    this.setpriv = setpriv;
    this.disableUserns = disableUserns;
  }

  Isolation isolation() {
    return isolation;
  }

  /** The full command that runs the harness once with this wall-time limit. */
  List<String> command(Duration wallTime) {
    String dir = isolation == Isolation.NONE ? harnessDir.toString() : HARNESS_INSIDE;
    return command(wallTime, List.of("-I", "-B", dir + "/driver.py", dir + "/harness.py"));
  }

  /** The same sandbox and limits around python with other arguments (tests of the sandbox). */
  List<String> command(Duration wallTime, List<String> pythonArguments) {
    List<String> cmd = new ArrayList<>();
    if (isolation == Isolation.BWRAP_AS_NOBODY) {
      cmd.addAll(List.of(setpriv, "--reuid=" + NOBODY, "--regid=" + NOBODY, "--clear-groups",
          "--"));
    }
    if (isolation != Isolation.NONE) {
      cmd.addAll(bwrapArguments());
    }
    cmd.addAll(limits(wallTime));
    cmd.add(python);
    cmd.addAll(pythonArguments);
    return cmd;
  }

  /** prlimit with CPU seconds, address space, processes and file size. */
  List<String> limits(Duration wallTime) {
    // The wall-time kill normally comes first; the CPU limit is a backstop (SIGXCPU, then
    // SIGKILL a second later) should the kill ever be missed.
    long cpu = (wallTime.toMillis() + 999) / 1000 + 1;
    return List.of(prlimit,
        "--cpu=" + cpu + ":" + (cpu + 1),
        "--as=" + config.memoryMb() * MB,
        "--nproc=" + config.maxProcesses(),
        "--fsize=" + config.fileSizeMb() * MB,
        "--core=0",
        "--");
  }

  /** bubblewrap: fresh namespaces, read-only system, tmpfs home, minimal environment. */
  List<String> bwrapArguments() {
    List<String> a = new ArrayList<>(List.of(config.bwrap(),
        "--unshare-all", "--unshare-user"));
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
    Path prefix = pythonPrefix();
    if (prefix != null) {
      a.addAll(List.of("--ro-bind", prefix.toString(), prefix.toString()));
    }
    a.addAll(List.of("--proc", "/proc", "--dev", "/dev",
        "--size", Long.toString(config.tmpfsMb() * MB), "--tmpfs", "/tmp",
        "--size", Long.toString(config.tmpfsMb() * MB), "--tmpfs", HOME,
        "--ro-bind", harnessDir.toString(), HARNESS_INSIDE,
        "--chdir", HOME,
        "--clearenv",
        "--setenv", "HOME", HOME,
        "--setenv", "PATH", "/usr/bin:/bin",
        "--setenv", "LANG", "C.UTF-8",
        // One BLAS thread: the process limit counts threads, and gradings are tiny.
        "--setenv", "OPENBLAS_NUM_THREADS", "1",
        "--setenv", "OMP_NUM_THREADS", "1",
        "--setenv", "MKL_NUM_THREADS", "1"));
    return a;
  }

  /** The install prefix of an interpreter outside /usr (e.g. /opt/python3.12), or null. */
  private Path pythonPrefix() {
    Path p = Path.of(python);
    if (p.startsWith("/usr/") || p.getParent() == null || p.getParent().getParent() == null) {
      return null;
    }
    return p.getParent().getParent();
  }

  private static String readLink(Path p) {
    try {
      return Files.readSymbolicLink(p).toString();
    } catch (java.io.IOException e) {
      return p.toString();
    }
  }
}
