package dailypy.questions;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class ClaimRuleTest {

  @ParameterizedTest
  @ValueSource(strings = {
      "f(1, 2)",
      "sorted(f(3))",
      "list(gen(5))",
      "repr(Point(1, 2))",
      "(f(1), f(2))",
      "f(1) == 1, f(2) == 2",
      "(Point(1, 2) == Point(1, 2), Point(1, 2) == (1, 2))",
      "[p == q for p, q in pairs]",
      "{k: v == 1 for k, v in d.items()}",
      "f(a == b)",
      "f(a, key=lambda x: x == 1)",
      "len(x) + 0",
      "len(a)(b)",
      "obj.len(x)",
      "lengths(x)",
      "isinstance_of(x)",
      "d['a == b']",
      "f('x == y')",
      "f(\"in\") + 'and'",
      "f(r'\\d+ == \\'x') + g()",
      "f(\"\"\"a\n== b\"\"\")",
      "f(f'{a == b}')",
      "f(f\"{d[\"k\"] == 1}\") + \"x\"",
      "f(x)  # == True",
      "x[1:2]",
      "a if cond == 1 else b",
      "(x := f(3))",
      "lambda: a == b",
      "(v for v in items if v in seen)",
      "island + order + nothing + isle",
      "not_a_keyword(x)",
      "f(x); g(y)",
      "-x",
      "a << b",
      "a >> b",
      "x[a == b]",
      "",
  })
  void valuesThatCarryTheAnswerAreFine(String call) {
    assertThat(ClaimRule.violation(call)).as(call).isEmpty();
  }

  @ParameterizedTest
  @CsvSource(delimiter = '|', quoteCharacter = '"', value = {
      "f(big) == [1, 2]                | a comparison (==)",
      "f(x) != 3                       | a comparison (!=)",
      "f(x) < 3                        | a comparison (<)",
      "f(x) >= 3                       | a comparison (>=)",
      "0 < f(x) <= 3                   | a comparison (<)",
      "'Odd' in message                | a comparison (in)",
      "x not in seen                   | a comparison (not in)",
      "f(None) is None                 | a comparison (is)",
      "f(x) is not None                | a comparison (is not)",
      "f(1) and f(2)                   | a boolean operation (and)",
      "f(1) or f(2)                    | a boolean operation (or)",
      "not f(1)                        | a not expression",
      "not x in y                      | a not expression",
      "len(hanoi(12))                  | a call to len()",
      "len (hanoi(12))                 | a call to len()",
      "bool(f(x))                      | a call to bool()",
      "isinstance(A.b, Bounded)        | a call to isinstance()",
      "issubclass(E, Exception)        | a call to issubclass()",
      "hasattr(b, 'tmp')               | a call to hasattr()",
      "callable(f)                     | a call to callable()",
      "all(f(x) for x in xs)           | a call to all()",
      "any([f(x), g(x)])               | a call to any()",
      "(f(x) == 3)                     | a comparison (==)",
      "((len(f(x))))                   | a call to len()",
      "a if c else b == 1              | a comparison (==)",
      "a == 1 if c else b              | a comparison (==)",
      "(y := f(x) == 3)                | a comparison (==)",
      "await f() == 1                  | a comparison (==)",
      "'a == b' == f('x')              | a comparison (==)",
  })
  void valuesThatReduceTheAnswerAreRejected(String call, String why) {
    assertThat(ClaimRule.violation(call)).as(call).contains(why);
  }

  @ParameterizedTest
  @CsvSource(delimiter = '|', quoteCharacter = '"', value = {
      // the last statement decides, not the first
      "ok = f(1) == 1\\nf(2)                                          | ",
      "f(1)\\nf(2) == 2                                              | a comparison (==)",
      // a multi-line last expression
      "a = [0, 1] * 5\\nmove(a)\\na == [\\n    1, 1,\\n]                | a comparison (==)",
      "a = [0, 1] * 5\\nmove(a)\\n(\\n    a,\\n    a == [1],\\n)          | ",
      "total = (1 +\\n    2)\\nlen(\\n    f(total))                      | a call to len()",
      "x = 1 + \\\\\\n    2\\nx \\\\\\n  == 3                               | a comparison (==)",
      // a comment or blank line after the last expression changes nothing
      "f(1) == 1\\n# done\\n\\n                                         | a comparison (==)",
      "s = '''\\nlen(x) == 1\\n'''\\ns                                 | ",
      // statements that are not expressions: no value is claimed
      "class A:\\n    pass\\nA.x = 1 == 1                             | ",
      "for x in y:\\n    x == 1                                      | ",
      "with f() as g:\\n    len(g)                                   | ",
      "if a == b: c == d                                             | ",
      "x += a == b                                                   | ",
      "x: bool = a == b                                              | ",
      "assert f(1) == 1                                              | ",
      "del a[b == c]                                                 | ",
      "f(1); len(x)                                                  | a call to len()",
      "len(x); f(1)                                                  | ",
      "try:\\n    f(x)\\nexcept ValueError:\\n    ok = x in y          | ",
      "@deco\\ndef f():\\n    return a == b                          | ",
  })
  void onlyTheLastTopLevelExpressionCounts(String call, String why) {
    String source = call.replace("\\n", "\n").replace("\\\\", "\\");
    if (why == null) {
      assertThat(ClaimRule.violation(source)).as(source).isEmpty();
    } else {
      assertThat(ClaimRule.violation(source)).as(source).contains(why);
    }
  }
}
