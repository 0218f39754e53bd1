package dailypy.discord.answers;

import static org.assertj.core.api.Assertions.assertThat;

import dailypy.discord.support.SampleQuestions;
import dailypy.questions.Question;
import dailypy.testing.QuestionBuilder;
import org.junit.jupiter.api.Test;

/** Answers in chat messages: code must be in a fenced block, predictions may be plain text. */
class ChatAnswersTest {

  @Test
  void aChatMessageIsGradedOnItsCodeBlocks() {
    assertThat(ChatAnswers.answerIn(SampleQuestions.ADD,
        "my answer:\n```python\ndef add(a, b):\n    return 1\n```")).hasValue("def add(a, b):\n    return 1\n");
  }

  @Test
  void aChatMessageWithoutABlockIsNotGradedAndItsAuthorIsToldHow() {
    assertThat(ChatAnswers.answerIn(SampleQuestions.ADD, "def add(a, b): return a + b")).isEmpty();
    assertThat(ChatAnswers.answerIn(SampleQuestions.ADD, "```python\n\n```")).isEmpty();
    assertThat(ChatAnswers.HOW_TO).contains("code block").contains("python").contains("/submit");
  }

  @Test
  void anOutputPredictionMayBePlainText() {
    Question output = QuestionBuilder.from(SampleQuestions.ADD).kind(Question.Kind.OUTPUT).build();
    assertThat(ChatAnswers.answerIn(output, "[1, 2, 3]")).hasValue("[1, 2, 3]");
  }

  @Test
  void aBlockInAnotherLanguageIsAskedToBePython() {
    String js = "```js\nfunction add(a, b) { return a + b; }\n```";
    assertThat(ChatAnswers.answerIn(SampleQuestions.ADD, js)).isEmpty();
    assertThat(ChatAnswers.noAnswer(js)).isEqualTo(ChatAnswers.ANSWER_IN_PYTHON).contains("Python")
        .doesNotContain("couldn't find a code block");
    assertThat(ChatAnswers.noAnswer("is it O(n)?")).isEqualTo(ChatAnswers.HOW_TO);
  }
}
