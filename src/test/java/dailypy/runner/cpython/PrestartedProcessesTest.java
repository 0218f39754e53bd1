package dailypy.runner.cpython;

import static org.assertj.core.api.Assertions.assertThat;

import dailypy.runner.Limits;
import dailypy.runner.RunRequest;
import dailypy.runner.RunResult;
import dailypy.runner.Runner;
import dailypy.runner.TestSpec;
import dailypy.verdict.Verdict;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Pre-started sandboxed interpreters (real python3 in bubblewrap): each serves exactly one
 * submission, the limits hold as for a fresh process, a dead one is replaced, and closing the
 * backend leaves no process behind.
 */
class PrestartedProcessesTest {

  private static CPythonRunner.Started started;
  private static PrestartedProcesses pool;

  @BeforeAll
  static void start() {
    started = CPythonRunner.start(CPythonConfig.defaults().withPrestarted(2), List.of());
    pool = ((CPythonBackend) started.backend()).prestarted();
  }

  @AfterAll
  static void stop() {
    started.runner().close();
  }

  static RunRequest request(String code, String call, String expected, Duration cpu) {
    return new RunRequest(code, new TestSpec.Cases(List.of(new TestSpec.Case(null, call,
        expected, null, false, false, 1e-9))), List.of(), Limits.DEFAULT.withCpuTime(cpu),
        Set.of());
  }

  static RunResult run(Runner runner, String code, String call, String expected) {
    return runner.run(request(code, call, expected, Duration.ofSeconds(5)));
  }

  /** Waits (bounded) until the pool holds its two ready processes again. */
  static List<Long> readyPids() throws InterruptedException {
    for (int i = 0; i < 500 && pool.readyPids().size() < 2; i++) {
      Thread.sleep(20);
    }
    return pool.readyPids();
  }

  @Test
  void aModuleLevelChangeBySubmissionOneIsInvisibleToTheNext() throws Exception {
    // Each submission marks a standard module and reports whether it found a mark: a reused
    // interpreter would find the one its previous submission left.
    String code = """
        import string
        def seen_before():
            seen = hasattr(string, 'dailypy_mark')
            string.dailypy_mark = True
            return seen
        """;
    List<Long> used = new ArrayList<>();
    for (int i = 0; i < 5; i++) {
      List<Long> before = readyPids();
      assertThat(before).hasSize(2);
      RunResult r = run(started.runner(), code, "seen_before()", "False");
      assertThat(r.verdict()).as(r.message()).isEqualTo(Verdict.PASSED);
      List<Long> after = readyPids();
      // The one taken is gone for good: killed after its submission, never back in the pool.
      List<Long> taken = before.stream().filter(p -> !after.contains(p)).toList();
      // (the first grading may also take one for the answer key's expected values)
      assertThat(taken).isNotEmpty();
      for (long pid : taken) {
        assertThat(ProcessHandle.of(pid).filter(PrestartedProcessesTest::running)).isEmpty();
      }
      used.addAll(taken);
    }
    assertThat(used).doesNotHaveDuplicates();
  }

  @Test
  void theCpuBackstopCountsFromTheSubmissionNotFromTheProcessStart() {
    // A waiting process may use up to 10 minutes of CPU; the submission's own RLIMIT_CPU
    // (its limit + 10 s, rounded up, + 1: 12 s for 1 s, a little more where calibration
    // scales the limit up) counts from when it began.
    String code = """
        import resource
        def margin():
            soft, hard = resource.getrlimit(resource.RLIMIT_CPU)
            used = resource.getrusage(resource.RUSAGE_SELF)
            return soft - int(used.ru_utime + used.ru_stime), hard - soft
        """;
    RunResult r = started.runner().run(request(code,
        "12 <= margin()[0] <= 30 and margin()[1] == 1", "True", Duration.ofSeconds(1)));

    assertThat(r.verdict()).as(r.message() + " " + r.tests()).isEqualTo(Verdict.PASSED);
  }

  @Test
  void theCpuLimitStillGivesTimeout() {
    RunResult r = started.runner().run(request("def spin():\n    while True:\n        pass\n",
        "spin()", "None", Duration.ofSeconds(1)));

    assertThat(r.verdict()).as(r.message()).isEqualTo(Verdict.TIMEOUT);
  }

  @Test
  void theMemoryLimitStillGivesMemoryLimit() {
    RunResult r = run(started.runner(), "def hog():\n    return len(bytearray(2 * 1024 ** 3))\n",
        "hog()", "0");

    assertThat(r.verdict()).as(r.message()).isEqualTo(Verdict.MEMORY_LIMIT);
  }

  @Test
  void aKilledWaitingProcessIsReplacedAndGradingStillSucceeds() throws Exception {
    // The interpreters die as the OOM killer would end them: everything inside each sandbox is
    // killed (the pool holds bubblewrap, outside). A grading right after must not get them,
    // nor must the evaluation of its expected values (a new call each round).
    for (int round = 0; round < 3; round++) {
      List<Long> before = readyPids();
      for (long pid : before) {
        ProcessHandle.of(pid).ifPresent(h ->
            h.descendants().forEach(ProcessHandle::destroyForcibly));
      }

      RunResult r = run(started.runner(), "def one():\n    return 1\n",
          "one() + " + round, Integer.toString(1 + round));

      assertThat(r.verdict()).as(r.message()).isEqualTo(Verdict.PASSED);
      List<Long> after = readyPids();
      assertThat(after).hasSize(2).doesNotContainAnyElementsOf(before);
    }
  }

  @Test
  void closingLeavesNoProcessBehind() throws Exception {
    CPythonRunner.Started own = CPythonRunner.start(CPythonConfig.defaults().withPrestarted(3),
        List.of());
    PrestartedProcesses ownPool = ((CPythonBackend) own.backend()).prestarted();
    RunResult r = run(own.runner(), "def one():\n    return 1\n", "one()", "1");
    assertThat(r.verdict()).isEqualTo(Verdict.PASSED);
    List<ProcessHandle> sandboxes = new ArrayList<>();
    for (int i = 0; i < 500 && ownPool.readyPids().size() < 3; i++) {
      Thread.sleep(20);
    }
    for (long pid : ownPool.readyPids()) {
      ProcessHandle.of(pid).ifPresent(h -> {
        sandboxes.add(h);
        h.descendants().forEach(sandboxes::add);
      });
    }
    assertThat(sandboxes).hasSizeGreaterThanOrEqualTo(3);

    own.runner().close();

    assertThat(sandboxes).noneMatch(PrestartedProcessesTest::running);
    assertThat(ownPool.size()).isZero();
  }

  static boolean running(ProcessHandle h) {
    return SandboxedProcess.running(h);
  }
}
