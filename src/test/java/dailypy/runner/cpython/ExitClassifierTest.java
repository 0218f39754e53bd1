package dailypy.runner.cpython;

import static org.assertj.core.api.Assertions.assertThat;

import dailypy.runner.HarnessReply;
import dailypy.verdict.Verdict;
import org.junit.jupiter.api.Test;

/** How a Python process that ended without a result is explained. */
class ExitClassifierTest {

  @Test
  void cpuLimitSignalIsATimeout() {
    assertThat(ExitClassifier.classify(152, "").verdict()).isEqualTo(Verdict.TIMEOUT);
  }

  @Test
  void aKillOrAMemoryErrorOnStderrIsAMemoryLimit() {
    assertThat(ExitClassifier.classify(137, "").verdict()).isEqualTo(Verdict.MEMORY_LIMIT);
    assertThat(ExitClassifier.classify(1, "Traceback ...\nMemoryError\n").verdict())
        .isEqualTo(Verdict.MEMORY_LIMIT);
  }

  @Test
  void aPlainExitIsTheUserEndingTheInterpreter() {
    HarnessReply.Stopped stopped = ExitClassifier.classify(0, "");

    assertThat(stopped.verdict()).isEqualTo(Verdict.RUNTIME_ERROR);
    assertThat(stopped.message()).contains("os._exit");
  }

  @Test
  void aFileSizeSignalIsAFileViolation() {
    HarnessReply.Stopped stopped = ExitClassifier.classify(153, "");

    assertThat(stopped.verdict()).isEqualTo(Verdict.SANDBOX);
    assertThat(stopped.rule()).isEqualTo("file");
  }

  @Test
  void aCrashIsARuntimeErrorNamingTheSignal() {
    assertThat(ExitClassifier.classify(139, "").message()).contains("signal 11");
  }

  @Test
  void aSandboxThatFailsToStartIsAGraderErrorWithItsMessage() {
    HarnessReply.Stopped stopped = ExitClassifier.classify(1,
        "bwrap: No permissions to creating new namespace\n");

    assertThat(stopped.verdict()).isEqualTo(Verdict.ERROR);
    assertThat(stopped.message()).contains("No permissions to creating new namespace");
  }
}
