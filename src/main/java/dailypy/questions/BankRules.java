package dailypy.questions;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * Rules about the bank as a whole. "Grade this" finds the question an answer belongs to by the
 * functions and classes the answer defines, so every name a user has to write belongs to one
 * question only.
 */
public final class BankRules {

  private BankRules() {}

  /**
   * The functions and classes a user writes for a code question: the starter's top-level
   * definitions, except those it hands over ready-made (the same in the starter and the
   * solution, such as a {@code ListNode} the tests build lists with). Without a starter, the
   * solution's definitions.
   */
  public static Set<String> writtenNames(Question q) {
    Set<String> names = new LinkedHashSet<>();
    if (q.kind() != Question.Kind.FUNCTION && q.kind() != Question.Kind.CLASS) {
      return names;
    }
    Map<String, String> solution = PythonText.definitions(q.solution());
    if (q.starter() == null || q.starter().isBlank()) {
      names.addAll(solution.keySet());
      return names;
    }
    PythonText.definitions(q.starter()).forEach((name, block) -> {
      if (!block.equals(solution.get(name))) {
        names.add(name);
      }
    });
    return names;
  }

  /**
   * Problems by question id: a name the user writes that another question also asks for, and a
   * code question that asks the user to write no function or class at all. A helper handed over
   * ready-made may appear in many starters: the names written beside it tell the answers apart.
   */
  public static Map<String, List<String>> nameProblems(QuestionBank bank) {
    Map<String, Set<String>> writtenBy = new TreeMap<>();
    for (Question q : bank.all()) {
      for (String name : writtenNames(q)) {
        writtenBy.computeIfAbsent(name, k -> new LinkedHashSet<>()).add(q.id());
      }
    }
    Map<String, List<String>> problems = new LinkedHashMap<>();
    for (Question q : bank.all()) {
      if (q.kind() != Question.Kind.FUNCTION && q.kind() != Question.Kind.CLASS) {
        continue;
      }
      Set<String> written = writtenNames(q);
      if (written.isEmpty()) {
        problems.computeIfAbsent(q.id(), k -> new ArrayList<>()).add("the starter asks for no "
            + "function or class of its own, so an answer cannot be matched to this question");
      }
      for (String name : written) {
        List<String> others = writtenBy.getOrDefault(name, Set.of()).stream()
            .filter(id -> !id.equals(q.id())).toList();
        if (!others.isEmpty()) {
          problems.computeIfAbsent(q.id(), k -> new ArrayList<>()).add("`" + name + "` is "
              + "also written for " + String.join(", ", others) + ": a name the user writes must "
              + "be unique in the bank, since answers are matched to questions by name");
        }
      }
    }
    return problems;
  }
}
