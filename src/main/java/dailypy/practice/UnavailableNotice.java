package dailypy.practice;

import dailypy.questions.Question;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Says once, when practice starts, which questions it leaves out because no backend here can
 * grade them, and what to install: "4 of the 8 matching questions can't be graded on this
 * computer, so practice leaves them out: • 4 pandas questions: install python3-pandas and add
 * cpython to runner.backends." Without it the questions would vanish silently.
 */
final class UnavailableNotice {
  /** The runner's reason, "This server can't grade pandas questions: install …", split for a computer. */
  private static final Pattern REASON = Pattern.compile("^This server can't grade (.+?) questions: (.+)$");

  private UnavailableNotice() {}

  /**
   * @param matching every question of the level and topic
   * @param whyNot the reason a question can't be graded here, or "" when it can
   * @return the notice, or "" when every question can be graded
   */
  static String of(List<Question> matching, Function<Question, String> whyNot) {
    Map<String, Integer> byReason = new LinkedHashMap<>();
    for (Question q : matching) {
      String why = whyNot.apply(q);
      if (!why.isBlank()) {
        byReason.merge(why, 1, Integer::sum);
      }
    }
    if (byReason.isEmpty()) {
      return "";
    }
    int left = byReason.values().stream().mapToInt(Integer::intValue).sum();
    StringBuilder s = new StringBuilder(left + " of the " + matching.size() + " matching questions can't be"
        + " graded on this computer, so practice leaves them out:\n");
    byReason.forEach((why, n) -> {
      Matcher m = REASON.matcher(why);
      s.append("  • ").append(n).append(' ')
          .append(m.matches() ? m.group(1) + " question" + (n == 1 ? "" : "s") + ": " + m.group(2)
              : "question" + (n == 1 ? "" : "s") + ": " + why)
          .append('\n');
    });
    return s.toString();
  }
}
