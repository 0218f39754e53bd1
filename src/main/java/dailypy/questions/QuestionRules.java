package dailypy.questions;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Path;
import java.util.List;

/** The rules a schema cannot express: file placement, counts, and consistency between fields. */
final class QuestionRules {

  static final int MIN_CASES = 5;
  static final int MIN_HIDDEN = 2;
  /** Why a bank question cannot use {@code style: unittest} (the run-tests command still can). */
  static final String NO_UNITTEST = "style unittest is not allowed for bank questions: "
      + "assertEqual asks the submitter's own objects whether they are equal; write cases whose "
      + "last expression is the value under test (scenario cases for classes, see "
      + "docs/question-format.md)";

  private QuestionRules() {}

  /**
   * The rules that need only the parsed tree: file name and folders, and one correct quiz option.
   * Values the schema rejects (a missing id, an unknown level) are left to the schema's message.
   */
  static void checkTree(JsonNode tree, Path root, Path file, YamlLocations at,
      List<Problem> problems) {
    String fileName = file.getFileName().toString().replaceFirst("\\.ya?ml$", "");
    String id = tree.path("id").asText("");
    if (!id.isEmpty() && !id.equals(fileName)) {
      problems.add(new Problem(file, at.line("/id"), "id", "id '" + id
          + "' must match the file name '" + fileName + "'"));
    }
    Path relative = root.toAbsolutePath().normalize()
        .relativize(file.toAbsolutePath().normalize());
    if (relative.getNameCount() != 3) {
      problems.add(new Problem(file, 0, "", "a question lives at <level>/<topic>/<id>.yaml"));
    } else {
      String level = tree.path("level").asText("");
      String topic = tree.path("topic").asText("");
      if (Catalog.LEVELS.contains(level)) {
        expectFolder(level, relative.getName(0).toString(), "level", file, at, problems);
      }
      if (Catalog.TOPICS.contains(topic)) {
        expectFolder(topic, relative.getName(1).toString(), "topic", file, at, problems);
      }
    }
    if ("quiz".equals(tree.path("kind").asText()) && tree.path("options").isArray()) {
      int correct = 0;
      for (JsonNode o : tree.path("options")) {
        if (o.path("correct").asBoolean(false)) {
          correct++;
        }
      }
      if (correct != 1) {
        problems.add(new Problem(file, at.line("/options"), "options", "a quiz needs exactly "
            + "one correct option, this one has " + correct));
      }
    }
  }

  /** The rules checked on a question that passed the schema. */
  static void check(Question q, Path root, Path file, YamlLocations at, List<Problem> problems) {
    if (q.prompt().length() > Catalog.MAX_PROMPT_CHARS) {
      problems.add(new Problem(file, at.line("/prompt"), "prompt", "the prompt has "
          + q.prompt().length() + " characters; a prompt may have at most "
          + Catalog.MAX_PROMPT_CHARS));
    }
    q.kind().fieldRules().check(q, file, at, problems);
  }

  /** The rules one kind of question adds to the schema; see {@link Question.Kind}. */
  @FunctionalInterface
  interface FieldRules {
    FieldRules NONE = (q, file, at, problems) -> { };

    void check(Question q, Path file, YamlLocations at, List<Problem> problems);
  }

  private static void expectFolder(String value, String folder, String field, Path file,
      YamlLocations at, List<Problem> problems) {
    if (!value.equals(folder)) {
      problems.add(new Problem(file, at.line("/" + field), field, field + " '" + value
          + "' does not match its folder '" + folder + "'"));
    }
  }

  static void checkCodeTests(Question q, Path file, YamlLocations at,
      List<Problem> problems) {
    Question.Tests tests = q.tests();
    switch (tests.style()) {
      case "cases" -> {
        long hidden = tests.cases().stream().filter(Question.Case::hidden).count();
        if (tests.cases().size() < MIN_CASES || hidden < MIN_HIDDEN) {
          problems.add(new Problem(file, at.line("/tests/cases"), "tests.cases", "needs at "
              + "least " + MIN_CASES + " cases of which " + MIN_HIDDEN + " hidden; has "
              + tests.cases().size() + " with " + hidden + " hidden"));
        }
        checkClaims(tests.cases(), file, at, problems);
        if (tests.random() != null) {
          ClaimRule.violation(tests.random().call()).ifPresent(why -> problems.add(new Problem(
              file, at.line("/tests/random/call"), "tests.random.call", "the last expression is "
                  + why + ": make it the value under test itself, as for a case")));
        }
      }
      case "unittest" -> problems.add(new Problem(file, at.line("/tests/style"), "tests.style",
          NO_UNITTEST));
      default -> problems.add(new Problem(file, at.line("/tests/style"), "tests.style",
          "a " + q.kind().yamlName() + " question is tested with cases"));
    }
  }

  /**
   * The value under test carries the answer: a case compared with an expected value must not end
   * with a comparison, a boolean operation or a call such as len() (see {@link ClaimRule}). A
   * case with {@code raises} has no value to compare and is not checked.
   */
  private static void checkClaims(List<Question.Case> cases, Path file, YamlLocations at,
      List<Problem> problems) {
    for (int i = 0; i < cases.size(); i++) {
      Question.Case c = cases.get(i);
      if (c.expected() == null) {
        continue;
      }
      int index = i;
      ClaimRule.violation(c.call()).ifPresent(why -> problems.add(new Problem(file,
          at.line("/tests/cases/" + index + "/call"), "tests.cases[" + index + "].call",
          "the last expression is " + why + ": it sends back a bit or a count that a submission "
              + "can fake without solving; make the last expression the value under test itself "
              + "(the list, the object's state, a tuple of results), and adjust expected")));
    }
  }

  static void checkTestWriting(Question q, Path file, YamlLocations at,
      List<Problem> problems) {
    Question.Tests tests = q.tests();
    if (!"test-writing".equals(tests.style()) || tests.reference() == null
        || tests.moduleName() == null || tests.mutants().isEmpty() || tests.random() != null) {
      problems.add(new Problem(file, at.line("/tests"), "tests", "a test-writing question needs "
          + "style test-writing, module_name, reference and at least one mutant, and no random "
          + "cases"));
    }
  }
}
