package dailypy.discord.answers;

import static org.assertj.core.api.Assertions.assertThat;

import dailypy.app.App;
import dailypy.discord.render.ResultEmbed;
import dailypy.discord.support.InMemoryProgress;
import dailypy.discord.support.SampleQuestions;
import dailypy.grading.Grader;
import dailypy.questions.Question;
import dailypy.runner.RunResult;
import dailypy.testing.MutableClock;
import dailypy.testing.Results;
import dailypy.verdict.Verdict;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.function.Function;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** The grading flow on its own ports: a grader function, the in-memory progress and a recording sink. */
class GradingFlowTest {
  private final MutableClock clock = new MutableClock(Instant.parse("2026-01-01T00:00:00Z"));
  private final InMemoryProgress progress = new InMemoryProgress(clock);
  private GradingQueue queue;

  private GradingFlow flow(Function<String, RunResult> grade) {
    return flow(grade, Duration.ofHours(1));
  }

  private GradingFlow flow(Function<String, RunResult> grade, Duration progressAfter) {
    queue = new GradingQueue(1, Duration.ZERO, clock);
    Grader grader = new Grader() {
      @Override
      public RunResult grade(Question question, String answer) {
        return grade.apply(answer);
      }

      @Override
      public Gradability gradability(Question question) {
        return Gradability.YES;
      }
    };
    return new GradingFlow(new App(new SampleQuestions(), grader, progress, clock).answering(), queue, progressAfter);
  }

  @AfterEach
  void stop() throws InterruptedException {
    queue.shutdown(Duration.ofSeconds(5));
  }

  /** Records what the flow sends. */
  static final class RecordingSink implements ResultSink {
    final List<String> events = new CopyOnWriteArrayList<>();
    final CountDownLatch finished = new CountDownLatch(1);

    @Override
    public void progress(String text) {
      events.add("progress: " + text);
    }

    @Override
    public void deliver(ResultEmbed.Rendered result) {
      events.add("result: " + result.embed().getDescription());
      finished.countDown();
    }

    @Override
    public void fail(String text) {
      events.add("fail: " + text);
      finished.countDown();
    }
  }

  /** A grader that holds every answer until {@code release} opens, then gives {@code result}. */
  private static Function<String, RunResult> heldUntil(CountDownLatch release, RunResult result) {
    return code -> {
      try {
        release.await(5, TimeUnit.SECONDS);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
      }
      return result;
    };
  }

  private static GradingFlow.Job job(String code) {
    return GradingFlow.Job.own(SampleQuestions.ADD, null, 1, 7, code);
  }

  @Test
  void aPassIsRecordedAndShownWithItsPoints() throws Exception {
    RecordingSink sink = new RecordingSink();
    flow(code -> Results.of(Verdict.PASSED).millis(5).build()).start(job("ok"), sink);
    assertThat(sink.finished.await(5, TimeUnit.SECONDS)).isTrue();
    assertThat(sink.events).singleElement().asString().contains("Passed").contains("+10 points");
    assertThat(progress.submissions).hasSize(1);
  }

  @Test
  void busyIsShownAsBusyAndNotRecordedAsAnAttempt() throws Exception {
    RecordingSink sink = new RecordingSink();
    flow(code -> RunResult.of(Verdict.BUSY, "queue full", "test")).start(job("x"), sink);
    assertThat(sink.finished.await(5, TimeUnit.SECONDS)).isTrue();
    assertThat(sink.events).singleElement().asString().contains("Grader busy").contains("try again");
    assertThat(progress.submissions).isEmpty();
  }

  @Test
  void aGraderCrashBecomesAShortMessageWithAReferenceId() throws Exception {
    RecordingSink sink = new RecordingSink();
    flow(code -> {
      throw new IllegalStateException("boom");
    }).start(job("x"), sink);
    assertThat(sink.finished.await(5, TimeUnit.SECONDS)).isTrue();
    assertThat(sink.events).singleElement().asString().startsWith("fail: ⚠️").containsPattern("Reference: `[0-9a-f]{8}`")
        .doesNotContain("boom");
  }

  @Test
  void anAnswerBehindOthersIsToldItIsQueued() throws Exception {
    CountDownLatch release = new CountDownLatch(1);
    GradingFlow flow = flow(heldUntil(release, Results.of(Verdict.PASSED).millis(5).build()));
    RecordingSink first = new RecordingSink();
    RecordingSink second = new RecordingSink();
    flow.start(GradingFlow.Job.own(SampleQuestions.ADD, null, 1, 7, "a"), first);
    flow.start(GradingFlow.Job.own(SampleQuestions.ADD, null, 1, 8, "b"), second);
    assertThat(second.events).containsExactly("progress: ⏳ Queued: 1 answer(s) ahead of yours…");
    release.countDown();
    assertThat(second.finished.await(5, TimeUnit.SECONDS)).isTrue();
    assertThat(second.events).hasSize(2).last().asString().contains("Passed");
  }

