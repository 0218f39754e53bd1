package dailypy.runner.graal;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;

/**
 * Settings of the worker pool. Defaults follow snekbox and Judge0: small heaps, a short queue.
 *
 * @param workers worker processes, each grading one submission at a time
 * @param heapMb heap cap of each worker JVM
 * @param queueCapacity submissions that may wait; beyond it callers get BUSY at once
 * @param startupTimeout how long a worker may take to become ready
 * @param grace how long past the wall limit the pool waits before killing a worker
 * @param javaExecutable the java binary for workers (by default this JVM's own)
 * @param classpath the worker classpath (by default this JVM's own)
 * @param extraJvmArgs appended to the worker command line, e.g. an AOT cache (inside bubblewrap
 *     a file it names must be visible there: only /usr and the staged classpath are)
 * @param sandbox whether workers run inside bubblewrap
 */
public record PoolConfig(
    int workers,
    int heapMb,
    int queueCapacity,
    Duration startupTimeout,
    Duration grace,
    Path javaExecutable,
    String classpath,
    List<String> extraJvmArgs,
    SandboxMode sandbox) {

  public PoolConfig {
    if (workers < 1 || workers > 64) {
      throw new IllegalArgumentException("workers must be between 1 and 64, got " + workers);
    }
    if (heapMb < 64) {
      throw new IllegalArgumentException("heap_mb must be at least 64, got " + heapMb);
    }
    if (queueCapacity < 0) {
      throw new IllegalArgumentException("queue capacity must not be negative");
    }
    extraJvmArgs = List.copyOf(extraJvmArgs);
    if (sandbox == null) {
      throw new IllegalArgumentException("sandbox mode must be given");
    }
  }

  public static PoolConfig defaults() {
    return new PoolConfig(2, 256, 64, Duration.ofSeconds(180), Duration.ofSeconds(5),
        Path.of(System.getProperty("java.home"), "bin", "java"),
        System.getProperty("java.class.path"), List.of(), SandboxMode.AUTO);
  }

  public PoolConfig withWorkers(int n) {
    return new PoolConfig(n, heapMb, queueCapacity, startupTimeout, grace, javaExecutable,
        classpath, extraJvmArgs, sandbox);
  }

  public PoolConfig withHeapMb(int mb) {
    return new PoolConfig(workers, mb, queueCapacity, startupTimeout, grace, javaExecutable,
        classpath, extraJvmArgs, sandbox);
  }

  public PoolConfig withQueueCapacity(int capacity) {
    return new PoolConfig(workers, heapMb, capacity, startupTimeout, grace, javaExecutable,
        classpath, extraJvmArgs, sandbox);
  }

  /** The same settings with one more argument for the worker JVMs. */
  public PoolConfig withJvmArg(String arg) {
    List<String> args = new java.util.ArrayList<>(extraJvmArgs);
    args.add(arg);
    return new PoolConfig(workers, heapMb, queueCapacity, startupTimeout, grace, javaExecutable,
        classpath, args, sandbox);
  }

  public PoolConfig withSandbox(SandboxMode mode) {
    return new PoolConfig(workers, heapMb, queueCapacity, startupTimeout, grace, javaExecutable,
        classpath, extraJvmArgs, mode);
  }
}
