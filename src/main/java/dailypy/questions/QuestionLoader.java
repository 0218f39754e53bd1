package dailypy.questions;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.StreamReadFeature;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SpecVersion;
import com.networknt.schema.ValidationMessage;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.charset.MalformedInputException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;

/**
 * Reads the bank: every {@code <level>/<topic>/<id>.yaml} under a folder. It collects every
 * problem in every file (schema, unknown keys, duplicates, misplaced files) instead of stopping at
 * the first, and never throws for a bad file.
 */
public final class QuestionLoader {

  private static final String SCHEMA_RESOURCE = "/dailypy/questions/question.schema.json";
  private static final ObjectMapper YAML = YAMLMapper.builder()
      .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
      // a key written twice would otherwise silently keep the last value
      .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
      .build();
  private static final JsonSchema SCHEMA = loadSchema();

  private QuestionLoader() {}

  /** The bank and every problem found; the bank holds only the questions without problems. */
  public record Result(QuestionBank bank, List<Problem> problems) {
    public boolean ok() {
      return problems.isEmpty();
    }
  }

  public static Result load(Path root) {
    List<Problem> problems = new ArrayList<>();
    if (!Files.isDirectory(root)) {
      problems.add(new Problem(root, 0, "", "the question folder does not exist"));
      return new Result(new QuestionBank(List.of(), Map.of()), problems);
    }
    List<Path> files;
    // following links: a bank folder may be a symbolic link to a checkout elsewhere
    try (Stream<Path> walk = Files.walk(root, 4, java.nio.file.FileVisitOption.FOLLOW_LINKS)) {
      files = walk.filter(p -> p.toString().endsWith(".yaml") || p.toString().endsWith(".yml"))
          .sorted(Comparator.comparing(Path::toString)).toList();
    } catch (IOException | UncheckedIOException e) {
      problems.add(new Problem(root, 0, "", "cannot list the question folder: " + e.getMessage()));
      return new Result(new QuestionBank(List.of(), Map.of()), problems);
    }
    List<Question> questions = new ArrayList<>();
    Map<String, Path> origins = new HashMap<>();
    for (Path file : files) {
      List<Problem> fileProblems = new ArrayList<>();
      Question q = loadFile(root, file, fileProblems);
      if (q != null && origins.containsKey(q.id())) {
        fileProblems.add(new Problem(file, 1, "id", "duplicate id '" + q.id()
            + "', also used by " + origins.get(q.id())));
      }
      problems.addAll(fileProblems);
      if (q != null && fileProblems.isEmpty()) {
        questions.add(q);
        origins.put(q.id(), file);
      }
    }
    return new Result(new QuestionBank(questions, origins), problems);
  }

