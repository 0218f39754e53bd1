package dailypy.runner;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;

/** The sandbox policy is one description that the harness, the texts and the classifier read. */
class SandboxPolicyTest {

  @Test
  void everyRuleHasAFixedTextAndOnlyTamperingIsNotASandboxVerdict() {
    for (SandboxRule rule : SandboxRule.values()) {
      assertThat(rule.text()).as(rule.id()).isNotBlank();
      assertThat(rule.isSandbox()).as(rule.id()).isEqualTo(rule != SandboxRule.TAMPERING);
      assertThat(RuleTexts.text(rule.id(), java.util.List.of())).isEqualTo(rule.text());
    }
    assertThat(RuleTexts.isSandboxRule("tampering")).isFalse();
    assertThat(RuleTexts.isSandboxRule("no-such-rule")).isFalse();
  }

  @Test
  void everyForbiddenImportNamesAKnownSandboxRule() {
    assertThat(SandboxPolicy.get().imports()).containsEntry("socket", "network")
        .containsEntry("subprocess", "process").containsEntry("__graalpython__", "host");
    for (String rule : SandboxPolicy.get().imports().values()) {
      assertThat(SandboxRule.byId(rule)).as(rule).hasValueSatisfying(
          r -> assertThat(r.isSandbox()).isTrue());
    }
  }

  @Test
  void theHarnessReceivesThePolicyOnItsLastLineSoItsLineNumbersStay() {
    String source = HarnessRequests.harnessSource();
    assertThat(source).doesNotContain("_make(SANDBOX_POLICY)");
    String last = source.strip().lines().reduce((a, b) -> b).orElseThrow();
    assertThat(source.strip().lines().filter(l -> l.startsWith("handle = _make(")).findFirst())
        .hasValueSatisfying(l -> assertThat(l).contains("\"subprocess\":\"process\""));
    assertThat(last).isEqualTo("handle");
  }

  @Test
  void aPolicyWithANumberOrAnUnknownRuleIsRefused() throws Exception {
    ObjectMapper json = new ObjectMapper();
    String rules = "{\"file\":{\"sandbox\":\"yes\",\"text\":\"f\"},\"network\":{\"sandbox\":\"yes\",\"text\":\"n\"},"
        + "\"process\":{\"sandbox\":\"yes\",\"text\":\"p\"},\"thread\":{\"sandbox\":\"yes\",\"text\":\"t\"},"
        + "\"host\":{\"sandbox\":\"yes\",\"text\":\"h\"},\"tampering\":{\"sandbox\":\"no\",\"text\":\"x\"}";
    assertThatThrownBy(() -> new SandboxPolicy(json.readTree("{\"rules\":" + rules + "},\"limit\":3}")))
        .hasMessageContaining("only strings");
    assertThatThrownBy(() -> new SandboxPolicy(json.readTree(
        "{\"rules\":" + rules + ",\"gpu\":{\"sandbox\":\"yes\",\"text\":\"g\"}}}")))
        .hasMessageContaining("gpu");
  }
}
