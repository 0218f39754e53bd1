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
 * Checks of a question's teaching text that need no runner: hints that give the solution away
 * or repeat each other, rules a prompt states that nothing enforces, quiz options whose {@code
 * why} admits they are right, library-version claims without a version, and complexity lines
 * where the question is not about complexity. {@code questions validate} reports them as
 * problems (see docs/question-format.md, "Authoring guide").
 *
 * <p>These are heuristics over text: each one is tuned so that the bank is clean and the known
 * defects it was written for are caught.
 */
public final class QuestionLint {

  /** Hint code may cover at most this share of the solution's own code. */
  public static final double MAX_HINT_OVERLAP = 0.6;
  /** Runs of this many consecutive tokens count as copied from the solution. */
  static final int RUN = 3;
  /** Minimum hidden (and visible) mutants of a test-writing question. */
  static final int MIN_HIDDEN_MUTANTS = 2;

  private QuestionLint() {}

  /** Every problem found, as messages for the author; empty when the question is clean. */
  public static List<String> check(Question q) {
    List<String> problems = new ArrayList<>();
    problems.addAll(hintProblems(q));
    problems.addAll(unenforcedPromptRules(q));
    problems.addAll(wrongOptionsThatSoundRight(q));
    problems.addAll(versionClaimsWithoutVersion(q));
    problems.addAll(complexityProblems(q));
    problems.addAll(mutantProblems(q));
    problems.addAll(randomCaseProblems(q));
    return problems;
  }

  // --- random cases -----------------------------------------------------------------------------

  /** Questions with random cases run at least this many. */
  public static final int MIN_RANDOM_CASES = 50;
  private static final Pattern GENERATE_DEF = Pattern.compile(
      "(?m)^def generate\\(\\s*rng\\s*,\\s*i\\s*\\)");
  private static final Pattern USES_ARGS = Pattern.compile("\\bargs\\b");

  /**
   * Declared random cases have a generator, at least {@link #MIN_RANDOM_CASES} of them, and a
   * call that uses the generated {@code args}: a call that ignores them tests one input 50 times.
   */
  public static List<String> randomCaseProblems(Question q) {
    Question.RandomCases r = q.tests() == null ? null : q.tests().random();
    if (r == null) {
      return List.of();
    }
    List<String> problems = new ArrayList<>();
    if (r.generator() == null || !GENERATE_DEF.matcher(r.generator()).find()) {
      problems.add("tests.random.generator must define `def generate(rng, i):` at its top level");
    }
    if (r.count() == null || r.count() < MIN_RANDOM_CASES) {
      problems.add("tests.random.count is " + r.count() + ": run at least " + MIN_RANDOM_CASES
          + " random cases");
    }
    if (r.call() == null || !USES_ARGS.matcher(r.call()).find()) {
      problems.add("tests.random.call never uses `args`, the generated arguments");
    }
    return problems;
  }

  // --- hints ------------------------------------------------------------------------------------

  /** Hints that give the solution away, and hints that repeat another. */
  public static List<String> hintProblems(Question q) {
    List<String> problems = new ArrayList<>();
    if (q.kind().runsCode() && q.solution() != null) {
      double overlap = hintOverlap(q);
      if (overlap >= MAX_HINT_OVERLAP) {
        problems.add(String.format(Locale.ROOT, "the hints' code gives away %d%% of the "
            + "solution (the share of the solution's own tokens, beyond the starter, found in "
            + "runs of %d or more in hint code; at most %d%%): the last hint should be almost "
            + "the answer, never the answer - describe the step in words, or show it on other "
            + "names and values", Math.round(overlap * 100), RUN,
            Math.round(MAX_HINT_OVERLAP * 100)));
      }
    }
    problems.addAll(duplicateHints(q.hints()));
    return problems;
  }

  /**
   * The share of the tokens the user has to write (the solution's lines that are not in the
   * starter) lying in a run of at least {@link #RUN} consecutive tokens that also occurs, in the
   * same order, in the code of some hint (inline code or a fenced block). 0 when there is no
   * solution or nothing to write.
   */
  public static double hintOverlap(Question q) {
    if (q.solution() == null) {
      return 0;
    }
    List<String> solution = PythonText.tokens(PythonText.linesNotIn(q.solution(), q.starter()));
    if (solution.size() < RUN) {
      return 0;
    }
    Set<List<String>> runs = new HashSet<>();
    for (String hint : q.hints()) {
      for (String span : PythonText.codeSpans(hint)) {
        List<String> t = PythonText.tokens(span);
        for (int i = 0; i + RUN <= t.size(); i++) {
          runs.add(List.copyOf(t.subList(i, i + RUN)));
        }
      }
    }
    boolean[] covered = new boolean[solution.size()];
    for (int i = 0; i + RUN <= solution.size(); i++) {
      if (runs.contains(solution.subList(i, i + RUN))) {
        for (int k = i; k < i + RUN; k++) {
          covered[k] = true;
        }
      }
    }
    int n = 0;
    for (boolean c : covered) {
      n += c ? 1 : 0;
    }
    return (double) n / solution.size();
  }

