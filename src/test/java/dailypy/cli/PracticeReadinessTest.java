package dailypy.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dailypy.testing.WarmingRunner;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.atomic.AtomicBoolean;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/** Practice shows no question before the runner can grade it. */
class PracticeReadinessTest {

  @TempDir
  Path dir;

  @Test
  void theQuestionAppearsOnlyOnceTheGraderIsReady() throws Exception {
    WarmingRunner warming = new WarmingRunner();
    CompletableFuture<Void> readiness = warming.readiness;
    AtomicBoolean readyWhenShown = new AtomicBoolean();
    // The output stream completes the readiness when "Starting the grader…" is written, and
    // records whether the grader was ready when the question's title was.
    ByteArrayOutputStream bytes = new ByteArrayOutputStream() {
      @Override
      public synchronized void write(byte[] b, int off, int len) {
        String text = new String(b, off, len, StandardCharsets.UTF_8);
        if (text.contains("[BASIC]")) {
          readyWhenShown.set(readiness.isDone());
        }
        super.write(b, off, len);
        if (text.contains("Starting the grader")) {
          readiness.complete(null);
        }
      }
    };
    PrintStream out = new PrintStream(bytes, true, StandardCharsets.UTF_8);
    Path config = dir.resolve("tutor.yaml");
    Files.writeString(config, "progress:\n  database: " + dir.resolve("tutor.db") + "\n");
    PracticeCommand command = new PracticeCommand(wanted -> warming,
        new ByteArrayInputStream("quit\n".getBytes(StandardCharsets.UTF_8)), out,
        Clock.fixed(Instant.parse("2026-11-29T12:00:00Z"), ZoneOffset.UTC), false);

    int exit = new CommandLine(command).execute("--question", "sum-of-list", "--no-files",
        "--config", config.toString());

    String text = bytes.toString(StandardCharsets.UTF_8);
    assertThat(exit).as(text).isZero();
    assertThat(text.indexOf("Starting the grader")).isNotNegative()
        .isLessThan(text.indexOf("[BASIC]"));
    assertThat(readyWhenShown).isTrue();
  }
}
