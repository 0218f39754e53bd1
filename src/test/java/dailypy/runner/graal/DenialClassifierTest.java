package dailypy.runner.graal;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The host-side messages GraalPy gives for a denied operation, and the rule each one names. */
class DenialClassifierTest {

  @ParameterizedTest
  @CsvSource(delimiter = '|', value = {
      "Creating threads is not allowed.|thread",
      "start_new_thread: thread creation is not allowed|thread",
      "Process creation is not allowed, see Context.Builder.allowCreateProcess|process",
      "socket.socket is not available: module was excluded|network",
      "getaddrinfo failed|network",
      "Operation not permitted: '/etc/passwd'|file",
      "Access to files is not allowed, see Context.Builder.allowIO|file",
      "java.lang.SecurityException: host lookup|host",
      "UnsupportedPosixFeatureException: getcwd|host",
  })
  void aDenialNamesItsRule(String message, String rule) {
    assertThat(DenialClassifier.categorise(message)).isEqualTo(rule);
    assertThat(DenialClassifier.describe(rule)).endsWith("in the sandbox.");
  }

  @ParameterizedTest
  @CsvSource(delimiter = '|', value = {"division by zero", "list index out of range", "''"})
  void anOrdinaryErrorIsNotADenial(String message) {
    assertThat(DenialClassifier.categorise(message)).isNull();
  }
}
