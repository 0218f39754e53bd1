package dailypy.runner.graal;

import static org.assertj.core.api.Assertions.assertThat;

import dailypy.runner.HarnessBackend;
import dailypy.runner.HarnessChannel;
import dailypy.runner.HarnessReply;
import dailypy.runner.HarnessRunner;
import dailypy.runner.Limits;
import dailypy.runner.RunRequest;
import dailypy.runner.RunResult;
import dailypy.runner.Runner;
import dailypy.runner.TestResult;
import dailypy.runner.TestSpec;
import dailypy.verdict.Verdict;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.Test;

/**
 * Random hidden cases on the real embedded runner: built by the answer-key interpreter from a
 * seeded generator and the reference, sent one at a time like hidden cases, judged in Java, and
 * stopped at the first failure.
 */
class RandomCasesTest {

  static final Runner RUNNER = SharedPool.runner();

  static final String REFERENCE = """
      def first_index(nums, x):
          for i, v in enumerate(nums):
              if v == x:
                  return i
          return -1
      """;

  /** Right whenever x occurs at most once: the fixed cases below never catch it. */
  static final String LAST_INDEX = """
      def first_index(nums, x):
          found = -1
          for i, v in enumerate(nums):
              if v == x:
                  found = i
          return found
      """;

  static final String GENERATOR = """
      def generate(rng, i):
          if i == 0:
              return ([], 1)
          nums = [rng.randint(0, 3) for _ in range(rng.randint(1, 8))]
          return (nums, rng.randint(0, 3))
      """;

  static final List<TestSpec.Case> FIXED = List.of(
      new TestSpec.Case(null, "first_index([5, 6, 7], 6)", "1", null, false, false, 1e-9),
      new TestSpec.Case(null, "first_index([5, 6], 9)", "-1", null, true, false, 1e-9));

  static TestSpec.Cases spec(String generator) {
    return new TestSpec.Cases(FIXED, new TestSpec.RandomCases(50, 42, generator,
        "first_index(*args)", REFERENCE, List.of(), false, 1e-9));
  }

  static RunResult run(String source) {
    return RUNNER.run(RunRequest.of(source, spec(GENERATOR)));
  }

  static List<TestResult> randomTests(RunResult r) {
    return r.tests().subList(FIXED.size(), r.tests().size());
  }

  @Test
  void theReferencePassesEveryRandomCaseAndEachCountsAsAHiddenTest() {
    RunResult r = run(REFERENCE);

    assertThat(r.verdict()).isEqualTo(Verdict.PASSED);
    assertThat(r.tests()).hasSize(52).allMatch(TestResult::passed);
    assertThat(randomTests(r)).allMatch(TestResult::hidden);
    assertThat(randomTests(r).get(16).name()).isEqualTo("random test 17 of 50");
  }

  @Test
  void aMistakeOnlyRandomInputsShowFailsAtItsFirstRandomCaseAndStopsThere() {
    RunResult r = run(LAST_INDEX);

    assertThat(r.verdict()).isEqualTo(Verdict.FAILED);
    List<TestResult> random = randomTests(r);
    int failed = random.indexOf(random.stream().filter(t -> !t.passed()).findFirst()
        .orElseThrow());
    assertThat(random.subList(0, failed)).allMatch(TestResult::passed);
    assertThat(random.get(failed).message()).isEmpty();
    assertThat(random.subList(failed + 1, 50)).isNotEmpty()
        .allMatch(t -> !t.passed() && t.message().equals("not run"));
    assertThat(r.message()).isEqualTo((FIXED.size() + failed) + " of 52 tests passed. "
        + "random test " + (failed + 1) + " of 50 failed.");
  }

  @Test
  void nothingARandomCasePrintedRaisedOrReceivedIsShown() {
    RunResult r = run("""
        def first_index(nums, x):
            print("input was", nums, x)
            if len(nums) > 3:
                raise ValueError(repr(nums))
            return nums.index(x) if x in nums else -1
        """);

    assertThat(r.verdict()).isEqualTo(Verdict.FAILED);
    assertThat(r.message()).matches("\\d+ of 52 tests passed\\. random test \\d+ of 50 failed\\.");
    assertThat(randomTests(r)).allMatch(t -> t.output().isEmpty()
        && (t.message().isEmpty() || t.message().equals("not run")));
    assertThat(r.output()).doesNotContain("input was");
  }

  @Test
  void randomCasesDoNotRunOnceAFixedCaseFailed() {
    RunResult r = run("def first_index(nums, x):\n    return nums.index(x) if x in nums else 0\n");

    assertThat(r.verdict()).isEqualTo(Verdict.FAILED);
    assertThat(r.message()).startsWith("1 of 52 tests passed. hidden test 1 failed.");
    assertThat(randomTests(r)).allMatch(t -> !t.passed() && t.message().equals("not run"));
  }

  @Test
  void anAnswerThatHangsOnARandomCaseTimesOutWithoutSayingWhichInput() {
    RunResult r = RUNNER.run(new RunRequest("""
        def first_index(nums, x):
            while len(nums) > 6:
                pass
            return nums.index(x) if x in nums else -1
        """, spec(GENERATOR), List.of(), Limits.DEFAULT.withCpuTime(Duration.ofSeconds(1)),
        java.util.Set.of()));

    assertThat(r.verdict()).isEqualTo(Verdict.TIMEOUT);
    assertThat(r.message()).endsWith("(in a hidden test)");
  }