  @Test
  void aSecondAnswerWhileTheFirstIsGradingIsRefused() throws Exception {
    CountDownLatch release = new CountDownLatch(1);
    GradingFlow flow = flow(heldUntil(release, Results.of(Verdict.FAILED).message("no").millis(5).build()));
    RecordingSink first = new RecordingSink();
    RecordingSink second = new RecordingSink();
    assertThat(flow.start(job("a"), first)).isTrue();
    assertThat(flow.start(job("b"), second)).isFalse();
    assertThat(second.events).singleElement().asString().contains("still being graded");
    release.countDown();
    assertThat(first.finished.await(5, TimeUnit.SECONDS)).isTrue();
  }

  @Test
  void aStopWaitsForTheGradingsInFlightAndSendsEveryResult() throws Exception {
    CountDownLatch release = new CountDownLatch(1);
    GradingFlow flow = flow(heldUntil(release, Results.of(Verdict.PASSED).millis(5).build()));
    RecordingSink running = new RecordingSink();
    RecordingSink queued = new RecordingSink();
    flow.start(GradingFlow.Job.own(SampleQuestions.ADD, null, 1, 7, "a"), running);
    flow.start(GradingFlow.Job.own(SampleQuestions.ADD, null, 1, 8, "b"), queued);
    Thread.ofVirtual().start(() -> {
      sleep(200);
      release.countDown();
    });
    GradingFlow.Stopped stopped = flow.stop(Duration.ofSeconds(5), Duration.ofSeconds(5));
    assertThat(stopped).isEqualTo(new GradingFlow.Stopped(2, 0, true));
    assertThat(running.events).singleElement().asString().contains("Passed");
    assertThat(queued.events).last().asString().contains("Passed");
    RecordingSink late = new RecordingSink();
    assertThat(flow.start(job("c"), late)).isFalse();
    assertThat(late.events).singleElement().asString().contains("restarting");
  }

  @Test
  void pastTheGraceEachUnfinishedGradingIsAskedToBeSentAgainOnce() throws Exception {
    CountDownLatch never = new CountDownLatch(1);
    GradingFlow flow = flow(heldUntil(never, Results.of(Verdict.PASSED).millis(5).build()));
    RecordingSink running = new RecordingSink();
    RecordingSink queued = new RecordingSink();
    flow.start(GradingFlow.Job.own(SampleQuestions.ADD, null, 1, 7, "a"), running);
    flow.start(GradingFlow.Job.own(SampleQuestions.ADD, null, 1, 8, "b"), queued);
    GradingFlow.Stopped stopped = flow.stop(Duration.ofMillis(100), Duration.ofSeconds(5));
    assertThat(stopped).isEqualTo(new GradingFlow.Stopped(0, 2, true));
    queue.shutdown(Duration.ofSeconds(5)); // the interrupted grading ends; its late result is dropped
    assertThat(running.events).containsExactly("fail: " + GradingFlow.RESTARTING);
    assertThat(queued.events).last().isEqualTo("fail: " + GradingFlow.RESTARTING);
    assertThat(queued.events).noneMatch(e -> e.startsWith("result:"));
  }

  @Test
  void aGradingThatTakesAWhileShowsItIsUnderWayThenItsResult() throws Exception {
    CountDownLatch release = new CountDownLatch(1);
    GradingFlow flow = flow(heldUntil(release, Results.of(Verdict.PASSED).millis(5).build()), Duration.ofMillis(50));
    RecordingSink sink = new RecordingSink();
    flow.start(job("slow"), sink);
    for (int i = 0; i < 200 && sink.events.isEmpty(); i++) {
      Thread.sleep(10);
    }
    release.countDown();
    assertThat(sink.finished.await(5, TimeUnit.SECONDS)).isTrue();
    Thread.sleep(100); // a late status line would come now
    assertThat(sink.events).hasSize(2);
    assertThat(sink.events.get(0)).isEqualTo("progress: " + GradingFlow.GRADING);
    assertThat(sink.events.get(1)).contains("Passed");
  }

  @Test
  void aQuickGradingShowsOnlyItsResult() throws Exception {
    RecordingSink sink = new RecordingSink();
    flow(code -> Results.of(Verdict.PASSED).millis(5).build(), Duration.ofSeconds(2)).start(job("ok"), sink);
    assertThat(sink.finished.await(5, TimeUnit.SECONDS)).isTrue();
    Thread.sleep(100);
    assertThat(sink.events).singleElement().asString().startsWith("result:");
  }

  private static void sleep(long millis) {
    try {
      Thread.sleep(millis);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }
}