  /** Loads one file; returns null (with problems) when it cannot be read as a question. */
  public static Question loadFile(Path root, Path file, List<Problem> problems) {
    String text;
    try {
      text = Files.readString(file, StandardCharsets.UTF_8);
    } catch (MalformedInputException e) {
      problems.add(new Problem(file, 0, "", "the file is not UTF-8 text"));
      return null;
    } catch (IOException e) {
      problems.add(new Problem(file, 0, "", "cannot read the file: " + e.getMessage()));
      return null;
    }
    JsonNode tree;
    try {
      tree = YAML.readTree(text);
    } catch (JsonProcessingException e) {
      problems.add(new Problem(file, line(e.getLocation()), "", "malformed YAML: "
          + firstLine(e.getOriginalMessage())));
      return null;
    }
    if (tree == null || !tree.isObject()) {
      problems.add(new Problem(file, 1, "", "a question file must be a YAML mapping of keys"));
      return null;
    }
    YamlLocations locations = YamlLocations.of(text);
    // Placement and the quiz answer are checked on the tree, so they are reported even when the
    // schema finds other problems in the same file.
    QuestionRules.checkTree(tree, root, file, locations, problems);
    Set<ValidationMessage> violations = SCHEMA.validate(tree);
    for (ValidationMessage v : sorted(violations)) {
      String pointer = v.getInstanceLocation().toString().replace("$", "")
          .replaceAll("\\.", "/").replaceAll("\\[(\\d+)]", "/$1");
      String field = fieldName(v);
      String fieldPointer = pointer + (v.getProperty() != null
          && !pointer.endsWith("/" + v.getProperty()) ? "/" + v.getProperty() : "");
      problems.add(new Problem(file, locations.line(fieldPointer), field, describe(v, tree)));
    }
    if (!problems.isEmpty()) {
      return null;
    }
    Question q;
    try {
      q = YAML.treeToValue(tree, Question.class);
    } catch (JsonMappingException e) {
      String field = e.getPath().stream().map(r -> r.getFieldName() != null ? r.getFieldName()
          : "[" + r.getIndex() + "]").reduce((a, b) -> b.startsWith("[") ? a + b : a + "." + b)
          .orElse("");
      problems.add(new Problem(file, locations.line("/" + field.replace(".", "/")
          .replaceAll("\\[(\\d+)]", "/$1")), field, e.getOriginalMessage()));
      return null;
    } catch (JsonProcessingException e) {
      problems.add(new Problem(file, line(e.getLocation()), "", e.getOriginalMessage()));
      return null;
    }
    QuestionRules.check(q, root, file, locations, problems);
    return QuizOrder.shuffled(q);
  }

  /** A plainer message for the schema errors authors meet most; the validator's otherwise. */
  private static String describe(ValidationMessage v, JsonNode tree) {
    String path = v.getInstanceLocation().toString().replaceFirst("^\\$\\.?", "");
    String kind = tree.path("kind").asText("?");
    switch (v.getType()) {
      case "additionalProperties" -> {
        return "unknown key '" + v.getProperty() + "'";
      }
      case "required" -> {
        return "missing required field '" + v.getProperty() + "'"
            + (path.isEmpty() ? " (kind " + kind + ")" : "");
      }
      case "enum" -> {
        if (path.equals("tests.style") && "unittest".equals(tree.path("tests").path("style")
            .asText())) {
          return QuestionRules.NO_UNITTEST;
        }
        if (path.equals("level") || path.equals("topic")) {
          List<String> allowed = path.equals("level") ? Catalog.LEVELS
              : Catalog.TOPICS.stream().sorted().toList();
          return "unknown " + path + " '" + tree.path(path).asText() + "'; " + path + "s are "
              + String.join(", ", allowed);
        }
      }
      case "minItems" -> {
        if (path.equals("hints")) {
          return "needs at least 2 hints, from a nudge to almost the answer; has "
              + tree.path("hints").size();
        }
      }
      default -> { }
    }
    return v.getMessage().replaceFirst("^\\$[^:]*: ", "");
  }

  private static String firstLine(String s) {
    if (s == null) {
      return "";
    }
    int nl = s.indexOf('\n');
    return nl < 0 ? s : s.substring(0, nl);
  }

  private static String fieldName(ValidationMessage v) {
    String path = v.getInstanceLocation().toString().replaceFirst("^\\$\\.?", "");
    String property = v.getProperty();
    if (property != null && !path.endsWith(property)) {
      path = path.isEmpty() ? property : path + "." + property;
    }
    return path;
  }

  private static List<ValidationMessage> sorted(Set<ValidationMessage> messages) {
    return messages.stream().sorted(Comparator.comparing(v -> v.getInstanceLocation()
        .toString())).toList();
  }

  private static int line(JsonLocation location) {
    return location == null ? 0 : Math.max(0, location.getLineNr());
  }

  private static JsonSchema loadSchema() {
    try (InputStream in = QuestionLoader.class.getResourceAsStream(SCHEMA_RESOURCE)) {
      if (in == null) {
        throw new IllegalStateException("missing " + SCHEMA_RESOURCE);
      }
      return JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V7).getSchema(in);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
