package dailypy.discord.answers;

import static org.assertj.core.api.Assertions.assertThat;

import dailypy.questions.AnswerForm;
import net.dv8tion.jda.api.utils.messages.MessageCreateData;
import org.junit.jupiter.api.Test;

/** A form that cannot be graded now gives the typed answer back (the wiring is BotMessagesTest's). */
class SubmitModalTest {

  @Test
  void aShortAnswerComesBackInACodeBlock() {
    MessageCreateData m = SubmitModal.refused("⏳ Slow down a little: try again in 9 s.", "def f():\n    return 1\n",
        AnswerForm.CODE);
    assertThat(m.getContent()).isEqualTo("⏳ Slow down a little: try again in 9 s.\nHere is your answer, to send again"
        + " with `/submit`:\n```python\ndef f():\n    return 1\n```");
    assertThat(m.getFiles()).isEmpty();
  }

  @Test
  void anAnswerTooLongForOneMessageIsCutInTheBlockAndAttachedInFull() {
    String longAnswer = "x = 1\n".repeat(600);
    MessageCreateData m = SubmitModal.refused("⏳ Slow down a little: try again in 9 s.", longAnswer, AnswerForm.CODE);
    assertThat(m.getContent().length()).isLessThanOrEqualTo(2000);
    assertThat(m.getContent()).contains("in full in answer.py").endsWith("…\n```");
    assertThat(m.getFiles()).singleElement().satisfies(f -> assertThat(f.getName()).isEqualTo("answer.py"));
  }

  @Test
  void aPredictionComesBackAsText() {
    MessageCreateData m = SubmitModal.refused("⏳ wait", "[1, 2]", AnswerForm.PREDICTION);
    assertThat(m.getContent()).endsWith("```\n[1, 2]\n```");
  }
}
