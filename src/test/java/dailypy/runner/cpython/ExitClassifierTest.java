package dailypy.runner.cpython;

import static org.assertj.core.api.Assertions.assertThat;

import dailypy.runner.HarnessReply;
import dailypy.verdict.Verdict;
import org.junit.jupiter.api.Test;

/** How a Python process that ended without a result is explained. */
class ExitClassifierTest {

  @Test
  void cpu_limit_signal_is_a_timeout() {
    assertThat(ExitClassifier.classify(152, "").verdict()).isEqualTo(Verdict.TIMEOUT);
  }

  @Test
  void a_kill_or_a_memory_error_on_stderr_is_a_memory_limit() {
    assertThat(ExitClassifier.classify(137, "").verdict()).isEqualTo(Verdict.MEMORY_LIMIT);
    assertThat(ExitClassifier.classify(1, "Traceback ...\nMemoryError\n").verdict())
        .isEqualTo(Verdict.MEMORY_LIMIT);
  }

  @Test
  void a_plain_exit_is_the_user_ending_the_interpreter() {
    HarnessReply.Stopped stopped = ExitClassifier.classify(0, "");

    assertThat(stopped.verdict()).isEqualTo(Verdict.RUNTIME_ERROR);
    assertThat(stopped.message()).contains("os._exit");
  }

  @Test
  void a_file_size_signal_is_a_file_violation() {
    HarnessReply.Stopped stopped = ExitClassifier.classify(153, "");

    assertThat(stopped.verdict()).isEqualTo(Verdict.SANDBOX);
    assertThat(stopped.rule()).isEqualTo("file");
  }

  @Test
  void a_crash_is_a_runtime_error_naming_the_signal() {
    assertThat(ExitClassifier.classify(139, "").message()).contains("signal 11");
  }

  @Test
  void a_sandbox_that_fails_to_start_is_a_grader_error_with_its_message() {
    HarnessReply.Stopped stopped = ExitClassifier.classify(1,
        "bwrap: No permissions to creating new namespace\n");

    assertThat(stopped.verdict()).isEqualTo(Verdict.ERROR);
    assertThat(stopped.message()).contains("No permissions to creating new namespace");
  }
}