  @Test
  void theRandomCasesAloneCatchTheMistakeTheFixedOnesMiss() {
    RunResult fixedOnly = RUNNER.run(RunRequest.of(LAST_INDEX, spec(GENERATOR).fixedOnly()));
    RunResult randomOnly = RUNNER.run(RunRequest.of(LAST_INDEX, spec(GENERATOR).randomOnly()));

    assertThat(fixedOnly.verdict()).isEqualTo(Verdict.PASSED);
    assertThat(randomOnly.verdict()).isEqualTo(Verdict.FAILED);
    assertThat(randomOnly.tests()).hasSize(50);
  }

  @Test
  void aGeneratorThatDoesNotReturnTheArgumentTupleIsAQuestionError() {
    RunResult r = RUNNER.run(RunRequest.of(REFERENCE, spec("""
        def generate(rng, i):
            return [1, 2]
        """)));

    assertThat(r.verdict()).isEqualTo(Verdict.ERROR);
    assertThat(r.message()).startsWith("Question error: random case 1: TypeError");
  }

  @Test
  void argumentsThatDoNotSurviveReprAreAQuestionError() {
    RunResult r = RUNNER.run(RunRequest.of(REFERENCE, spec("""
        def generate(rng, i):
            return (object(), 1)
        """)));

    assertThat(r.verdict()).isEqualTo(Verdict.ERROR);
    assertThat(r.message()).contains("random case 1");
  }

  static final String LARGEST = """
      def largest(nums):
          if not nums:
              raise ValueError("empty")
          return max(nums)
      """;

  static TestSpec.Cases largestSpec(List<String> raises) {
    return new TestSpec.Cases(List.of(), new TestSpec.RandomCases(50, 7, """
        def generate(rng, i):
            return ([rng.randint(-3, 3) for _ in range(i % 4)],)
        """, "largest(*args)", LARGEST, raises, false, 1e-9));
  }

  @Test
  void whereTheReferenceRaisesAListedExceptionTheAnswerMustRaiseItToo() {
    RunResult right = RUNNER.run(RunRequest.of(LARGEST, largestSpec(List.of("ValueError"))));
    RunResult lenient = RUNNER.run(RunRequest.of(
        "def largest(nums):\n    return max(nums) if nums else None\n",
        largestSpec(List.of("ValueError"))));

    assertThat(right.verdict()).isEqualTo(Verdict.PASSED);
    assertThat(lenient.verdict()).isEqualTo(Verdict.FAILED);
    assertThat(lenient.message()).isEqualTo("0 of 50 tests passed. random test 1 of 50 failed.");
  }

  @Test
  void anExceptionTheQuestionDoesNotListIsAQuestionError() {
    RunResult r = RUNNER.run(RunRequest.of(LARGEST, largestSpec(List.of())));

    assertThat(r.verdict()).isEqualTo(Verdict.ERROR);
    assertThat(r.message()).contains("random case 1: ValueError");
  }

  @Test
  void theUserInterpreterNeverSeesTheGeneratorOrTheReferenceAndCasesAreBuiltOnce() {
    Recording user = new Recording(WorkerPool.start(PoolConfig.defaults().withWorkers(1)));
    Recording key = new Recording(new AnswerKeyPool(PoolConfig.defaults()));
    try (Runner runner = new HarnessRunner(user, key, Map.of())) {
      RunResult first = runner.run(RunRequest.of(REFERENCE, spec(GENERATOR)));
      RunResult second = runner.run(RunRequest.of(LAST_INDEX, spec(GENERATOR)));

      assertThat(first.verdict()).isEqualTo(Verdict.PASSED);
      assertThat(second.verdict()).isEqualTo(Verdict.FAILED);
      assertThat(key.sent.stream().filter(m -> m.contains("\"op\":\"generate\""))).hasSize(1);
      assertThat(user.sent).isNotEmpty().noneMatch(m -> m.contains("def generate")
          || m.contains("rng.randint") || m.contains("\"op\":\"generate\""));
      // The reference's body is not in any message to the user's interpreter (its own code,
      // loaded as the answer in the first run, is the only place it appears).
      assertThat(user.sent.stream().filter(m -> m.contains("\"op\":\"case\"")))
          .noneMatch(m -> m.contains("enumerate"))
          .anyMatch(m -> m.contains("\"args\":\"(") && m.contains("first_index(*args)"));
    }
  }

  /** A backend that records every message sent through it. */
  static final class Recording implements HarnessBackend {
    final HarnessBackend inner;
    final List<String> sent = new CopyOnWriteArrayList<>();

    Recording(HarnessBackend inner) {
      this.inner = inner;
    }

    @Override
    public <T> T converse(Limits limits, Conversation<T> conversation) {
      return inner.converse(limits, channel -> conversation.run(new HarnessChannel() {
        @Override
        public HarnessReply send(String messageJson) {
          sent.add(messageJson);
          return channel.send(messageJson);
        }

        @Override
        public void restart() {
          channel.restart();
        }

        @Override
        public long cpuNanos() {
          return channel.cpuNanos();
        }
      }));
    }

    @Override
    public String name() {
      return inner.name();
    }

    @Override
    public void close() {
      inner.close();
    }
  }
}
