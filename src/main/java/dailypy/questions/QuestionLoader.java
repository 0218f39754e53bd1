package dailypy.questions;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.StreamReadFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import com.networknt.schema.JsonNodePath;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SpecVersion;
import com.networknt.schema.ValidationMessage;
import dailypy.runner.Constraint;
import dailypy.runner.TestSpec;
import dailypy.runner.Verdict;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Stream;

/**
 * Loads {@code <root>/<level>/<topic>/<id>.yaml} files into a {@link QuestionBank}. Every file is
 * checked against the JSON Schema and the rules the schema cannot express (folder and file name,
 * duplicate ids, one correct quiz option, enough hidden cases); all problems in the whole bank are
 * collected and thrown together as a {@link QuestionBankException}, each with file, line and field.
 */
public final class QuestionLoader {

  /** A Discord embed description holds at most this many characters. */
  public static final int MAX_PROMPT = 4096;
  static final int MIN_CASES = 5;
  static final int MIN_HIDDEN_CASES = 2;
  static final double DEFAULT_TOLERANCE = 1e-9;

  private static final ObjectMapper YAML = YAMLMapper.builder()
      .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
      .build();
  private final JsonSchema schema;

  private QuestionLoader(JsonSchema schema) {
    this.schema = schema;
  }

  /** A loader using the JSON Schema in {@code schemaFile}. */
  public static QuestionLoader withSchema(Path schemaFile) {
    try {
      JsonNode node = new ObjectMapper().readTree(Files.readString(schemaFile));
      JsonSchema schema = JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V202012)
          .getSchema(node);
      return new QuestionLoader(schema);
    } catch (java.nio.file.NoSuchFileException e) {
      throw new QuestionBankException(List.of(new QuestionProblem(schemaFile, 0, "",
          "the question schema is missing")));
    } catch (IOException e) {
      throw new QuestionBankException(List.of(new QuestionProblem(schemaFile, 0, "",
          "cannot read the question schema: " + e.getMessage())));
    }
  }

  /** Loads the bank in {@code root}, with the schema at {@code root/question.schema.json}. */
  public static QuestionBank loadBank(Path root) {
    return withSchema(root.resolve("question.schema.json")).load(root);
  }

  /**
   * Loads every question under {@code root}.
   *
   * @throws QuestionBankException listing every problem found, if there is any
   */
  public QuestionBank load(Path root) {
    List<QuestionProblem> problems = new ArrayList<>();
    List<Path> files;
    try (Stream<Path> walk = Files.walk(root)) {
      files = walk.filter(Files::isRegularFile)
          .filter(p -> p.toString().endsWith(".yaml") || p.toString().endsWith(".yml"))
          .sorted(Comparator.comparing(Path::toString))
          .toList();
    } catch (IOException e) {
      throw new QuestionBankException(List.of(new QuestionProblem(root, 0, "",
          "cannot read the question folder: " + e.getMessage())));
    }
    List<Question> questions = new ArrayList<>();
    Map<String, Path> seen = new HashMap<>();
    for (Path file : files) {
      Optional<Question> q = loadFile(root, file, problems);
      if (q.isEmpty()) {
        continue;
      }
      Path first = seen.putIfAbsent(q.get().id(), file);
      if (first != null) {
        int line = YamlLocations.of(readQuietly(file)).line("id");
        problems.add(new QuestionProblem(file, line, "id",
            "duplicate id `" + q.get().id() + "`, already used by " + first));
      } else {
        questions.add(q.get());
      }
    }
    if (!problems.isEmpty()) {
      throw new QuestionBankException(problems);
    }
    return new QuestionBank(questions);
  }

  /**
   * Loads one file, adding its problems to {@code problems}; the folder rules apply when the file
   * lies under {@code root} as {@code <level>/<topic>/<id>.yaml}.
   */
  public Optional<Question> loadFile(Path root, Path file, List<QuestionProblem> problems) {
    String text;
    try {
      text = Files.readString(file);
    } catch (IOException e) {
      problems.add(new QuestionProblem(file, 0, "", "cannot read: " + e.getMessage()));
      return Optional.empty();
    }
    JsonNode node;
    try {
      node = YAML.readTree(text);
    } catch (JsonProcessingException e) {
      int line = e.getLocation() == null ? 0 : e.getLocation().getLineNr();
      problems.add(new QuestionProblem(file, line, "",
          "not valid YAML: " + firstLine(e.getOriginalMessage())));
      return Optional.empty();
    }
    if (node == null || !node.isObject()) {
      problems.add(new QuestionProblem(file, 1, "", "must be a YAML mapping of question fields"));
      return Optional.empty();
    }
    YamlLocations where = YamlLocations.of(text);
    int before = problems.size();
    for (ValidationMessage m : sorted(schema.validate(node))) {
      String path = path(m.getInstanceLocation());
      String field = path;
      if (m.getProperty() != null && ("additionalProperties".equals(m.getType()))) {
        field = YamlLocations.join(path, m.getProperty());
      }
      problems.add(new QuestionProblem(file, where.line(field), field, describe(m, node)));
    }
    checkPlacement(root, file, node, where, problems);
    checkRules(file, node, where, problems);
    if (problems.size() > before) {
      return Optional.empty();
    }
    return Optional.of(toQuestion(node, file));
  }

  private static void checkPlacement(Path root, Path file, JsonNode node, YamlLocations where,
      List<QuestionProblem> problems) {
    String name = file.getFileName().toString();
    String stem = name.substring(0, name.lastIndexOf('.'));
    String id = node.path("id").asText("");
    if (!id.isEmpty() && !id.equals(stem)) {
      problems.add(new QuestionProblem(file, where.line("id"), "id",
          "id `" + id + "` does not match the file name `" + name + "` (expected id `" + stem
              + "`)"));
    }
    Path rel = root.toAbsolutePath().normalize().relativize(file.toAbsolutePath().normalize());
    if (rel.getNameCount() != 3) {
      problems.add(new QuestionProblem(file, 0, "",
          "must be at <level>/<topic>/<id>.yaml under " + root));
      return;
    }
    checkFolder(file, node, where, "level", rel.getName(0).toString(), Taxonomy.LEVELS, problems);
    checkFolder(file, node, where, "topic", rel.getName(1).toString(), Taxonomy.TOPICS, problems);
  }

  private static void checkFolder(Path file, JsonNode node, YamlLocations where, String field,
      String folder, List<String> allowed, List<QuestionProblem> problems) {
    String value = node.path(field).asText("");
    if (!allowed.contains(folder)) {
      problems.add(new QuestionProblem(file, 0, "", "folder `" + folder + "` is not a " + field
          + "; " + field + "s are " + String.join(", ", allowed)));
    } else if (!value.isEmpty() && allowed.contains(value) && !value.equals(folder)) {
      problems.add(new QuestionProblem(file, where.line(field), field,
          field + " `" + value + "` does not match the folder `" + folder + "`"));
    }
  }

  /** The rules of docs/question-format.md that JSON Schema cannot express. */
  private static void checkRules(Path file, JsonNode node, YamlLocations where,
      List<QuestionProblem> problems) {
    String kind = node.path("kind").asText("");
    if (kind.equals("quiz") && node.path("options").isArray()) {
      long correct = 0;
      for (JsonNode o : node.path("options")) {
        if (o.path("correct").asBoolean(false)) {
          correct++;
        }
      }
      if (correct != 1) {
        problems.add(new QuestionProblem(file, where.line("options"), "options",
            "a quiz needs exactly one option with `correct: true`, found " + correct));
      }
    }
    JsonNode tests = node.path("tests");
    if ("cases".equals(tests.path("style").asText()) && tests.path("cases").isArray()) {
      int total = tests.path("cases").size();
      int hidden = 0;
      for (JsonNode c : tests.path("cases")) {
        if (c.path("hidden").asBoolean(false)) {
          hidden++;
        }
      }
      if (total < MIN_CASES || hidden < MIN_HIDDEN_CASES) {
        problems.add(new QuestionProblem(file, where.line("tests.cases"), "tests.cases",
            "needs at least " + MIN_CASES + " cases of which at least " + MIN_HIDDEN_CASES
                + " are hidden; found " + total + " with " + hidden + " hidden"));
      }
    }
  }

  /** A friendlier message for the common schema errors; the validator's own otherwise. */
  private static String describe(ValidationMessage m, JsonNode node) {
    String type = m.getType();
    String path = path(m.getInstanceLocation());
    JsonNode value = at(node, m.getInstanceLocation());
    switch (type) {
      case "additionalProperties":
        return "unknown key `" + m.getProperty() + "`";
      case "required":
        return "missing required field `" + m.getProperty() + "`"
            + (path.isEmpty() ? " for kind `" + node.path("kind").asText("?") + "`" : "");
      case "false":
        return "not allowed for kind `" + node.path("kind").asText("?") + "`";
      case "maxLength":
        if (path.equals("prompt")) {
          return "prompt is " + value.asText().codePointCount(0, value.asText().length())
              + " characters; a Discord embed description holds at most " + MAX_PROMPT;
        }
        break;
      case "enum":
        if (path.equals("level")) {
          return "unknown level `" + value.asText() + "`; levels are "
              + String.join(", ", Taxonomy.LEVELS);
        }
        if (path.equals("topic")) {
          return "unknown topic `" + value.asText() + "`; topics are "
              + String.join(", ", Taxonomy.TOPICS);
        }
        break;
      case "minItems":
        if (path.equals("hints")) {
          return "needs at least 2 hints, from a nudge to almost the answer; found "
              + value.size();
        }
        break;
      default:
        break;
    }
    String msg = m.getMessage();
    String prefix = m.getInstanceLocation().toString() + ": ";
    return msg.startsWith(prefix) ? msg.substring(prefix.length()) : msg;
  }

  private static List<ValidationMessage> sorted(Set<ValidationMessage> messages) {
    return messages.stream()
        .sorted(Comparator.comparing((ValidationMessage m) -> m.getInstanceLocation().toString())
            .thenComparing(ValidationMessage::getMessage))
        .toList();
  }

  /** A networknt instance location as {@code tests.cases[2].expected}. */
  static String path(JsonNodePath location) {
    StringBuilder sb = new StringBuilder();
    for (int i = 0; i < location.getNameCount(); i++) {
      Object e = location.getElement(i);
      if (e instanceof Integer index) {
        sb.append('[').append(index).append(']');
      } else {
        if (!sb.isEmpty()) {
          sb.append('.');
        }
        sb.append(e);
      }
    }
    return sb.toString();
  }

  private static JsonNode at(JsonNode root, JsonNodePath location) {
    JsonNode n = root;
    for (int i = 0; i < location.getNameCount(); i++) {
      Object e = location.getElement(i);
      n = e instanceof Integer index ? n.path(index) : n.path(e.toString());
    }
    return n;
  }

  // ---- building the model from a node that passed every check ----

  static Question toQuestion(JsonNode n, Path file) {
    Kind kind = Kind.fromYaml(n.path("kind").asText()).orElseThrow();
    return new Question(
        n.path("id").asText(),
        n.path("title").asText(),
        n.path("level").asText(),
        n.path("topic").asText(),
        kind,
        n.path("source").asText(),
        optionalInt(n.path("guide_number")),
        n.path("prompt").asText(),
        text(n, "starter"),
        kind.isCode() ? tests(n.path("tests")) : null,
        list(n.path("constraints"), c -> new Constraint(c.path("forbid").asText(),
            c.path("name").asText(), c.path("message").asText())),
        list(n.path("hints"), JsonNode::asText),
        n.path("explanation").asText(),
        text(n, "solution"),
        list(n.path("wrong_solutions"), w -> new WrongSolution(w.path("name").asText(),
            w.path("code").asText(), Verdict.valueOf(w.path("verdict").asText()))),
        new LinkedHashSet<>(list(n.path("requires"), JsonNode::asText)),
        optionalInt(n.path("limits").path("time_ms")),
        list(n.path("tags"), JsonNode::asText),
        list(n.path("options"), o -> new QuizOption(o.path("text").asText(),
            o.path("correct").asBoolean(), o.path("why").asText())),
        text(n, "snippet"),
        text(n, "expected_output"),
        list(n.path("wrong_answers"), JsonNode::asText),
        file);
  }

  private static TestSpec tests(JsonNode t) {
    return switch (t.path("style").asText()) {
      case "cases" -> new TestSpec.Cases(list(t.path("cases"), c -> new TestSpec.Case(
          c.hasNonNull("name") ? c.path("name").asText() : null,
          c.path("call").asText(),
          c.hasNonNull("expected") ? c.path("expected").asText() : null,
          c.hasNonNull("raises") ? c.path("raises").asText() : null,
          c.path("hidden").asBoolean(false),
          c.path("unordered").asBoolean(false),
          c.path("tolerance").asDouble(DEFAULT_TOLERANCE))));
      case "unittest" -> new TestSpec.Unittest(t.path("module").asText());
      case "test-writing" -> new TestSpec.TestWriting(t.path("module_name").asText(),
          t.path("reference").asText(), list(t.path("mutants"), m -> new TestSpec.Mutant(
              m.path("name").asText(), m.path("code").asText(), m.path("hidden").asBoolean())));
      default -> throw new IllegalStateException("schema admitted style " + t.path("style"));
    };
  }

  private static <T> List<T> list(JsonNode array, Function<JsonNode, T> f) {
    List<T> out = new ArrayList<>();
    for (JsonNode e : array) {
      out.add(f.apply(e));
    }
    return out;
  }

  private static String text(JsonNode n, String field) {
    return n.hasNonNull(field) ? n.path(field).asText() : "";
  }

  private static OptionalInt optionalInt(JsonNode n) {
    return n.isInt() ? OptionalInt.of(n.asInt()) : OptionalInt.empty();
  }

  private static String firstLine(String s) {
    if (s == null) {
      return "";
    }
    int nl = s.indexOf('\n');
    return nl < 0 ? s : s.substring(0, nl);
  }

  private static String readQuietly(Path file) {
    try {
      return Files.readString(file);
    } catch (IOException e) {
      return "";
    }
  }
}
