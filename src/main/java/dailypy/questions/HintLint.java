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
 * Lint of a question's hints: the code in them may not give the solution away, and no hint may
 * say what another already says. Part of {@link QuestionLint}.
 */
public final class HintLint {

  private HintLint() {}

  /** Hint code may cover at most this share of the solution's own code. */
  public static final double MAX_HINT_OVERLAP = 0.6;
  /** Runs of this many consecutive tokens count as copied from the solution. */
  static final int RUN = 3;


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
}
