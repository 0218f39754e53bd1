package dailypy.grading;

import dailypy.questions.PythonText;
import java.util.LinkedHashSet;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * The functions and classes a piece of code defines at its top level. An answer posted anywhere
 * names the question it answers by what it defines: `def merge_intervals` answers the question
 * whose starter defines `merge_intervals`.
 */
public final class DefinedNames {
  /** Every line that {@link PythonText#DEFINITION} matches, anywhere in a text. */
  private static final Pattern TOP_LEVEL = Pattern.compile("(?m)" + PythonText.DEFINITION.pattern());

  private DefinedNames() {}

  /** The names in order of first definition; at most 100, however long the code. */
  public static Set<String> of(String code) {
    return PythonText.matches(TOP_LEVEL, code).map(m -> m.group(1)).distinct().limit(100)
        .collect(Collectors.toCollection(LinkedHashSet::new));
  }

  /** Does {@code answer} define everything {@code starter} defines (and the starter something)? */
  public static boolean answers(String answer, String starter) {
    Set<String> wanted = of(starter);
    return !wanted.isEmpty() && of(answer).containsAll(wanted);
  }
}
