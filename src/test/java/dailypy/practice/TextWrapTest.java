package dailypy.practice;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import java.util.OptionalInt;
import org.junit.jupiter.api.Test;

/** Wrapping prose to the terminal's width, and finding that width. */
class TextWrapTest {
  private static final String PROSE = "Write `moving_average(numbers, window)` that returns an iterator over the averages"
      + " of each run of `window` consecutive values, starting once the first window is full.";

  private static int widest(String text) {
    return Arrays.stream(text.split("\n")).mapToInt(TextWrap::visible).max().orElse(0);
  }

  @Test
  void proseIsWrappedAtWordsToTheWidthAndNothingIsLost() {
    String wrapped = TextWrap.at(40).line(PROSE);
    assertThat(widest(wrapped)).isLessThanOrEqualTo(40);
    assertThat(wrapped.split("\n")).hasSizeGreaterThan(3);
    assertThat(wrapped.replace("\n", " ")).isEqualTo(PROSE);
  }

  @Test
  void aShortLineAndUnwrappedOutputAreLeftAlone() {
    assertThat(TextWrap.at(80).line("Answer with a letter, A–D.")).isEqualTo("Answer with a letter, A–D.");
    assertThat(TextWrap.NONE.line(PROSE)).isEqualTo(PROSE);
  }

  @Test
  void continuationLinesHangUnderTheTextOfABulletOrOption() {
    String wrapped = new MarkdownText(Style.plain(), TextWrap.at(30))
        .render("- It must be lazy: pull an item only when the next average is requested.");
    String[] lines = wrapped.split("\n");
    assertThat(lines[0]).startsWith("  • It must be lazy");
    for (int i = 1; i < lines.length; i++) {
      assertThat(lines[i]).startsWith("    ").doesNotStartWith("     ");
    }
    assertThat(TextWrap.at(30).line("  B) `==` calls the `__eq__` method, which any class can override", "     "))
        .contains("\n     ");
  }

  @Test
  void codeBlocksAreNeverWrapped() {
    String longCode = "result = [average for average in moving_average(range(1_000_000), 1000) if average > 10]";
    String rendered = new MarkdownText(Style.plain(), TextWrap.at(40))
        .render(PROSE + "\n\n```python\n" + longCode + "\n```");
    assertThat(rendered).contains("    " + longCode + "\n");
    assertThat(widest(rendered.replace("    " + longCode, ""))).isLessThanOrEqualTo(40);
  }

  @Test
  void stylingTakesNoRoomAndAWordLongerThanTheLineGetsItsOwn() {
    Style ansi = Style.ansi();
    String styled = ansi.paint(Style.Look.BOLD, "[BASIC]") + " " + ansi.paint(Style.Look.BOLD, "Add up a list")
        + ansi.paint(Style.Look.DIM, "  lists · sum-of-list");
    assertThat(TextWrap.visible(styled)).isEqualTo(42);
    assertThat(TextWrap.at(42).line(styled)).doesNotContain("\n");
    String path = "/home/someone/projects/tutor/data/practice/lazy-moving-average.py";
    assertThat(TextWrap.at(30).line("or save it in " + path + " (graded on every save)").split("\n"))
        .contains(path);
  }

  @Test
  void theWidthComesFromTheTerminalElseColumnsElseEighty() {
    assertThat(TerminalWidth.choose(OptionalInt.of(132), "100")).isEqualTo(132);
    assertThat(TerminalWidth.choose(OptionalInt.empty(), "100")).isEqualTo(100);
    assertThat(TerminalWidth.choose(OptionalInt.of(0), " 72 ")).as("a terminal that says 0").isEqualTo(72);
    assertThat(TerminalWidth.choose(OptionalInt.empty(), "wide")).isEqualTo(80);
    assertThat(TerminalWidth.choose(OptionalInt.empty(), "-5")).isEqualTo(80);
    assertThat(TerminalWidth.choose(OptionalInt.empty(), null)).isEqualTo(80);
  }
}
