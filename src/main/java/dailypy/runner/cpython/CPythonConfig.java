package dailypy.runner.cpython;

/**
 * Settings of the host-CPython backend (config keys under {@code runner.cpython}).
 *
 * @param python the interpreter; Debian's {@code /usr/bin/python3} has the apt packages
 * @param bwrap the bubblewrap executable, a name looked up on PATH or a path
 * @param memoryMb address-space limit of the Python process (pandas alone needs ~70 MiB)
 * @param maxProcesses process and thread limit inside the sandbox
 * @param fileSizeMb largest file the process may write
 * @param tmpfsMb size of the tmpfs that is the home and working directory
 * @param maxParallel Python processes running at once; more wait in a queue
 * @param queueCapacity submissions that may wait; beyond this the caller gets BUSY
 * @param allowUnsandboxed run without bubblewrap when it is unavailable (trusted code only)
 * @param prestarted sandboxed interpreters kept started ahead, each for exactly one submission
 *     (0: start each when it is needed)
 */
public record CPythonConfig(
    String python,
    String bwrap,
    int memoryMb,
    int maxProcesses,
    int fileSizeMb,
    int tmpfsMb,
    int maxParallel,
    int queueCapacity,
    boolean allowUnsandboxed,
    int prestarted) {

  public CPythonConfig {
    if (python == null || python.isBlank() || bwrap == null || bwrap.isBlank()) {
      throw new IllegalArgumentException("python and bwrap must be named");
    }
    if (memoryMb < 64 || maxProcesses < 2 || fileSizeMb < 1 || tmpfsMb < 1 || maxParallel < 1
        || queueCapacity < 0 || prestarted < 0) {
      throw new IllegalArgumentException("runner.cpython limits out of range: memory_mb >= 64, "
          + "max_processes >= 2, file_size_mb >= 1, tmpfs_mb >= 1, max_parallel >= 1, "
          + "prestarted >= 0");
    }
  }

  public static CPythonConfig defaults() {
    int parallel = Math.max(1, Math.min(4, Runtime.getRuntime().availableProcessors()));
    // One ready per process that may run at once: a steady flow of answers never waits for one.
    return new CPythonConfig("/usr/bin/python3", "bwrap", 512, 16, 1, 16, parallel, 64, false,
        parallel);
  }

  public CPythonConfig withBwrap(String value) {
    return copy(value, queueCapacity, allowUnsandboxed, prestarted);
  }

  public CPythonConfig withQueueCapacity(int value) {
    return copy(bwrap, value, allowUnsandboxed, prestarted);
  }

  public CPythonConfig withAllowUnsandboxed(boolean value) {
    return copy(bwrap, queueCapacity, value, prestarted);
  }

  public CPythonConfig withPrestarted(int value) {
    return copy(bwrap, queueCapacity, allowUnsandboxed, value);
  }

  /**
   * The same interpreter and limits with these four settings, the ones callers change: another
   * bwrap, a benchmark's longer queue, unsandboxed (trusted) runs and the pre-started processes.
   */
  private CPythonConfig copy(String bwrap, int queueCapacity, boolean allowUnsandboxed, int prestarted) {
    return new CPythonConfig(python, bwrap, memoryMb, maxProcesses, fileSizeMb, tmpfsMb,
        maxParallel, queueCapacity, allowUnsandboxed, prestarted);
  }
}
