package dailypy.grading;

import static org.assertj.core.api.Assertions.assertThat;

import dailypy.questions.Question;
import dailypy.questions.QuestionBank;
import dailypy.runner.RoutingRunner;
import dailypy.runner.RunResult;
import dailypy.verdict.Verdict;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import org.junit.jupiter.api.Test;

class QuestionPickerTest {

  private final Question plain = Questions.get("sum-of-list");
  private final Question pandas = Questions.withRequires(Questions.get("double-all"), List.of("pandas"));
  private final QuestionBank bank = new QuestionBank(List.of(plain, pandas), Map.of());

  private QuestionPicker pickerOver(QuestionBank questions, Map<String, String> unavailable) {
    FakeRunner embedded = new FakeRunner(r -> RunResult.of(Verdict.PASSED, "", "fake"));
    return new QuestionPicker(questions,
        new RunnerGrader(new RoutingRunner(List.of(embedded), unavailable)), new Random(1));
  }

  @Test
  void onlyGradableQuestionsArePicked() {
    QuestionPicker picker = pickerOver(bank, Map.of());
    for (int i = 0; i < 20; i++) {
      assertThat(picker.pick(null, null, Set.of())).contains(plain);
    }
    assertThat(picker.pick("basic", "lists", Set.of(plain.id()))).contains(plain);
  }

  @Test
  void theDailyPoolHoldsOnlyGradableQuestionsAndAPickStaysAmongTheGivenIds() {
    QuestionPicker picker = pickerOver(bank, Map.of());
    assertThat(picker.gradableIds(plain.level())).containsExactly(plain.id());
    for (int i = 0; i < 20; i++) {
      assertThat(picker.pickAmong(List.of(plain.id(), pandas.id(), "no-such-question"))).contains(plain);
    }
    assertThat(picker.pickAmong(List.of(pandas.id()))).isEmpty();
    assertThat(picker.pickAmong(List.of())).isEmpty();
  }

  @Test
  void aQuestionOnlyAMissingPackageCouldGradeIsNeverPickedAndIsExplained() {
    QuestionPicker picker = pickerOver(new QuestionBank(List.of(pandas), Map.of()), Map.of());
    assertThat(picker.pick(null, null, Set.of())).isEmpty();
    assertThat(picker.whyNone(pandas.level(), pandas.topic()))
        .isEqualTo("This server can't grade pandas questions: install python3-pandas and add "
            + "cpython to runner.backends.");
  }

  @Test
  void aBackendThatRefusedToStartIsNamedAsTheReason() {
    QuestionPicker picker = pickerOver(new QuestionBank(List.of(pandas), Map.of()),
        Map.of("cpython", "bwrap is not installed"));
    assertThat(picker.pick(null, null, Set.of())).isEmpty();
    assertThat(picker.whyNone(null, null)).contains("pandas").contains("cpython backend is off")
        .contains("bwrap is not installed");
  }

  @Test
  void anUnknownLevelOrTopicIsNamed() {
    QuestionPicker picker = pickerOver(bank, Map.of());
    assertThat(picker.whyNone("expert", null)).contains("no level `expert`").contains("basic");
    assertThat(picker.whyNone(null, "cobol")).contains("No question matches topic `cobol`")
        .contains("The topics are");
  }

  @Test
  void anUnknownTopicListsEveryTopic() {
    String why = pickerOver(bank, Map.of()).whyNone(null, "cobol");
    for (String topic : dailypy.questions.Catalog.TOPICS) {
      assertThat(why).as("names %s", topic).contains(topic);
    }
    assertThat(why).doesNotContain("…");
  }
}
