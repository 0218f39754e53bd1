package dailypy.questions;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.MatchResult;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * Just enough of Python's lexical structure to compare pieces of code in a question's text: its
 * tokens, the code spans of Markdown, and the top-level definitions of a module. It never runs or
 * fully parses anything.
 */
public final class PythonText {

  /** Strings (with prefixes, triple-quoted first), comments, names, numbers, operators. */
  private static final Pattern TOKEN = Pattern.compile(
      "(?s)(?:[rRbBuUfF]{0,2})(?:\"\"\".*?\"\"\"|'''.*?''')"
          + "|(?:[rRbBuUfF]{0,2})(?:\"(?:\\\\.|[^\"\\\\\\n])*\"|'(?:\\\\.|[^'\\\\\\n])*')"
          + "|#[^\\n]*"
          + "|[A-Za-z_][A-Za-z0-9_]*"
          + "|\\d[\\d_]*(?:\\.\\d+)?(?:[eE][+-]?\\d+)?j?|\\.\\d+"
          + "|\\*\\*=?|//=?|>>=?|<<=?|==|!=|<=|>=|->|:=|\\.\\.\\.|[-+*/%&|^@]="
          + "|[^\\sA-Za-z0-9_]");

  private static final Pattern FENCE = Pattern.compile("(?s)```[^\\n]*\\n(.*?)```");
  private static final Pattern INLINE = Pattern.compile("(`+)(.+?)\\1");
  /**
   * A line that defines a function or class at the top level; group 1 is its name. Matched
   * against one line; with {@code (?m)} it finds every such line of a text ({@code
   * grading.DefinedNames}).
   */
  public static final Pattern DEFINITION = Pattern.compile(
      "^(?:async[ \\t]+def|def|class)[ \\t]+([A-Za-z_][A-Za-z0-9_]*)");

  private PythonText() {}

  /** The tokens of some Python code, comments dropped; a string literal is one token. */
  public static List<String> tokens(String code) {
    return matches(TOKEN, code).map(MatchResult::group).filter(t -> !t.startsWith("#"))
        .collect(Collectors.toCollection(ArrayList::new));
  }

  /** Every match of {@code pattern} in {@code text}, in order, lazily; none in a null text. */
  public static Stream<MatchResult> matches(Pattern pattern, CharSequence text) {
    return text == null ? Stream.empty() : pattern.matcher(text).results();
  }

  /** The code in Markdown text: every fenced block and every inline `code` span. */
  public static List<String> codeSpans(String markdown) {
    List<String> spans = new ArrayList<>();
    if (markdown == null) {
      return spans;
    }
    Matcher fence = FENCE.matcher(markdown);
    StringBuilder rest = new StringBuilder();
    int last = 0;
    while (fence.find()) {
      spans.add(fence.group(1));
      rest.append(markdown, last, fence.start()).append('\n');
      last = fence.end();
    }
    rest.append(markdown.substring(last));
    Matcher inline = INLINE.matcher(rest);
    while (inline.find()) {
      spans.add(inline.group(2).strip());
    }
    return spans;
  }

  /** Markdown text without its fenced code blocks (inline code stays). */
  public static String withoutFences(String markdown) {
    return markdown == null ? "" : FENCE.matcher(markdown).replaceAll("\n");
  }

  /**
   * The top-level functions and classes of a module, each with its source (decorators included,
   * trailing blank lines dropped), in order. A name defined twice keeps its last definition.
   */
  public static Map<String, String> definitions(String code) {
    Map<String, String> defs = new LinkedHashMap<>();
    if (code == null) {
      return defs;
    }
    String[] lines = code.split("\n", -1);
    List<String> decorators = new ArrayList<>();
    for (int i = 0; i < lines.length; i++) {
      String line = lines[i];
      if (line.startsWith("@")) {
        decorators.add(line);
        continue;
      }
      Matcher m = DEFINITION.matcher(line);
      if (!m.find()) {
        if (!line.isBlank()) {
          decorators.clear();
        }
        continue;
      }
      StringBuilder block = new StringBuilder();
      decorators.forEach(d -> block.append(d.stripTrailing()).append('\n'));
      decorators.clear();
      block.append(line.stripTrailing()).append('\n');
      int j = i + 1;
      while (j < lines.length && (lines[j].isBlank() || Character.isWhitespace(
          lines[j].charAt(0)))) {
        block.append(lines[j].stripTrailing()).append('\n');
        j++;
      }
      defs.put(m.group(1), block.toString().strip());
      i = j - 1;
    }
    return defs;
  }

  /** The lines of {@code solution} that do not also appear (stripped) in {@code starter}. */
  public static String linesNotIn(String solution, String starter) {
    java.util.Set<String> given = new java.util.HashSet<>();
    if (starter != null) {
      starter.lines().map(String::strip).filter(l -> !l.isEmpty()).forEach(given::add);
    }
    StringBuilder out = new StringBuilder();
    if (solution != null) {
      solution.lines().filter(l -> !l.isBlank() && !given.contains(l.strip()))
          .forEach(l -> out.append(l).append('\n'));
    }
    return out.toString();
  }
}
