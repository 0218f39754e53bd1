package dailypy.runner.cpython;

import dailypy.runner.sandbox.Bubblewrap;
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
 *
 * @param python the interpreter's real path (symlinks resolved)
 * @param prlimit path of util-linux prlimit
 * @param setpriv path of util-linux setpriv, used for {@link Isolation#BWRAP_AS_NOBODY}
 * @param bubblewrap the bwrap found on this host; null with {@link Isolation#NONE}
 */
record SandboxCommand(CPythonConfig config, Isolation isolation, Path harnessDir, String python,
    String prlimit, String setpriv, Bubblewrap bubblewrap) {

  /** Where the harness directory appears inside the sandbox (read-only). */
  static final String HARNESS_INSIDE = "/opt/dailypy";
  /** The tmpfs that is home and working directory. */
  static final String HOME = Bubblewrap.HOME;
  private static final long MB = 1024L * 1024L;

  /** The full command that runs the harness once with this wall-time limit. */
  List<String> command(Duration wallTime) {
    String dir = isolation == Isolation.NONE ? harnessDir.toString() : HARNESS_INSIDE;
    return command(wallTime, List.of("-I", "-B", dir + "/driver.py", dir + "/harness.py"));
  }

  /** The same sandbox and limits around python with other arguments (tests of the sandbox). */
  List<String> command(Duration wallTime, List<String> pythonArguments) {
    List<String> cmd = new ArrayList<>();
    if (isolation == Isolation.BWRAP_AS_NOBODY) {
      cmd.addAll(Bubblewrap.asNobody(setpriv));
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
    long cpu = cpuSeconds(wallTime);
    return List.of(prlimit,
        "--cpu=" + cpu + ":" + (cpu + 1),
        "--as=" + config.memoryMb() * MB,
        "--nproc=" + config.maxProcesses(),
        "--fsize=" + config.fileSizeMb() * MB,
        "--core=0",
        "--");
  }

  /** RLIMIT_CPU in whole seconds for a CPU time: rounded up, plus one. */
  static long cpuSeconds(Duration cpuTime) {
    return (cpuTime.toMillis() + 999) / 1000 + 1;
  }

  /** bubblewrap: fresh namespaces, read-only system, tmpfs home, minimal environment. */
  List<String> bwrapArguments() {
    List<String> a = new ArrayList<>(bubblewrap.isolatedSystem());
    Path prefix = pythonPrefix();
    if (prefix != null) {
      a.addAll(List.of("--ro-bind", prefix.toString(), prefix.toString()));
    }
    a.addAll(Bubblewrap.scratch(config.tmpfsMb() * MB));
    a.addAll(List.of("--ro-bind", harnessDir.toString(), HARNESS_INSIDE));
    a.addAll(Bubblewrap.cleanEnvironment());
    // One BLAS thread: the process limit counts threads, and gradings are tiny.
    a.addAll(List.of("--setenv", "OPENBLAS_NUM_THREADS", "1",
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
}
