package dailypy.discord.answers;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dailypy.discord.interactions.ComponentId;
import org.junit.jupiter.api.Test;

class QuizButtonTest {

  @Test
  void quizButtonIdsRoundTrip() {
    QuizButton.Press p = new QuizButton.Press("list-aliasing-quiz", 2);
    assertThat(p.id().encode()).isEqualTo("quiz:v1:list-aliasing-quiz:2");
    assertThat(QuizButton.Press.of(ComponentId.parse("quiz:v1:list-aliasing-quiz:2").orElseThrow())).isEqualTo(p);
    assertThatThrownBy(() -> QuizButton.Press.of(ComponentId.parse("quiz:v1:x:notanumber").orElseThrow()))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> QuizButton.Press.of(ComponentId.parse("quiz:v1:x").orElseThrow()))
        .isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void buttonsFromBeforeVersionedIdsStillAnswerTheQuiz() {
    ComponentId legacy = ComponentId.parse("quiz:list-aliasing-quiz:2").orElseThrow();
    assertThat(legacy.version()).isZero();
    assertThat(new QuizButton(null).upgrade(legacy).map(QuizButton.Press::of))
        .contains(new QuizButton.Press("list-aliasing-quiz", 2));
  }
}
