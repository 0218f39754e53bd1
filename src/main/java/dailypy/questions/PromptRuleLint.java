package dailypy.questions;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Lint of the rules a prompt states ("without `sum`"): each needs a constraint that enforces it,
 * since no test can catch a forbidden call. Part of {@link QuestionLint}.
 */
public final class PromptRuleLint {

  private PromptRuleLint() {}

  private static final Set<String> BUILTINS = Set.of("abs", "all", "any", "ascii", "bin", "bool",
      "bytearray", "bytes", "callable", "chr", "dict", "dir", "divmod", "enumerate", "eval",
      "exec", "filter", "float", "format", "frozenset", "getattr", "hasattr", "hash", "hex", "id",
      "input", "int", "isinstance", "issubclass", "iter", "len", "list", "map", "max", "min",
      "next", "object", "oct", "open", "ord", "pow", "print", "range", "repr", "reversed",
      "round", "set", "setattr", "slice", "sorted", "str", "sum", "super", "tuple", "type", "vars",
      "zip", "reduce", "lru_cache", "cache");
  private static final Set<String> MODULES = Set.of("math", "functools", "operator", "itertools",
      "bisect", "heapq", "collections", "statistics", "re", "string", "copy", "random",
      "contextlib", "asyncio", "json", "decimal", "fractions", "numpy", "np", "pandas", "pd",
      "time", "threading", "sys", "os");
  private static final java.util.Map<String, String> SYNTAX_WORDS = java.util.Map.of(
      "for", "For", "while", "While", "**", "Pow", "f-string", "JoinedStr", "f-strings",
      "JoinedStr", "lambda", "Lambda", "global", "Global", "nonlocal", "Nonlocal");
  /** Words that introduce what is forbidden: "without `sum`", "don't use `sorted` or `.sort()`". */
  private static final Pattern FORBIDDING = Pattern.compile("(?i)\\b(?:without(?: using)?"
      + "|(?:don't|do not|never|must not|may not)(?: use| call| import)?|avoid|no)\\s+"
      + "(?:the\\s+)?(?:(?:built-ins?|built-in functions?|methods?|modules?|functions?)\\s+)?"
      + "(?=`)");
  /** "`sorted` and `.sort()` are not allowed." */
  private static final Pattern NOT_ALLOWED = Pattern.compile(
      "(?i)\\b(?:is|are) (?:not allowed|forbidden)\\b");
  private static final Pattern LIST_GLUE = Pattern.compile(
      "^(?:\\s|,|\\bor\\b|\\band\\b|\\bnor\\b|\\bno\\b|\\bthe\\b|\\bbuilt-ins?\\b|\\bloops?\\b"
          + "|\\bmodules?\\b|\\bmethods?\\b|\\boperators?\\b|\\bcalls?\\b)*");
  private static final Pattern CODE = Pattern.compile("^`([^`]+)`");

  /**
   * Names a prompt forbids ("without `sum`", "`sorted` is not allowed", "no `for` loops") that no
   * constraint enforces. A test cannot catch a forbidden call, so the rule needs a constraint;
   * if the prompt only explains why something would not work, word it as an explanation.
   */
  public static List<String> unenforcedPromptRules(Question q) {
    if (!q.kind().runsCode() || q.prompt() == null) {
      return List.of();
    }
    Set<String> enforced = new HashSet<>();
    q.constraints().forEach(c -> enforced.add(c.name().toLowerCase(Locale.ROOT)));
    Set<String> problems = new LinkedHashSet<>();
    for (String clause : PythonText.withoutFences(q.prompt()).split("(?<=[.;!?:])\\s+|\\n")) {
      for (String token : forbiddenTokens(clause)) {
        Set<String> names = ruleNames(token);
        if (!names.isEmpty() && names.stream().noneMatch(enforced::contains)) {
          problems.add("the prompt forbids `" + token + "` but no constraint enforces it: add "
              + "a constraint (forbid builtin, call, import or syntax), or reword the prompt if "
              + "it only explains why that would not work");
        }
      }
    }
    return List.copyOf(problems);
  }

  /** The code spans a clause forbids. */
  static List<String> forbiddenTokens(String clause) {
    List<String> out = new ArrayList<>();
    Matcher m = FORBIDDING.matcher(clause);
    int consumed = 0;
    while (m.find()) {
      if (m.start() < consumed) {
        continue; // "no `for` or `while` loops and no `math`": already read as one list
      }
      String rest = clause.substring(m.end());
      while (true) {
        Matcher code = CODE.matcher(rest);
        if (!code.find()) {
          break;
        }
        out.add(code.group(1));
        rest = rest.substring(code.end());
        Matcher glue = LIST_GLUE.matcher(rest);
        glue.find();
        String skipped = glue.group();
        consumed = clause.length() - rest.length();
        if (!skipped.matches("(?s).*(?:,|\\bor\\b|\\band\\b|\\bnor\\b).*")) {
          break;
        }
        rest = rest.substring(glue.end());
      }
    }
    Matcher notAllowed = NOT_ALLOWED.matcher(clause);
    if (notAllowed.find()) {
      Matcher codes = Pattern.compile("`([^`]+)`").matcher(clause.substring(0,
          notAllowed.start()));
      while (codes.find()) {
        out.add(codes.group(1));
      }
    }
    return out;
  }

  /**
   * What a constraint would be named for a forbidden code span: {@code sum}, {@code sorted()} and
   * {@code .sort()} name themselves, {@code list.index} its method, {@code math} or
   * {@code functools.reduce} the module or the function, {@code for} and {@code **} the syntax
   * node. Empty for spans that are not something a constraint can forbid.
   */
  static Set<String> ruleNames(String token) {
    String t = token.strip();
    Set<String> names = new LinkedHashSet<>();
    String syntax = SYNTAX_WORDS.get(t.toLowerCase(Locale.ROOT));
    if (syntax != null) {
      names.add(syntax.toLowerCase(Locale.ROOT));
      return names;
    }
    t = t.replaceFirst("\\(\\)$", "");
    if (!t.matches("\\.?[A-Za-z_][A-Za-z0-9_]*(?:\\.[A-Za-z_][A-Za-z0-9_]*)*")) {
      return names;
    }
    String[] parts = t.replaceFirst("^\\.", "").split("\\.");
    boolean method = t.startsWith(".") || parts.length > 1;
    String last = parts[parts.length - 1];
    if (parts.length == 1 && !method) {
      if (BUILTINS.contains(last) || MODULES.contains(last)) {
        names.add(last.toLowerCase(Locale.ROOT));
      }
      return names;
    }
    if (t.startsWith(".") || MODULES.contains(parts[0]) || BUILTINS.contains(parts[0])
        || token.strip().endsWith("()")) {
      for (String p : parts) {
        names.add(p.toLowerCase(Locale.ROOT));
      }
    }
    return names;
  }
}
