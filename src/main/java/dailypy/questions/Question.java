package dailypy.questions;

import com.fasterxml.jackson.annotation.JsonProperty;
import dailypy.verdict.Verdict;
import java.util.List;

/**
 * One question of the bank, exactly as its YAML file says (see docs/question-format.md). Field
 * names follow the file's snake_case keys.
 */
public record Question(
    String id,
    String title,
    String level,
    String topic,
    Kind kind,
    String source,
    @JsonProperty("guide_number") Integer guideNumber,
    String prompt,
    String starter,
    Tests tests,
    List<QuestionConstraint> constraints,
    List<String> hints,
    String explanation,
    String solution,
    @JsonProperty("wrong_solutions") List<WrongSolution> wrongSolutions,
    List<String> requires,
    QuestionLimits limits,
    List<String> tags,
    List<Option> options,
    String snippet,
    @JsonProperty("expected_output") String expectedOutput,
    @JsonProperty("wrong_answers") List<String> wrongAnswers) {

  public Question {
    constraints = constraints == null ? List.of() : List.copyOf(constraints);
    hints = hints == null ? List.of() : List.copyOf(hints);
    wrongSolutions = wrongSolutions == null ? List.of() : List.copyOf(wrongSolutions);
    requires = requires == null ? List.of() : List.copyOf(requires);
    tags = tags == null ? List.of() : List.copyOf(tags);
    options = options == null ? List.of() : List.copyOf(options);
    wrongAnswers = wrongAnswers == null ? List.of() : List.copyOf(wrongAnswers);
  }

  /**
   * What the user hands in. Each kind says how it is shown ({@link #presentation}), how it is
   * answered ({@link #answerForm}), which fields its file must carry ({@link #fieldRules}) and what
   * revealing it shows ({@link #reveal}); how it is graded and proved belongs to its answer form in
   * {@code dailypy.grading}. Front ends ask the kind and never switch on it.
   */
  public enum Kind {
    @JsonProperty("function") FUNCTION("function", AnswerForm.CODE, QuestionRules::checkCodeTests),
    @JsonProperty("class") CLASS("class", AnswerForm.CODE, QuestionRules::checkCodeTests),
    @JsonProperty("test-writing") TEST_WRITING("test-writing", AnswerForm.CODE,
        QuestionRules::checkTestWriting),
    // a quiz's one correct option is checked on the YAML tree, before it becomes a Question
    @JsonProperty("quiz") QUIZ("quiz", AnswerForm.CHOICE, QuestionRules.FieldRules.NONE),
    @JsonProperty("output") OUTPUT("output", AnswerForm.PREDICTION, QuestionRules.FieldRules.NONE);

    private final String yamlName;
    private final AnswerForm answerForm;
    private final QuestionRules.FieldRules fieldRules;

    Kind(String yamlName, AnswerForm answerForm, QuestionRules.FieldRules fieldRules) {
      this.yamlName = yamlName;
      this.answerForm = answerForm;
      this.fieldRules = fieldRules;
    }

    /** True when the answer is code that runs in the sandbox. */
    public boolean runsCode() {
      return answerForm.runsAnswer();
    }

    /** True when grading runs code at all: the answer itself, or an output question's snippet. */
    public boolean needsRunner() {
      return answerForm != AnswerForm.CHOICE;
    }

    public AnswerForm answerForm() {
      return answerForm;
    }

    public String yamlName() {
      return yamlName;
    }

    /** The rules a question file of this kind must follow beyond the schema. */
    QuestionRules.FieldRules fieldRules() {
      return fieldRules;
    }

    /** What the question shows: an output question's snippet is part of its prompt. */
    public Presentation presentation(Question q) {
      return switch (answerForm) {
        case CODE -> new Presentation(q.prompt(), "Starter code", q.starter(), List.of(),
            answerForm);
        case CHOICE -> new Presentation(q.prompt(), "", "", q.options(), answerForm);
        case PREDICTION -> new Presentation(q.prompt(), "", q.snippet(), List.of(), answerForm);
      };
    }

    /** What revealing the answer shows: never the hidden tests, only what teaches. */
    public Reveal reveal(Question q) {
      return switch (answerForm) {
        case CODE -> new Reveal(q.explanation(), List.of(), "Reference solution", "python",
            q.solution());
        case CHOICE -> new Reveal(q.explanation(), q.options(), "", "", "");
        case PREDICTION -> new Reveal(q.explanation(), List.of(), "It prints", "",
            q.expectedOutput());
      };
    }
  }

  public boolean performance() {
    return tags.contains("performance");
  }

  /** How code answers are tested. */
  public record Tests(
      String style,
      List<Case> cases,
      @JsonProperty("module_name") String moduleName,
      String reference,
      List<Mutant> mutants,
      RandomCases random) {

    public Tests {
      cases = cases == null ? List.of() : List.copyOf(cases);
      mutants = mutants == null ? List.of() : List.copyOf(mutants);
    }

    public Tests(String style, List<Case> cases, String moduleName, String reference,
        List<Mutant> mutants) {
      this(style, cases, moduleName, reference, mutants, null);
    }
  }

  /**
   * Random hidden cases: {@code generator} is Python source defining {@code generate(rng, i)},
   * which returns the argument tuple of case {@code i} from a {@code random.Random(seed)}; each
   * case runs {@code call} with {@code args} bound to that tuple, and its expected value is what
   * the reference solution returns for the same call. Both run only in the answer-key
   * interpreter (docs/question-format.md, "Random cases"). Where the reference raises one of
   * {@code raises} for a generated input, the case expects that exception.
   */
  public record RandomCases(Integer count, Long seed, String generator, String call,
      List<String> raises, boolean unordered, Double tolerance) {}

  public record Case(String name, String call, String expected, String raises, boolean hidden,
      boolean unordered, Double tolerance) {}

  public record Mutant(String name, String code, boolean hidden) {}

  public record QuestionConstraint(String forbid, String name, String message) {}

  public record WrongSolution(String name, String code, Verdict verdict) {}

  public record QuestionLimits(@JsonProperty("time_ms") Integer timeMs) {}

  public record Option(String text, boolean correct, String why) {}
}
