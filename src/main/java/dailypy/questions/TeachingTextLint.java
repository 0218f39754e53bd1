package dailypy.questions;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Lint of the explaining texts: wrong quiz options whose {@code why} admits they are right,
 * library-version claims without a version, and complexity lines where the question is not
 * about complexity. Part of {@link QuestionLint}.
 */
public final class TeachingTextLint {

  private TeachingTextLint() {}

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

  private static String shorten(String s) {
    String one = s.replace('\n', ' ');
    return one.length() > 50 ? one.substring(0, 50) + "…" : one;
  }
}
