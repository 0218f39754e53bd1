package dailypy.questions;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

class QuestionLoaderTest {

  static final Path FIXTURES = Path.of("src/test/resources/questions-fixtures");

  static List<Problem> problemsIn(String bank, String file) {
    return QuestionLoader.load(FIXTURES.resolve(bank)).problems().stream()
        .filter(p -> p.file().getFileName().toString().equals(file)).toList();
  }

  @Test
  void loads_a_good_question_with_all_its_fields() {
    QuestionLoader.Result result = QuestionLoader.load(FIXTURES.resolve("good"));

    assertThat(result.problems()).isEmpty();
    Question q = result.bank().find("double-all").orElseThrow();
    assertThat(q.kind()).isEqualTo(Question.Kind.FUNCTION);
    assertThat(q.tests().cases()).hasSize(5);
    assertThat(q.tests().cases().get(3).hidden()).isTrue();
    assertThat(q.wrongSolutions().get(0).verdict()).isEqualTo(dailypy.runner.Verdict.FAILED);
  }

  @Test
  void an_unknown_key_names_file_line_and_field() {
    List<Problem> problems = problemsIn("broken", "unknown-key.yaml");

    assertThat(problems).hasSize(1);
    assertThat(problems.get(0).line()).isEqualTo(8);
    assertThat(problems.get(0).toString()).contains("unknown-key.yaml:8").contains("difficulty");
  }

  @Test
  void malformed_yaml_names_its_line() {
    List<Problem> problems = problemsIn("broken", "malformed.yaml");

    assertThat(problems).hasSize(1);
    assertThat(problems.get(0).message()).startsWith("malformed YAML");
    assertThat(problems.get(0).line()).isBetween(6, 8);
  }

  @Test
  void a_level_that_does_not_match_its_folder_is_reported() {
    List<Problem> problems = problemsIn("broken", "wrong-folder.yaml");

    assertThat(problems).singleElement().satisfies(p -> {
      assertThat(p.field()).isEqualTo("level");
      assertThat(p.line()).isEqualTo(3);
      assertThat(p.message()).contains("advanced").contains("basic");
    });
  }

  @Test
  void a_quiz_with_two_correct_options_is_reported() {
    assertThat(problemsIn("broken", "two-correct.yaml")).singleElement()
        .satisfies(p -> assertThat(p.message()).contains("exactly one correct option"));
  }

  @Test
  void a_prompt_too_long_for_an_embed_is_reported() {
    assertThat(problemsIn("broken", "long-prompt.yaml")).singleElement().satisfies(p -> {
      assertThat(p.field()).isEqualTo("prompt");
      assertThat(p.line()).isEqualTo(7);
      assertThat(p.message()).contains("4096");
    });
  }

  @Test
  void a_duplicate_id_names_both_files() {
    QuestionLoader.Result result = QuestionLoader.load(FIXTURES.resolve("dupe"));

    assertThat(result.problems()).singleElement().satisfies(p -> {
      assertThat(p.message()).contains("duplicate id 'double-all'").contains("lists");
    });
    assertThat(result.bank().size()).isEqualTo(1);
  }

  @Test
  void every_problem_of_a_bank_is_collected_not_just_the_first() {
    assertThat(QuestionLoader.load(FIXTURES.resolve("broken")).problems())
        .extracting(p -> p.file().getFileName().toString())
        .containsExactlyInAnyOrder("long-prompt.yaml", "malformed.yaml", "two-correct.yaml",
            "unknown-key.yaml", "wrong-folder.yaml");
  }

  @Test
  void the_real_bank_loads_without_problems() {
    QuestionLoader.Result result = QuestionLoader.load(Path.of("questions"));

    assertThat(result.problems()).isEmpty();
    assertThat(result.bank().size()).isGreaterThanOrEqualTo(150);
    for (String level : Catalog.LEVELS) {
      assertThat(result.bank().filter(level, null)).as(level).hasSizeGreaterThanOrEqualTo(40);
    }
    assertThat(result.bank().all().stream().filter(q -> q.source().equals("guide"))
        .map(Question::guideNumber).distinct()).hasSize(27);
  }
}
