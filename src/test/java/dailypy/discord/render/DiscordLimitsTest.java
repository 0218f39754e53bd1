package dailypy.discord.render;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class DiscordLimitsTest {

  @Test
  void shortTextIsKeptAsIs() {
    assertThat(DiscordLimits.truncate("hello", 5)).isEqualTo("hello");
    assertThat(DiscordLimits.truncate(null, 5)).isEmpty();
  }

  @Test
  void longTextIsCutToTheLimitWithAnEllipsis() {
    String cut = DiscordLimits.message("x".repeat(2500));
    assertThat(cut).hasSize(DiscordLimits.MESSAGE).endsWith("…");
    assertThat(DiscordLimits.description("y".repeat(5000))).hasSize(4096);
    assertThat(DiscordLimits.fieldValue("z".repeat(1025))).hasSize(1024);
  }

  @Test
  void anEmbedDescriptionHoldsTheLongestPromptTheBankAllows() {
    assertThat(DiscordLimits.EMBED_DESCRIPTION).isGreaterThanOrEqualTo(dailypy.questions.Catalog.MAX_PROMPT_CHARS);
  }

  @Test
  void aCutNeverSplitsASurrogatePair() {
    String emojis = "🐍".repeat(10); // each is two chars
    String cut = DiscordLimits.truncate(emojis, 6);
    assertThat(cut.length()).isLessThanOrEqualTo(6);
    assertThat(Character.isHighSurrogate(cut.charAt(cut.length() - 2))).isFalse();
    assertThat(cut).isEqualTo("🐍🐍…");
  }

  @Test
  void trimLinesKeepsTenLinesOrAThousandChars() {
    String many = String.join("\n", java.util.Collections.nCopies(30, "line"));
    DiscordLimits.Trimmed t = DiscordLimits.trimLines(many, 10, 1000);
    assertThat(t.cut()).isTrue();
    assertThat(t.text().split("\n")).hasSize(11); // 10 lines and the ellipsis line
    DiscordLimits.Trimmed wide = DiscordLimits.trimLines("w".repeat(5000), 10, 1000);
    assertThat(wide.text()).hasSize(1002);
    DiscordLimits.Trimmed small = DiscordLimits.trimLines("ok\n", 10, 1000);
    assertThat(small.cut()).isFalse();
    assertThat(small.text()).isEqualTo("ok\n");
  }
}
