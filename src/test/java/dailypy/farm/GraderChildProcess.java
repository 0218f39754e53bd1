package dailypy.farm;

import static org.assertj.core.api.Assertions.assertThat;

import dailypy.runner.ChildEnvironment;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

/**
 * A {@link GraderChild} process and what it printed ({@code ready}, {@code start <job>},
 * {@code finish <job> <recorded>}), read on a thread of its own.
 */
public final class GraderChildProcess {
  public final Process process;
  private final List<String> lines = new CopyOnWriteArrayList<>();
  private final CountDownLatch ready = new CountDownLatch(1);
  private volatile CountDownLatch starts;

  private GraderChildProcess(Process process, int startsToAwait) {
    this.process = process;
    this.starts = new CountDownLatch(startsToAwait);
  }

  /**
   * Starts a grader with {@link GraderChild}'s arguments and waits until it is ready. {@code
   * startsToAwait} is how many job starts {@link #awaitStarts} first waits for.
   */
  public static GraderChildProcess start(String name, ProcessBuilder.Redirect stderr,
      int startsToAwait, String... childArgs) throws Exception {
    List<String> command = new ArrayList<>(List.of(
        Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-Xmx128m",
        "-XX:TieredStopAtLevel=1", "-cp", System.getProperty("java.class.path"),
        GraderChild.class.getName()));
    command.addAll(List.of(childArgs));
    Process p = ChildEnvironment.clean(new ProcessBuilder(command)).redirectError(stderr).start();
    GraderChildProcess g = new GraderChildProcess(p, startsToAwait);
    Thread.ofPlatform().daemon().start(() -> g.read(p));
    assertThat(g.ready.await(60, TimeUnit.SECONDS)).as("grader " + name + " ready").isTrue();
    return g;
  }

  private void read(Process p) {
    try (BufferedReader out = new BufferedReader(
        new InputStreamReader(p.getInputStream(), StandardCharsets.UTF_8))) {
      String line;
      while ((line = out.readLine()) != null) {
        lines.add(line);
        if (line.equals("ready")) {
          ready.countDown();
        } else if (line.startsWith("start ")) {
          starts.countDown();
        }
      }
    } catch (IOException ignored) {
      // The process was killed.
    }
  }

  /** From now on, {@link #awaitStarts} waits for {@code count} more job starts. */
  public void expectStarts(int count) {
    starts = new CountDownLatch(count);
  }

  /** Whether the expected job starts happened within {@code seconds}. */
  public boolean awaitStarts(long seconds) throws InterruptedException {
    return starts.await(seconds, TimeUnit.SECONDS);
  }

  /** The id of the last job it started, or -1. */
  public long lastStarted() {
    long last = -1;
    for (String l : lines) {
      if (l.startsWith("start ")) {
        last = Long.parseLong(l.substring(6));
      }
    }
    return last;
  }

  /** The jobs it finished, each with whether its result was the one recorded. */
  public Map<Long, Boolean> finished() {
    Map<Long, Boolean> out = new HashMap<>();
    for (String l : lines) {
      if (l.startsWith("finish ")) {
        String[] p = l.split(" ");
        out.put(Long.parseLong(p[1]), Boolean.parseBoolean(p[2]));
      }
    }
    return out;
  }
}
