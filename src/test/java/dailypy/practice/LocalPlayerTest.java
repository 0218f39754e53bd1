package dailypy.practice;

import static org.assertj.core.api.Assertions.assertThat;

import dailypy.app.App;
import dailypy.app.BankQuestions;
import dailypy.app.StoreProgress;
import dailypy.grading.Grader;
import dailypy.progress.ProgressStore;
import dailypy.questions.Fixtures;
import dailypy.questions.Question;
import dailypy.questions.QuestionBank;
import dailypy.runner.RunResult;
import dailypy.testing.MutableClock;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The local user's daily questions, over a real SQLite file and many days. */
class LocalPlayerTest {
  @TempDir
  Path dir;

  /** Everything is gradable; nothing here grades. */
  private static final Grader ANY = new Grader() {
    @Override
    public RunResult grade(Question question, String answer) {
      throw new UnsupportedOperationException("not graded in this test");
    }

    @Override
    public Gradability gradability(Question question) {
      return Gradability.YES;
    }
  };

  @Test
  void twoQuestionsAlternateDayAfterDayAcrossCycles() {
    QuestionBank good = Fixtures.good();
    QuestionBank two = new QuestionBank(List.of(good.find("sum-of-list").orElseThrow(),
        good.find("double-all").orElseThrow()), Map.of());
    MutableClock clock = new MutableClock(Instant.parse("2026-11-23T12:00:00Z"));
    List<String> asked = new ArrayList<>();
    try (ProgressStore store = ProgressStore.open(dir.resolve("tutor.db"), clock)) {
      // several seeds: with a random pick, a repeat would show up on some of them
      for (int seed = 0; seed < 4; seed++) {
        LocalPlayer player = new LocalPlayer(
            new App(new BankQuestions(two, ANY, new Random(seed)), ANY, new StoreProgress(store), clock));
        for (int day = 0; day < 2; day++) {
          List<Question> today = player.todaysQuestions(List.of("basic"));
          assertThat(today).hasSize(1);
          assertThat(player.todaysQuestions(List.of("basic"))).as("chosen once a day").isEqualTo(today);
          asked.add(today.getFirst().id());
          clock.advance(Duration.ofDays(1));
        }
      }
    }
    assertThat(asked).hasSize(8);
    for (int day = 1; day < asked.size(); day++) {
      assertThat(asked.get(day)).as("day %d of %s", day, asked).isNotEqualTo(asked.get(day - 1));
    }
  }
}
