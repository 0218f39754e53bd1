package dailypy.grading;

import dailypy.questions.PythonText;
import java.util.LinkedHashSet;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The functions and classes a piece of code defines at its top level. An answer posted anywhere
 * names the question it answers by what it defines: `def merge_intervals` answers the question
 * whose starter defines `merge_intervals`.
 */
public final class DefinedNames {
  /** Every line that {@link PythonText#DEFINITION} matches, anywhere in a text. */
  private static final Pattern TOP_LEVEL = Pattern.compile("(?m)" + PythonText.DEFINITION.pattern());

  private DefinedNames() {}

  public static Set<String> of(String code) {
    Set<String> names = new LinkedHashSet<>();
    if (code == null) {
      return names;
    }
    Matcher m = TOP_LEVEL.matcher(code);
    while (m.find() && names.size() < 100) {
      names.add(m.group(1));
    }
    return names;
  }

  /** Does {@code answer} define everything {@code starter} defines (and the starter something)? */
  public static boolean answers(String answer, String starter) {
    Set<String> wanted = of(starter);
    return !wanted.isEmpty() && of(answer).containsAll(wanted);
  }
}
