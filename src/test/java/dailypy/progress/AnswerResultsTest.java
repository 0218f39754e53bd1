package dailypy.progress;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Duration;
import java.time.ZoneId;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.Parameter;
import org.junit.jupiter.params.ParameterizedClass;
import org.junit.jupiter.params.provider.EnumSource;

/** The bot's result message per answer message: saved, replaced, pruned, and kept on disk. */
@ParameterizedClass
@EnumSource(StoreKind.class)
class AnswerResultsTest {
  @Parameter StoreKind kind;
  @TempDir Path dir;
  StoreFixture f;

  @BeforeEach
  void open() {
    f = new StoreFixture(kind, dir, 42L, ZoneId.of("UTC"));
  }

  @AfterEach
  void close() {
    f.store.close();
  }

  @Test
  void aSavedResultMessageIsFoundOnlyInItsGuild() {
    AnswerResults results = f.store.answerResults();
    assertThat(results.find(f.guild, 100)).isEmpty();
    results.save(f.guild, 100, 200);
    assertThat(results.find(f.guild, 100)).hasValue(200);
    assertThat(results.find(f.guild + 1, 100)).isEmpty();
    assertThat(results.find(f.guild, 101)).isEmpty();
  }

  @Test
  void aNewReplyReplacesTheRememberedResultMessage() {
    f.store.answerResults().save(f.guild, 100, 200);
    f.store.answerResults().save(f.guild, 100, 300);
    assertThat(f.store.answerResults().find(f.guild, 100)).hasValue(300);
  }

  @Test
  void resultMessagesOlderThanTheKeepTimeArePrunedWhenAnotherIsSaved() {
    f.store.answerResults().save(f.guild, 100, 200);
    f.clock.set(f.clock.instant().plus(AnswerResults.KEEP).plus(Duration.ofMinutes(1)));
    f.store.answerResults().save(f.guild, 101, 201);
    assertThat(f.store.answerResults().find(f.guild, 100)).isEmpty();
    assertThat(f.store.answerResults().find(f.guild, 101)).hasValue(201);
  }

  @Test
  void resultMessagesSurviveReopeningTheStore() {
    f.store.answerResults().save(f.guild, 100, 200);
    f.store.close();
    try (ProgressStore reopened = ProgressStore.open(f.location, f.clock)) {
      assertThat(reopened.answerResults().find(f.guild, 100)).hasValue(200);
    }
    f = new StoreFixture(f.location, 42L, ZoneId.of("UTC"));
  }
}
