package dailypy.runner.cpython;

import dailypy.runner.HarnessReply;
import dailypy.runner.SandboxRule;
import dailypy.verdict.Verdict;

/**
 * Explains a Python process that ended without a result. The sandbox reports a child killed by
 * signal N as exit status 128 + N.
 */
final class ExitClassifier {

  static final int SIGABRT = 128 + 6;
  static final int SIGKILL = 128 + 9;
  static final int SIGSEGV = 128 + 11;
  static final int SIGXCPU = 128 + 24;
  static final int SIGXFSZ = 128 + 25;

  private ExitClassifier() {}

  /**
   * @param exitCode the exit status of the outermost process
   * @param stderr what the process wrote to stderr (its tail is enough)
   * @return why there is no result; ERROR means the sandbox itself failed
   */
  static HarnessReply.Stopped classify(int exitCode, String stderr) {
    String err = stderr == null ? "" : stderr;
    if (err.contains("bwrap:") || err.contains("setpriv:") || err.contains("prlimit:")) {
      return HarnessReply.Stopped.of(Verdict.ERROR, "the sandbox failed to start: "
          + firstLine(err));
    }
    return classifyUserExit(exitCode, err);
  }

  /**
   * How a process ended that was running user code: the exit status decides, since stderr is the
   * user's own text by then. Never ERROR: the user caused it.
   */
  static HarnessReply.Stopped classifyUserExit(int exitCode, String stderr) {
    String err = stderr == null ? "" : stderr;
    if (err.contains("MemoryError") || err.contains("Cannot allocate memory")
        || err.contains("out of memory")) {
      return memory();
    }
    return switch (exitCode) {
      case SIGXCPU -> HarnessReply.Stopped.of(Verdict.TIMEOUT, "Your code used too much CPU time.");
      case SIGXFSZ -> new HarnessReply.Stopped(Verdict.SANDBOX,
          "File access is not allowed in the sandbox (a file grew past its limit).",
          SandboxRule.FILE.id());
      case SIGKILL -> memory();
      case SIGABRT, SIGSEGV -> HarnessReply.Stopped.of(Verdict.RUNTIME_ERROR,
          "Python crashed (signal " + (exitCode - 128) + "), most likely from running out of "
              + "memory or stack.");
      default -> exitCode > 128
          ? HarnessReply.Stopped.of(Verdict.RUNTIME_ERROR,
              "Your code was stopped by signal " + (exitCode - 128) + ".")
          : HarnessReply.Stopped.of(Verdict.RUNTIME_ERROR,
              "Your code ended the interpreter (os._exit); return from your function instead.");
    };
  }

  private static HarnessReply.Stopped memory() {
    return HarnessReply.Stopped.of(Verdict.MEMORY_LIMIT, "Your code ran out of memory.");
  }

  private static String firstLine(String text) {
    for (String line : text.split("\n")) {
      if (line.contains("bwrap:") || line.contains("setpriv:") || line.contains("prlimit:")) {
        return line.strip();
      }
    }
    return text.strip();
  }
}
