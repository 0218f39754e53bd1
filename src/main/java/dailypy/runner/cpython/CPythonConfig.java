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
    boolean allowUnsandboxed) {

  public CPythonConfig {
    if (python == null || python.isBlank() || bwrap == null || bwrap.isBlank()) {
      throw new IllegalArgumentException("python and bwrap must be named");
    }
    if (memoryMb < 64 || maxProcesses < 2 || fileSizeMb < 1 || tmpfsMb < 1 || maxParallel < 1
        || queueCapacity < 0) {
      throw new IllegalArgumentException("runner.cpython limits out of range: memory_mb >= 64, "
          + "max_processes >= 2, file_size_mb >= 1, tmpfs_mb >= 1, max_parallel >= 1");
    }
  }

  public static CPythonConfig defaults() {
    return new CPythonConfig("/usr/bin/python3", "bwrap", 512, 16, 1, 16,
        Math.max(1, Math.min(4, Runtime.getRuntime().availableProcessors())), 64, false);
  }

  public CPythonConfig withPython(String value) {
    return new CPythonConfig(value, bwrap, memoryMb, maxProcesses, fileSizeMb, tmpfsMb,
        maxParallel, queueCapacity, allowUnsandboxed);
  }

  public CPythonConfig withBwrap(String value) {
    return new CPythonConfig(python, value, memoryMb, maxProcesses, fileSizeMb, tmpfsMb,
        maxParallel, queueCapacity, allowUnsandboxed);
  }

  public CPythonConfig withMemoryMb(int value) {
    return new CPythonConfig(python, bwrap, value, maxProcesses, fileSizeMb, tmpfsMb,
        maxParallel, queueCapacity, allowUnsandboxed);
  }

  public CPythonConfig withMaxParallel(int value) {
    return new CPythonConfig(python, bwrap, memoryMb, maxProcesses, fileSizeMb, tmpfsMb,
        value, queueCapacity, allowUnsandboxed);
  }

  public CPythonConfig withQueueCapacity(int value) {
    return new CPythonConfig(python, bwrap, memoryMb, maxProcesses, fileSizeMb, tmpfsMb,
        maxParallel, value, allowUnsandboxed);
  }

  public CPythonConfig withAllowUnsandboxed(boolean value) {
    return new CPythonConfig(python, bwrap, memoryMb, maxProcesses, fileSizeMb, tmpfsMb,
        maxParallel, queueCapacity, value);
  }
}