  private static final Set<String> STOP_WORDS = Set.of("the", "and", "for", "but", "not", "you",
      "your", "can", "its", "this", "that", "with", "from", "into", "than", "then", "are", "does",
      "what", "which", "when", "one", "each", "how", "has", "have", "there", "their", "them",
      "only", "all", "any", "use", "it's", "don't");
  /** Shared runs of this many words mean one hint was copied into another. */
  static final int COPIED_WORDS = 7;
  /** A hint whose content words are this much inside another adds nothing. */
  static final double CONTAINED = 0.8;

  /** Hints that say what another hint says: equal, contained in it, or copied from it. */
  public static List<String> duplicateHints(List<String> hints) {
    List<String> problems = new ArrayList<>();
    for (int i = 0; i < hints.size(); i++) {
      for (int j = i + 1; j < hints.size(); j++) {
        String why = duplicate(hints.get(i), hints.get(j));
        if (why != null) {
          problems.add("hints " + (i + 1) + " and " + (j + 1) + " " + why + ": each hint "
              + "should teach one new step; merge them or replace one");
        }
      }
    }
    return problems;
  }

  private static String duplicate(String a, String b) {
    List<String> wa = words(a);
    List<String> wb = words(b);
    if (wa.equals(wb)) {
      return "say the same thing";
    }
    Set<String> ca = contentWords(wa);
    Set<String> cb = contentWords(wb);
    Set<String> smaller = ca.size() <= cb.size() ? ca : cb;
    Set<String> larger = smaller == ca ? cb : ca;
    if (smaller.size() >= 4) {
      long shared = smaller.stream().filter(larger::contains).count();
      if (shared >= CONTAINED * smaller.size()) {
        return "overlap: one repeats " + Math.round(100.0 * shared / smaller.size())
            + "% of the other's words";
      }
    }
    if (longestCommonRun(wa, wb) >= COPIED_WORDS) {
      return "share a passage of " + COPIED_WORDS + " or more words";
    }
    return null;
  }

  private static List<String> words(String text) {
    List<String> out = new ArrayList<>();
    Matcher m = Pattern.compile("[a-z0-9_']+").matcher(text.toLowerCase(Locale.ROOT));
    while (m.find()) {
      out.add(m.group());
    }
    return out;
  }

  private static Set<String> contentWords(List<String> words) {
    Set<String> out = new LinkedHashSet<>();
    for (String w : words) {
      if (w.length() < 3 || STOP_WORDS.contains(w)) {
        continue;
      }
      for (String suffix : List.of("'s", "ing", "ed", "es", "s")) {
        if (w.endsWith(suffix) && w.length() - suffix.length() >= 3) {
          w = w.substring(0, w.length() - suffix.length());
          break;
        }
      }
      out.add(w);
    }
    return out;
  }

  private static int longestCommonRun(List<String> a, List<String> b) {
    int best = 0;
    int[] prev = new int[b.size() + 1];
    for (int i = 1; i <= a.size(); i++) {
      int[] cur = new int[b.size() + 1];
      for (int j = 1; j <= b.size(); j++) {
        if (a.get(i - 1).equals(b.get(j - 1))) {
          cur[j] = prev[j - 1] + 1;
          best = Math.max(best, cur[j]);
        }
      }
      prev = cur;
    }
    return best;
  }

  // --- rules stated in the prompt ---------------------------------------------------------------

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

  // --- quiz options -----------------------------------------------------------------------------

  private static final Pattern SOUNDS_RIGHT = Pattern.compile("(?i)happens to|\\balso (?:correct"
      + "|works|right|valid|fine|true)\\b|\\bworks too\\b|\\bequally (?:valid|correct|good)\\b"
      + "|\\bis (?:also )?correct\\b|\\bright answer\\b|^\\W*(?:correct|yes|true|right)\\b"
      + "|\\b(?:gives|returns|selects|prints) the (?:right|correct|same)\\b");

