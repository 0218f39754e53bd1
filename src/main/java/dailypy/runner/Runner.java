package dailypy.runner;

import java.util.Map;

/** A backend that grades Python code. Implementations must never throw for bad user code. */
public interface Runner extends AutoCloseable {

  /** Grades one submission; blocks until its result is ready. */
  RunResult run(RunRequest request);

  /** A short name such as "graalpy" or "cpython". */
  String name();

  /** Third-party packages this backend can import, with their versions. */
  Map<String, String> packages();

  @Override
  void close();
}
