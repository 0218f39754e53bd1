package dailypy.questions;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.EnumSet;
import org.junit.jupiter.api.Test;

/**
 * Each kind says how it is shown, how it is answered and what revealing it shows, so front ends
 * render the parts without asking which kind they came from.
 */
class QuestionKindTest {

  private final QuestionBank bank = Fixtures.good();

  @Test
  void everyKindHasAnAnswerFormAndCodeKindsRunTheAnswer() {
    for (Question.Kind kind : Question.Kind.values()) {
      assertThat(kind.answerForm()).isNotNull();
      assertThat(kind.runsCode()).isEqualTo(kind.answerForm().runsAnswer());
    }
    EnumSet<Question.Kind> code = EnumSet.of(Question.Kind.FUNCTION, Question.Kind.CLASS,
        Question.Kind.TEST_WRITING);
    for (Question.Kind kind : Question.Kind.values()) {
      assertThat(kind.runsCode()).as(kind.yamlName()).isEqualTo(code.contains(kind));
    }
    assertThat(Question.Kind.QUIZ.needsRunner()).isFalse();
    assertThat(Question.Kind.OUTPUT.needsRunner()).isTrue();
  }

  @Test
  void aCodeQuestionShowsItsStarterUnderALabelAndRevealsTheReference() {
    Question q = bank.find("sum-of-list").orElseThrow();
    Presentation shown = q.kind().presentation(q);
    assertThat(shown.codeLabel()).isEqualTo("Starter code");
    assertThat(shown.code()).isEqualTo(q.starter().stripTrailing());
    assertThat(shown.options()).isEmpty();
    Reveal reveal = q.kind().reveal(q);
    assertThat(reveal.label()).isEqualTo("Reference solution");
    assertThat(reveal.language()).isEqualTo("python");
    assertThat(reveal.block()).isEqualTo(q.solution().stripTrailing());
  }

  @Test
  void anOutputQuestionShowsItsSnippetAsPartOfThePromptAndRevealsWhatItPrints() {
    Question q = bank.find("join-output").orElseThrow();
    Presentation shown = q.kind().presentation(q);
    assertThat(shown.codeLabel()).isEmpty();
    assertThat(shown.code()).isEqualTo(q.snippet().stripTrailing());
    assertThat(shown.form()).isEqualTo(AnswerForm.PREDICTION);
    Reveal reveal = q.kind().reveal(q);
    assertThat(reveal.block()).isEqualTo(q.expectedOutput().stripTrailing());
    assertThat(reveal.block()).doesNotContain(q.snippet().strip());
  }

  @Test
  void aQuizShowsItsOptionsAndRevealsThemWithTheirReasonsButNoBlock() {
    Question q = bank.find("copy-or-alias-quiz").orElseThrow();
    Presentation shown = q.kind().presentation(q);
    assertThat(shown.options()).isEqualTo(q.options());
    assertThat(shown.hasCode()).isFalse();
    Reveal reveal = q.kind().reveal(q);
    assertThat(reveal.options()).isEqualTo(q.options());
    assertThat(reveal.hasBlock()).isFalse();
  }

  @Test
  void eachFormNamesWhatToSendAndWhereToKeepIt() {
    assertThat(AnswerForm.CODE.fileSuffix()).isEqualTo(".py");
    assertThat(AnswerForm.PREDICTION.fileSuffix()).isEqualTo(".txt");
    assertThat(AnswerForm.CHOICE.picksOption()).isTrue();
    assertThat(AnswerForm.PREDICTION.whatToSend()).contains("output");
  }
}