  /**
   * A wrong option's {@code why} must say why the option is wrong; one that says it "happens to"
   * give the right result, or "also works", makes the quiz have two defensible answers.
   */
  public static List<String> wrongOptionsThatSoundRight(Question q) {
    List<String> problems = new ArrayList<>();
    for (Question.Option o : q.options()) {
      if (o.correct() || o.why() == null) {
        continue;
      }
      Matcher m = SOUNDS_RIGHT.matcher(o.why());
      if (m.find()) {
        problems.add("the why of wrong option '" + shorten(o.text()) + "' says \"" + m.group()
            + "\": if the option gives the right result it is a second defensible answer; "
            + "replace the option, or explain why it is wrong");
      }
    }
    return problems;
  }

  // --- library versions -------------------------------------------------------------------------

  private static final Pattern VERSION_SENSITIVE = Pattern.compile("(?i)copy-on-write|deprecat"
      + "|FutureWarning|DeprecationWarning|SettingWithCopy|ChainedAssignment"
      + "|\\b(?:newer|older|recent|latest|modern|current|future)\\s+(?:versions?|releases?"
      + "|pandas|numpy|python|keras|tensorflow|tf|django|flask)\\b");
  private static final Pattern NAMED_VERSION = Pattern.compile("(?i)\\b(?:pandas|numpy|python"
      + "|keras|tensorflow|tf|django|flask|drf|django rest framework)\\s*(?:≥|>=|<=|<|>|≤)?\\s*"
      + "v?\\d+(?:\\.\\d+)*");

  /**
   * A claim tied to a library version (deprecations, warnings, copy-on-write, "newer pandas")
   * must say which version it holds for, in the same paragraph.
   */
  public static List<String> versionClaimsWithoutVersion(Question q) {
    List<String> problems = new ArrayList<>();
    List<String[]> texts = new ArrayList<>();
    texts.add(new String[] {"prompt", q.prompt()});
    texts.add(new String[] {"explanation", q.explanation()});
    for (int i = 0; i < q.hints().size(); i++) {
      texts.add(new String[] {"hint " + (i + 1), q.hints().get(i)});
    }
    for (Question.Option o : q.options()) {
      texts.add(new String[] {"why of option '" + shorten(o.text()) + "'", o.why()});
    }
    for (String[] t : texts) {
      if (t[1] == null) {
        continue;
      }
      for (String paragraph : PythonText.withoutFences(t[1]).split("\\n\\s*\\n")) {
        Matcher m = VERSION_SENSITIVE.matcher(paragraph);
        if (m.find() && !NAMED_VERSION.matcher(paragraph).find()) {
          problems.add("the " + t[0] + " makes a claim tied to a library version (\""
              + m.group() + "\") without saying which: name the version it holds for, e.g. "
              + "\"pandas ≥ 2.2\" or \"Python 3.12\"");
        }
      }
    }
    return problems;
  }

  // --- complexity -------------------------------------------------------------------------------

  private static final Pattern COMPLEXITY_LINE = Pattern.compile(
      "(?m)^\\s*(?:Time|Space|Parameters)\\b[^\\n]*(?:O\\(|:)");

  /**
   * Code questions state their complexity; quiz and output questions explain a concept and give
   * a complexity line only when they are about complexity (tag {@code complexity}).
   */
  public static List<String> complexityProblems(Question q) {
    String e = q.explanation() == null ? "" : q.explanation();
    if (q.kind().runsCode()) {
      return e.contains("O(") ? List.of() : List.of("the explanation of a code question states "
          + "the solution's time and space complexity (O(...))");
    }
    if (!q.tags().contains("complexity") && COMPLEXITY_LINE.matcher(e).find()) {
      return List.of("the explanation of a " + q.kind().yamlName() + " question carries a "
          + "time/space line, but the question is not about complexity: drop it (or tag the "
          + "question `complexity` if it is)");
    }
    return List.of();
  }

  // --- test-writing -----------------------------------------------------------------------------

  /**
   * A test-writing question hides at least {@link #MIN_HIDDEN_MUTANTS} of its mutants, so that
   * passing needs tests written for the behaviour, not for the mutants listed, and shows at least
   * one as an example.
   */
  public static List<String> mutantProblems(Question q) {
    if (q.kind() != Question.Kind.TEST_WRITING || q.tests() == null) {
      return List.of();
    }
    long hidden = q.tests().mutants().stream().filter(Question.Mutant::hidden).count();
    long shown = q.tests().mutants().size() - hidden;
    if (hidden < MIN_HIDDEN_MUTANTS || shown < 1) {
      return List.of("a test-writing question needs at least " + MIN_HIDDEN_MUTANTS
          + " hidden mutants and 1 shown; has " + hidden + " hidden and " + shown + " shown");
    }
    return List.of();
  }

  private static String shorten(String s) {
    String one = s.replace('\n', ' ');
    return one.length() > 50 ? one.substring(0, 50) + "…" : one;
  }
}
