package dailypy.questions;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Reads Python source into logical lines of tokens, without Python, for {@link ClaimRule}: names,
 * numbers, strings (f-strings' fields included) and operators, each with the bracket depth it sits
 * at. Comments and line continuations are dropped. It does not validate: a broken call is
 * Python's to report.
 */
final class PythonTokens {

  private static final Set<String> STRING_PREFIXES = Set.of("r", "u", "b", "f", "br", "rb", "fr",
      "rf");
  // longest first, so that ">>=" is not read as ">" then ">="
  private static final List<String> OPERATORS = List.of("**=", "//=", ">>=", "<<=", "...", "->",
      ":=", "==", "!=", "<=", ">=", "<<", ">>", "**", "//", "+=", "-=", "*=", "/=", "%=", "@=",
      "&=", "|=", "^=");

  private PythonTokens() {}

  enum Kind { NAME, NUMBER, STRING, OP }

  /** A token and the bracket depth it sits at (a bracket sits at the depth outside it). */
  record Token(Kind kind, String text, int depth) {
    boolean is(String s) {
      return kind != Kind.STRING && kind != Kind.NUMBER && text.equals(s);
    }
  }

  /** One logical line: its tokens and whether it starts indented (inside a block). */
  record Line(List<Token> tokens, boolean indented) {}

  static List<Line> tokenize(String src) {
    List<Line> lines = new ArrayList<>();
    List<Token> current = new ArrayList<>();
    boolean indented = false;
    boolean lineStart = true;
    int depth = 0;
    int i = 0;
    int n = src.length();
    while (i < n) {
      char c = src.charAt(i);
      if (c == '\\' && i + 1 < n && (src.charAt(i + 1) == '\n' || src.charAt(i + 1) == '\r')) {
        i += src.startsWith("\r\n", i + 1) ? 3 : 2; // a continued line
        continue;
      }
      if (c == '\n' || c == '\r') {
        if (depth == 0) {
          if (!current.isEmpty()) {
            lines.add(new Line(current, indented));
            current = new ArrayList<>();
          }
          lineStart = true;
          indented = false;
        }
        i++;
        continue;
      }
      if (c == ' ' || c == '\t' || c == '\f') {
        if (lineStart && current.isEmpty()) {
          indented = true;
        }
        i++;
        continue;
      }
      if (c == '#') {
        while (i < n && src.charAt(i) != '\n' && src.charAt(i) != '\r') {
          i++;
        }
        continue;
      }
      if (lineStart && current.isEmpty()) {
        lineStart = false;
      }
      if (c == '\'' || c == '"') {
        boolean formatted = false;
        if (!current.isEmpty()) {
          Token last = current.get(current.size() - 1);
          String prefix = last.text().toLowerCase(Locale.ROOT);
          if (last.kind() == Kind.NAME && STRING_PREFIXES.contains(prefix)
              && endsRightBefore(src, i, last.text())) {
            current.remove(current.size() - 1);
            formatted = prefix.contains("f");
          }
        }
        i = skipString(src, i, formatted);
        current.add(new Token(Kind.STRING, "\"\"", depth));
        continue;
      }
      if (Character.isUnicodeIdentifierStart(c) || c == '_') {
        int start = i;
        while (i < n && (Character.isUnicodeIdentifierPart(src.charAt(i)))) {
          i++;
        }
        current.add(new Token(Kind.NAME, src.substring(start, i), depth));
        continue;
      }
      if (Character.isDigit(c) || (c == '.' && i + 1 < n && Character.isDigit(src.charAt(i + 1)))) {
        int start = i;
        while (i < n && (Character.isLetterOrDigit(src.charAt(i)) || src.charAt(i) == '_'
            || src.charAt(i) == '.')) {
          char d = src.charAt(i++);
          if ((d == 'e' || d == 'E') && i < n && (src.charAt(i) == '+' || src.charAt(i) == '-')) {
            i++;
          }
        }
        current.add(new Token(Kind.NUMBER, src.substring(start, i), depth));
        continue;
      }
      if (c == '(' || c == '[' || c == '{') {
        current.add(new Token(Kind.OP, String.valueOf(c), depth++));
        i++;
        continue;
      }
      if (c == ')' || c == ']' || c == '}') {
        depth = Math.max(0, depth - 1);
        current.add(new Token(Kind.OP, String.valueOf(c), depth));
        i++;
        continue;
      }
      String op = String.valueOf(c);
      for (String candidate : OPERATORS) {
        if (src.startsWith(candidate, i)) {
          op = candidate;
          break;
        }
      }
      current.add(new Token(Kind.OP, op, depth));
      i += op.length();
    }
    if (!current.isEmpty()) {
      lines.add(new Line(current, indented));
    }
    return lines;
  }

  private static boolean endsRightBefore(String src, int index, String word) {
    return index >= word.length() && src.startsWith(word, index - word.length());
  }

  /** The index just after the string literal whose opening quote is at {@code i}. */
  private static int skipString(String src, int i, boolean formatted) {
    int n = src.length();
    char quote = src.charAt(i);
    boolean triple = i + 2 < n && src.charAt(i + 1) == quote && src.charAt(i + 2) == quote;
    i += triple ? 3 : 1;
    int braces = 0; // inside an f-string's replacement field
    while (i < n) {
      char c = src.charAt(i);
      if (braces > 0) {
        if (c == '\'' || c == '"') {
          boolean nestedFormatted = i > 0 && (src.charAt(i - 1) == 'f' || src.charAt(i - 1) == 'F');
          i = skipString(src, i, nestedFormatted);
          continue;
        }
        if (c == '{') {
          braces++;
        } else if (c == '}') {
          braces--;
        }
        i++;
        continue;
      }
      if (c == '\\') {
        i += 2;
        continue;
      }
      if (formatted && c == '{') {
        if (i + 1 < n && src.charAt(i + 1) == '{') {
          i += 2;
        } else {
          braces = 1;
          i++;
        }
        continue;
      }
      if (!triple && (c == '\n' || c == '\r')) {
        return i; // unterminated: Python reports it; stop at the line's end
      }
      if (c == quote && (!triple || (i + 2 < n && src.charAt(i + 1) == quote
          && src.charAt(i + 2) == quote))) {
        return i + (triple ? 3 : 1);
      }
      i++;
    }
    return n;
  }
}
