package dailypy.questions;

import dailypy.questions.PythonTokens.Kind;
import dailypy.questions.PythonTokens.Line;
import dailypy.questions.PythonTokens.Token;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * The value under test carries the answer. A case's {@code call} runs in the submitter's
 * interpreter and the value of its last expression comes back as a claim, so that value must be
 * the result itself: a comparison, {@code and}/{@code or}, {@code not}, or a call to
 * {@link #REDUCING_CALLS} (such as {@code len} or {@code isinstance}) reduces the answer to a bit
 * or a count that an object with an {@code __eq__} that always says yes, or a {@code __len__}
 * returning the right number, can fake without solving.
 *
 * <p>This reads the call without Python, conservatively: it strips comments and strings, takes
 * the last top-level statement and, when that is an expression, looks at its top level only
 * ({@code f(a == b)} and {@code (a == b, c)} are fine). A conditional expression's two branches
 * and the value of a walrus are looked at too.
 */
public final class ClaimRule {

  /** Built-in calls whose result is a bit or a count instead of the value itself. */
  public static final List<String> REDUCING_CALLS = List.of("len", "bool", "isinstance",
      "issubclass", "hasattr", "callable", "all", "any");

  private static final Set<String> COMPARISONS = Set.of("==", "!=", "<", ">", "<=", ">=");
  /** The statements whose first word says they are not an expression. */
  private static final Set<String> STATEMENT_WORDS = Set.of("if", "elif", "else", "for",
      "while", "with", "try", "except", "finally", "def", "class", "async", "return", "raise",
      "pass", "break", "continue", "import", "from", "global", "nonlocal", "del", "assert");

  private ClaimRule() {}

  /**
   * Why the value of this call's last expression would not carry the answer, such as
   * {@code "a comparison (==)"}; empty when it does, or when the call does not end with an
   * expression.
   */
  public static Optional<String> violation(String call) {
    List<Token> statement = lastStatement(PythonTokens.tokenize(call == null ? "" : call));
    if (statement.isEmpty()) {
      return Optional.empty();
    }
    return expression(statement, 0);
  }

  // --- reading the last statement -------------------------------------------------------------

  /** The tokens of the last top-level statement when it may be an expression, else empty. */
  private static List<Token> lastStatement(List<Line> lines) {
    if (lines.isEmpty()) {
      return List.of();
    }
    Line last = lines.get(lines.size() - 1);
    List<Token> tokens = last.tokens();
    if (last.indented() || startsWithStatementWord(tokens) || tokens.get(0).is("@")) {
      return List.of(); // the last statement is a block (or a decorated definition)
    }
    int start = 0;
    List<Token> segment = List.of();
    for (int i = 0; i <= tokens.size(); i++) {
      if (i == tokens.size() || (tokens.get(i).depth() == 0 && tokens.get(i).is(";"))) {
        if (i > start) {
          segment = tokens.subList(start, i);
        }
        start = i + 1;
      }
    }
    if (segment.isEmpty() || startsWithStatementWord(segment) || isAssignment(segment)) {
      return List.of();
    }
    return segment;
  }

  private static boolean startsWithStatementWord(List<Token> tokens) {
    Token first = tokens.get(0);
    return first.kind() == Kind.NAME && STATEMENT_WORDS.contains(first.text());
  }

  /** An assignment, augmented assignment or annotation: a top-level = or : before any lambda. */
  private static boolean isAssignment(List<Token> tokens) {
    for (Token t : tokens) {
      if (t.depth() != 0) {
        continue;
      }
      if (t.is("lambda")) {
        return false;
      }
      if (t.kind() == Kind.OP && (t.text().equals(":") || (t.text().endsWith("=")
          && !COMPARISONS.contains(t.text()) && !t.text().equals(":=")))) {
        return true;
      }
    }
    return false;
  }

  // --- judging the expression -----------------------------------------------------------------

  private static Optional<String> expression(List<Token> e, int base) {
    if (e.isEmpty() || e.get(0).is("lambda")) {
      return Optional.empty();
    }
    List<Integer> top = new ArrayList<>(); // indexes of the tokens at this level
    for (int i = 0; i < e.size(); i++) {
      if (e.get(i).depth() == base) {
        top.add(i);
      }
    }
    for (int i : top) {
      Token t = e.get(i);
      if (t.is(",") || t.is("for")) {
        return Optional.empty(); // a tuple, or a generator expression: a value of its own
      }
    }
    for (int i : top) {
      if (e.get(i).is(":=")) {
        return expression(e.subList(i + 1, e.size()), base); // the walrus's value
      }
    }
    for (int k = 0; k < top.size(); k++) {
      if (e.get(top.get(k)).is("if") && top.get(k) > 0) {
        // a conditional expression: its value is one of the two branches
        Optional<String> body = expression(e.subList(0, top.get(k)), base);
        if (body.isPresent()) {
          return body;
        }
        for (int m = k + 1; m < top.size(); m++) {
          if (e.get(top.get(m)).is("else")) {
            return expression(e.subList(top.get(m) + 1, e.size()), base);
          }
        }
        return Optional.empty();
      }
    }
    for (int i : top) {
      if (e.get(i).is("and") || e.get(i).is("or")) {
        return Optional.of("a boolean operation (" + e.get(i).text() + ")");
      }
    }
    if (e.get(0).is("not")) {
      return Optional.of("a not expression");
    }
    for (int k = 0; k < top.size(); k++) {
      Token t = e.get(top.get(k));
      Token next = k + 1 < top.size() ? e.get(top.get(k + 1)) : null;
      if (t.kind() == Kind.OP && COMPARISONS.contains(t.text())) {
        return Optional.of("a comparison (" + t.text() + ")");
      }
      if (t.is("in")) {
        return Optional.of("a comparison (in)");
      }
      if (t.is("not") && next != null && next.is("in")) {
        return Optional.of("a comparison (not in)");
      }
      if (t.is("is")) {
        return Optional.of("a comparison (" + (next != null && next.is("not") ? "is not" : "is")
            + ")");
      }
    }
    int last = e.size() - 1;
    if (e.get(0).is("(") && closer(e, 0, base) == last) {
      return expression(e.subList(1, last), base + 1);
    }
    if (e.size() >= 3 && e.get(0).kind() == Kind.NAME
        && REDUCING_CALLS.contains(e.get(0).text()) && e.get(1).is("(")
        && closer(e, 1, base) == last) {
      return Optional.of("a call to " + e.get(0).text() + "()");
    }
    return Optional.empty();
  }

  /** The index of the bracket closing the one at {@code open}, or -1. */
  private static int closer(List<Token> e, int open, int base) {
    for (int i = open + 1; i < e.size(); i++) {
      if (e.get(i).depth() == base) {
        Token t = e.get(i);
        return t.is(")") || t.is("]") || t.is("}") ? i : -1;
      }
    }
    return -1;
  }
}
