package dailypy.discord.render;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

public class MarkdownSafeTest {
  private static final String SPECIAL = "\\*_~`|>#-[]()<";

  /** Characters Discord would read as Markdown: special ones without a backslash in front. */
  static String unescaped(String text) {
    StringBuilder found = new StringBuilder();
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (c == '\\') {
        i++; // the next character is shown as written
      } else if (SPECIAL.indexOf(c) >= 0) {
        found.append(c);
      }
    }
    return found.toString();
  }

  /** How many times three backticks in a row occur; a safe block has exactly its two fences. */
  public static int fences(String text) {
    int n = 0;
    for (int i = text.indexOf("```"); i >= 0; i = text.indexOf("```", i + 3)) {
      n++;
    }
    return n;
  }

  @Test
  void headingsQuotesAndListMarkersShowAsText() {
    assertThat(MarkdownSafe.escape("# HEADING")).isEqualTo("\\# HEADING");
    assertThat(MarkdownSafe.escape("-# small\n> quote\n>>> all")).isEqualTo("\\-\\# small\n\\> quote\n\\>\\>\\> all");
    assertThat(MarkdownSafe.escape("- a\n* b\n+ c\n  12. d")).isEqualTo("\\- a\n\\* b\n\\+ c\n  12\\. d");
  }

  @Test
  void dotsAndPlusesAreLeftAloneInsideALine() {
    assertThat(MarkdownSafe.escape("pi is 3.14, a + b. 2. not a list")).isEqualTo("pi is 3.14, a + b. 2. not a list");
  }

  @Test
  void aMaskedLinkIsNotALink() {
    assertThat(MarkdownSafe.escape("[x](http://evil)")).isEqualTo("\\[x\\]\\(http://evil\\)");
  }

  @Test
  void emphasisCodeSpoilersAndBackslashesShowAsWritten() {
    assertThat(MarkdownSafe.escape("**bold**")).isEqualTo("\\*\\*bold\\*\\*");
    String mixed = "__u__ ~~s~~ ||spoiler|| `code` a_b \\* done";
    assertThat(unescaped(MarkdownSafe.escape(mixed))).isEmpty();
    assertThat(MarkdownSafe.escape("\\*")).isEqualTo("\\\\\\*");
  }

  @Test
  void mentionChannelAndEmojiShapesShowAsText() {
    assertThat(MarkdownSafe.escape("<@123>")).isEqualTo("\\<@123\\>");
    assertThat(MarkdownSafe.escape("<@&1> <#2> <:py:3> <t:4:R>")).doesNotContain(" <").startsWith("\\<@&1\\>");
  }

  @Test
  void aCutKeepsWholeEscapesAndFitsItsBudget() {
    String text = "*".repeat(50) + "🐍".repeat(50);
    for (int max = 1; max <= 300; max++) {
      String cut = MarkdownSafe.escape(text, max);
      assertThat(cut.length()).isLessThanOrEqualTo(max);
      assertThat(unescaped(cut)).as("max %d: %s", max, cut).isEmpty();
      assertThat(cut.replace("…", "")).doesNotEndWith("\\");
      assertThat(Character.isHighSurrogate(cut.charAt(cut.length() - 1))).isFalse();
    }
    assertThat(MarkdownSafe.escape("**", 2)).isEqualTo("…");
    assertThat(MarkdownSafe.escape("ab", 2)).isEqualTo("ab");
    assertThat(MarkdownSafe.escape(null)).isEmpty();
  }

  @Test
  void noRunOfBackticksCanCloseACodeBlock() {
    for (int run = 3; run <= 12; run++) {
      String ticks = "`".repeat(run);
      String block = MarkdownSafe.codeBlock("", "a\n" + ticks + "\n**x**\n" + ticks, 1024);
      assertThat(fences(block)).as("%d backticks", run).isEqualTo(2);
      assertThat(block).startsWith("```\na\n").endsWith("\n```").contains("**x**");
      assertThat(block.substring(3, block.length() - 3)).doesNotContain("``");
    }
  }

  @Test
  void codeBlocksFitTheirBudgetAndStayClosedWhereverTheCutFalls() {
    String code = "print('```')\n" + "````".repeat(100) + "``";
    for (int max = 16; max <= 700; max++) { // below 14 not even the fences fit
      String block = MarkdownSafe.codeBlock("python", code, max);
      assertThat(block).hasSizeLessThanOrEqualTo(max).startsWith("```python\n").endsWith("\n```");
      assertThat(fences(block)).as("max %d", max).isEqualTo(2);
    }
  }

  @Test
  void anEmptyCodeBlockStillRendersAsABlock() {
    assertThat(MarkdownSafe.codeBlock("", "\n", 100)).isEqualTo("```\n\u200b\n\n```");
    assertThat(MarkdownSafe.codeBlock("python", "x = 1", 100)).isEqualTo("```python\nx = 1\n```");
  }

  @Test
  void inlineCodeCannotBeEndedEarly() {
    assertThat(MarkdownSafe.inlineCode("a`b``c", 100)).isEqualTo("`a'b''c`");
    assertThat(MarkdownSafe.inlineCode("x".repeat(10), 5)).isEqualTo("`xxxx…`");
  }
}
