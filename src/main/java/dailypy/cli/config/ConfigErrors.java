package dailypy.cli.config;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;
import dailypy.questions.YamlLocations;
import org.yaml.snakeyaml.error.Mark;
import org.yaml.snakeyaml.error.MarkedYAMLException;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * Jackson's errors about a config file, said in plain words: the file, the line of the key (the
 * parser stops reading past it, so its own line is often the next one), the key, what it must be
 * and what it was. No Java class names.
 */
public final class ConfigErrors {
  /** A check's message starts with the key it is about, such as {@code runner.workers must ...}. */
  private static final Pattern KEY = Pattern.compile("^([a-z_]+(?:\\.[a-z_]+)+)\\b");
  /** SnakeYAML's location suffix, which the line and column in front replace. */
  private static final Pattern SNAKE_MARK = Pattern.compile("\\s*in 'reader', line \\d+, column \\d+:?.*",
      Pattern.DOTALL);

  private ConfigErrors() {}

  /** {@code :line:column: not valid YAML: <problem>} for a document that does not parse. */
  public static String syntax(JsonProcessingException e) {
    Matcher duplicate = Pattern.compile("Duplicate field '([^']*)'")
        .matcher(e.getOriginalMessage() == null ? "" : e.getOriginalMessage());
    if (duplicate.find()) {
      return where(e.getLocation()) + ": the key '" + duplicate.group(1)
          + "' appears twice in the same section; keep one";
    }
    for (Throwable t = e; t != null; t = t.getCause()) {
      if (t instanceof MarkedYAMLException marked && marked.getProblemMark() != null) {
        return yamlProblem(marked);
      }
    }
    return where(e.getLocation()) + ": not valid YAML: " + plain(e.getOriginalMessage());
  }

  /**
   * SnakeYAML says "while scanning X (here) ... found Y (there)". An unclosed quote or bracket is
   * reported where it opened; anything else where the parser stopped, with what it found.
   */
  private static String yamlProblem(MarkedYAMLException e) {
    String context = e.getContext() == null ? "" : e.getContext();
    Mark opened = e.getContextMark();
    if (opened != null && context.contains("quoted scalar")) {
      return at(opened) + ": not valid YAML: the quote that starts here is never closed";
    }
    if (opened != null && context.contains("flow sequence")) {
      return at(opened) + ": not valid YAML: the [ list that starts here is never closed";
    }
    if (opened != null && context.contains("flow mapping")) {
      return at(opened) + ": not valid YAML: the { section that starts here is never closed";
    }
    String problem = plain(e.getProblem());
    if (problem.contains("(TAB)")) {
      problem = "a tab where YAML expects spaces; indent with spaces";
    } else if (problem.contains("'<stream end>'")) {
      problem = "the file ends in the middle of a value (is a [ or { never closed?)";
    } else if (problem.startsWith("mapping values are not allowed here")) {
      problem += " (is a key indented differently from the keys beside it, or does a value "
          + "hold ': ' without quotes?)";
    }
    return at(e.getProblemMark()) + ": not valid YAML: " + problem;
  }

  private static String at(Mark mark) {
    return ":" + (mark.getLine() + 1) + ":" + (mark.getColumn() + 1);
  }

  private static String where(JsonLocation at) {
    return at == null ? "" : ":" + at.getLineNr() + ":" + at.getColumnNr();
  }

  private static String plain(String message) {
    String text = SNAKE_MARK.matcher(message == null ? "" : message).replaceAll("");
    return text.lines().map(String::strip).filter(l -> !l.isEmpty())
        .collect(Collectors.joining(" "));
  }

  /** {@code file:line: <key> <what is wrong>} for a document that parses but does not fit. */
  public static String mapping(JsonProcessingException e, JsonNode tree, YamlLocations lines,
      String source) {
    if (e instanceof UnrecognizedPropertyException u) {
      String key = key(u.getPath());
      String known = known(u.getKnownPropertyIds());
      return source + ":" + lines.line(pointer(key)) + ": unknown key '" + key + "'"
          + (known.isEmpty() ? "" : " (known keys here: " + known + ")");
    }
    if (e.getCause() instanceof ConfigException check) {
      Matcher m = KEY.matcher(check.getMessage());
      int line = m.find() ? lines.line(pointer(m.group(1)))
          : lines.line(pointer(key(((JsonMappingException) e).getPath())));
      return source + ":" + line + ": " + check.getMessage();
    }
    if (e instanceof MismatchedInputException mismatch && !mismatch.getPath().isEmpty()) {
      String key = key(mismatch.getPath());
      return source + ":" + lines.line(pointer(key)) + ": " + key + " must be "
          + expected(mismatch.getTargetType()) + ", got " + describe(tree.at(pointer(key)));
    }
    if (e instanceof JsonMappingException m && !m.getPath().isEmpty()) {
      String key = key(m.getPath());
      return source + ":" + lines.line(pointer(key)) + ": " + key + " has a value that cannot be "
          + "used: " + describe(tree.at(pointer(key)));
    }
    return source + ": the config cannot be read: " + plain(e.getOriginalMessage());
  }

  /** A YAML value as the user wrote it, briefly. */
  public static String describe(JsonNode node) {
    if (node == null || node.isMissingNode() || node.isNull()) {
      return "nothing";
    }
    if (node.isObject()) {
      return "a section of keys";
    }
    if (node.isArray()) {
      return "a list";
    }
    String text = node.asText();
    return node.isTextual() ? "\"" + (text.length() > 40 ? text.substring(0, 40) + "…" : text) + "\""
        : text;
  }

  private static String expected(Class<?> type) {
    if (type == null) {
      return "a different kind of value";
    }
    if (type == Integer.class || type == int.class || type == Long.class || type == long.class) {
      return "a whole number";
    }
    if (type == Boolean.class || type == boolean.class) {
      return "true or false";
    }
    if (type == String.class) {
      return "text";
    }
    if (List.class.isAssignableFrom(type) || Collection.class.isAssignableFrom(type)) {
      return "a list, such as [graalpy, cpython]";
    }
    if (Map.class.isAssignableFrom(type) || type.isRecord()) {
      return "a section of keys";
    }
    return "a different kind of value";
  }

  private static String key(List<JsonMappingException.Reference> path) {
    return path.stream()
        .map(r -> r.getFieldName() != null ? r.getFieldName() : "[" + r.getIndex() + "]")
        .collect(Collectors.joining(".")).replace(".[", "[");
  }

  private static String pointer(String key) {
    return "/" + key.replace(".", "/").replaceAll("\\[(\\d+)]", "/$1");
  }

  private static String known(Collection<Object> ids) {
    return ids == null ? "" : ids.stream().map(Object::toString).sorted()
        .collect(Collectors.joining(", "));
  }
}
