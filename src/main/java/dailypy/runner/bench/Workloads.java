package dailypy.runner.bench;

import dailypy.runner.Limits;
import dailypy.runner.RunRequest;
import dailypy.runner.TestSpec;
import java.util.List;
import java.util.Set;

/**
 * The submissions the benchmark grades: typical (assert-style cases), unittest-style, a stateful
 * class scenario, test-writing (the user's tests against the reference and its mutants) and
 * CPU-heavy.
 */
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

  static final Workload SCENARIO = new Workload("stateful class scenario", new RunRequest("""
      class BankAccount:
          def __init__(self, owner, balance=0):
              self.owner = owner
              self.balance = balance
              self.history = []
          def deposit(self, amount):
              if amount <= 0:
                  raise ValueError("deposit must be positive")
              self.balance += amount
              self.history.append(("deposit", amount))
          def withdraw(self, amount):
              if amount > self.balance:
                  raise ValueError("insufficient funds")
              self.balance -= amount
              self.history.append(("withdraw", amount))
      """, new TestSpec.Cases(List.of(
          test("a = BankAccount('ann')\na.deposit(50)\na.withdraw(20)\na.balance", "30", false),
          new TestSpec.Case(null, "BankAccount('bo').withdraw(1)", null, "ValueError", false, false, 1e-9),
          test("a = BankAccount('cy', 10)\na.deposit(5)\ntry:\n    a.withdraw(100)\nexcept ValueError:\n    pass\n"
              + "(a.balance, a.history)", "(15, [('deposit', 5)])", true),
          new TestSpec.Case(null, "BankAccount('di').deposit(0)", null, "ValueError", true, false, 1e-9))),
      List.of(), Limits.DEFAULT, Set.of()));

  private static final String AGES = """
      def parse_age(text):
          if not isinstance(text, str):
              raise TypeError("expected str")
          age = int(text)
          if not 0 <= age <= 150:
              raise ValueError("age out of range")
          return age
      """;

  static final Workload TEST_WRITING = new Workload("test-writing (reference and 3 mutants)", new RunRequest("""
      import unittest
      from ages import parse_age

      class TestParseAge(unittest.TestCase):
          def test_valid(self):
              self.assertEqual(parse_age(" 7 "), 7)
              self.assertEqual(parse_age("0"), 0)
              self.assertEqual(parse_age("150"), 150)
          def test_errors(self):
              for bad in ["-1", "151", "abc", ""]:
                  with self.assertRaises(ValueError):
                      parse_age(bad)
              with self.assertRaises(TypeError):
                  parse_age(42)
      """, new TestSpec.TestWriting("ages", AGES, List.of(
          new TestSpec.Mutant("accepts negative ages", AGES.replace("not 0 <= age <= 150", "age > 150"), false),
          new TestSpec.Mutant("rejects 150", AGES.replace("age <= 150", "age < 150"), false),
          new TestSpec.Mutant("returns the text", AGES.replace("return age", "return text"), true))),
      List.of(), Limits.DEFAULT, Set.of()));

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
    return List.of(BASIC, UNITTEST, SCENARIO, TEST_WRITING, fixCpuHeavy());
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
