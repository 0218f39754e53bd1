package dailypy.discord.render;

import static org.assertj.core.api.Assertions.assertThat;

import dailypy.discord.support.SampleQuestions;
import dailypy.questions.Question;
import dailypy.runner.RunResult;
import dailypy.runner.TestResult;
import dailypy.testing.QuestionBuilder;
import dailypy.testing.Results;
import dailypy.verdict.Verdict;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import net.dv8tion.jda.api.entities.MessageEmbed;
import org.junit.jupiter.api.Test;

class EmbedsTest {
  private static final Question Q = SampleQuestions.ADD;

  @Test
  void questionPostHasLevelColourPromptStarterAndHowTo() {
    MessageEmbed e = Embeds.question(Q, "Daily", true);
    assertThat(e.getColorRaw() & 0xFFFFFF).isEqualTo(0x57F287);
    assertThat(Embeds.question(SampleQuestions.QUIZ, "Daily", true).getColorRaw() & 0xFFFFFF).isEqualTo(0xFEE75C);
    assertThat(e.getTitle()).isEqualTo("Add two numbers");
    assertThat(e.getDescription()).contains("`add(a, b)`").contains("```python\ndef add(a, b):");
    assertThat(e.getFields().getFirst().getValue()).contains("Reply in the thread")
        .contains("`/submit question:add-two-numbers`").contains("\\`\\`\\`python");
    assertThat(Embeds.question(Q, "Daily", false).getFields().getFirst().getValue()).doesNotContain("Reply in the thread");
    assertThat(e.getFooter().getText()).isEqualTo("id: add-two-numbers");
    assertThat(e.getDescription()).doesNotContain("return a + b");
  }

  @Test
  void aDailyPostNamesItsQuestionAndDateInTheFooter() {
    MessageEmbed e = Embeds.dailyQuestion(Q, java.time.LocalDate.of(2026, 11, 23), true);
    assertThat(e.getFooter().getText()).isEqualTo("id: add-two-numbers · 2026-11-23");
    assertThat(e.getAuthor().getName()).startsWith("📅 Daily question 2026-11-23");
    assertThat(e.getTitle()).isEqualTo("Add two numbers");
  }

  @Test
  void everyEmbedStaysWithinDiscordsTotalLimit() {
    List<TestResult> tests = new ArrayList<>();
    for (int i = 0; i < 40; i++) {
      tests.add(new TestResult("t".repeat(300) + i, false, false, "m".repeat(2000), "o".repeat(2000)));
    }
    RunResult huge = Results.of(Verdict.FAILED).message("x".repeat(5000)).tests(tests).output("p".repeat(10000))
        .error(new RunResult.ErrorInfo("ValueError", "v".repeat(5000), 3, 1, "tb")).millis(1).backend("graalpy").build();
    MessageEmbed e = ResultEmbed.result(Q, huge, null).embed();
    assertThat(e.getLength()).isLessThanOrEqualTo(DiscordLimits.EMBED_TOTAL);
    assertThat(e.isSendable()).isTrue();

    Question big = QuestionBuilder.from(Q).id("big").title("T".repeat(300)).topic("strings").prompt("p".repeat(4096))
        .starter("s".repeat(3000)).explanation("e".repeat(5000)).solution("sol").build();
    assertThat(Embeds.question(big, "Daily", true).isSendable()).isTrue();
    assertThat(Embeds.explanation(big).isSendable()).isTrue();
  }

  @Test
  void closingMessageHasSolveCountTallyAndSpoileredExplanation() {
    String text = Embeds.closing(SampleQuestions.QUIZ, 3, Map.of(0, 2, 1, 5));
    assertThat(text).contains("3 people solved").contains("✅ B: 5").contains("▫️ A: 2").contains("▫️ C: 0")
        .contains("||`y = x` binds");
    assertThat(Embeds.closing(Q, 1, Map.of())).contains("1 person solved");
  }

  private static Question withExplanation(String explanation) {
    return QuestionBuilder.from(Q).explanation(explanation).build();
  }

  @Test
  void aLongExplanationIsCutInsideTheSpoilerSoTheSpoilerStillCloses() {
    String text = Embeds.closing(withExplanation("e".repeat(5000) + " the end"), 2, Map.of());
    assertThat(text.length()).isLessThanOrEqualTo(DiscordLimits.MESSAGE);
    assertThat(text).contains("2 people solved").endsWith("…||").doesNotContain("the end");
    assertThat(text.split("\\|\\|", -1)).as("one opening and one closing ||").hasSize(3);
  }

  @Test
  void anEmptyExplanationGetsNoSpoiler() {
    for (String empty : new String[] {"", "  \n"}) {
      String text = Embeds.closing(withExplanation(empty), 0, Map.of());
      assertThat(text).contains("0 people solved").doesNotContain("||").doesNotContain("Explanation");
    }
  }

  @Test
  void pipesInTheExplanationCannotEndTheSpoilerEarly() {
    String text = Embeds.closing(withExplanation("a || b ||| c |"), 1, Map.of());
    String inside = text.substring(text.indexOf("||") + 2, text.length() - 2);
    assertThat(inside).doesNotContain("||").startsWith("a |").doesNotEndWith("|");
    assertThat(text).endsWith("||");
  }

  @Test
  void explanationsFlowAsParagraphsAndKeepTheirBlocks() {
    Question q = withExplanation("A comprehension with two clauses\nreads like the nested loops.\n\n"
        + "```python\nx = [a\n     for a in b]\n```\n- one point\n  carried on\n- two\n\nTime: O(n).\n");
    assertThat(Embeds.explanation(q).getDescription()).isEqualTo("A comprehension with two clauses reads like the"
        + " nested loops.\n\n```python\nx = [a\n     for a in b]\n```\n- one point carried on\n- two\n\nTime: O(n).");
    assertThat(Embeds.closing(q, 1, Map.of())).contains("||A comprehension with two clauses reads like");
  }

  @Test
  void theStarterBlockEndsWithItsLastLineOfCode() {
    Question q = QuestionBuilder.from(Q).starter("def add(a, b):\n    pass\n\n").build();
    assertThat(Embeds.question(q, "Daily", true).getDescription()).contains("    pass\n```")
        .doesNotContain("pass\n\n");
  }

  @Test
  void aPredictionSaysToAnswerWithTheOutputNotWithCode() {
    Question output = QuestionBuilder.from(Q).kind(Question.Kind.OUTPUT).build();
    String how = Embeds.question(output, "Daily", true).getFields().getFirst().getValue();
    assertThat(how).contains("exact output the snippet prints").contains("plain text")
        .contains("`/submit question:add-two-numbers`").doesNotContain("python");
    assertThat(Embeds.question(output, "Daily", false).getFields().getFirst().getValue())
        .startsWith("Use `/submit question:add-two-numbers` to type the exact output");
  }
}
