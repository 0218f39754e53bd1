package dailypy.runner.bench;

import dailypy.runner.Limits;
import dailypy.runner.RunRequest;
import dailypy.runner.TestSpec;
import java.util.List;
import java.util.Set;

/** The submissions the benchmark grades: typical, unittest-style and CPU-heavy. */
final class Workloads {

  private Workloads() {}

  record Workload(String name, RunRequest request) {}

  static TestSpec.Case test(String call, String expected, boolean hidden) {
    return new TestSpec.Case(null, call, expected, null, hidden, false, 1e-9);
  }

  static final Workload BASIC = new Workload("assert-style basic", new RunRequest("""
      def sum_of_list(numbers):
          total = 0
          for n in numbers:
              total += n
          return total
      """, new TestSpec.Cases(List.of(
          test("sum_of_list([1, 2, 3, 4])", "10", false),
          test("sum_of_list([])", "0", false),
          test("sum_of_list([-3, 3])", "0", false),
          test("sum_of_list([7])", "7", true),
          test("sum_of_list(list(range(1000)))", "499500", true))),
      List.of(), Limits.DEFAULT, Set.of()));

  static final Workload UNITTEST = new Workload("unittest-style", new RunRequest("""
      class Stack:
          def __init__(self):
              self._items = []
          def push(self, item):
              self._items.append(item)
          def pop(self):
              if not self._items:
                  raise IndexError("pop from an empty stack")
              return self._items.pop()
          def peek(self):
              return self._items[-1] if self._items else None
          def is_empty(self):
              return not self._items
      """, new TestSpec.Unittest("""
      import unittest
      from solution import Stack

      class StackTest(unittest.TestCase):
          def test_push_pop(self):
              s = Stack(); s.push(1); s.push(2)
              self.assertEqual(s.pop(), 2)
          def test_peek_empty(self):
              self.assertIsNone(Stack().peek())
          def test_is_empty(self):
              self.assertTrue(Stack().is_empty())
          def test_hidden_pop_empty(self):
              with self.assertRaises(IndexError):
                  Stack().pop()
      """), List.of(), Limits.DEFAULT, Set.of()));

  static final Workload CPU_HEAVY = new Workload("cpu-heavy (palindromic substrings, n=300)",
      new RunRequest("""
      def count_palindromes(s):
          count = 0
          for centre in range(2 * len(s) - 1):
              left, right = centre // 2, centre // 2 + centre % 2
              while left >= 0 and right < len(s) and s[left] == s[right]:
                  count += 1
                  left -= 1
                  right += 1
          return count
      """, new TestSpec.Cases(List.of(
          test("count_palindromes('aba')", "4", false),
          test("count_palindromes(('abcba' * 60))", "expected_count", true))),
          List.of(), Limits.DEFAULT.withCpuTime(java.time.Duration.ofSeconds(20)), Set.of()));

  static List<Workload> all() {
    return List.of(BASIC, UNITTEST, fixCpuHeavy());
  }

  /** The CPU-heavy case's expected value, computed once in Java so the workload is honest. */
  private static Workload fixCpuHeavy() {
    String s = "abcba".repeat(60);
    long count = 0;
    for (int centre = 0; centre < 2 * s.length() - 1; centre++) {
      int left = centre / 2;
      int right = left + centre % 2;
      while (left >= 0 && right < s.length() && s.charAt(left) == s.charAt(right)) {
        count++;
        left--;
        right++;
      }
    }
    TestSpec.Cases cases = (TestSpec.Cases) CPU_HEAVY.request().tests();
    List<TestSpec.Case> fixed = List.of(test("count_palindromes('aba')", "4", false),
        test(cases.cases().get(1).call(), Long.toString(count), true));
    RunRequest r = CPU_HEAVY.request();
    return new Workload(CPU_HEAVY.name(), new RunRequest(r.source(), new TestSpec.Cases(fixed),
        r.constraints(), r.limits(), r.requires()));
  }
}
