package dailypy.practice;

import dailypy.questions.Question;
import java.io.IOException;
import java.nio.file.ClosedWatchServiceException;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardWatchEventKinds;
import java.nio.file.WatchEvent;
import java.nio.file.WatchKey;
import java.nio.file.WatchService;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The answer file of each question ({@code <dir>/<id>.py}, or {@code .txt} for quiz and output
 * questions), created with the starter code, and a watcher that reports a save whose content
 * differs from what was last graded, so an answer is graded each time the user saves it.
 */
public final class AnswerFiles implements AutoCloseable {
  private static final Logger LOG = LoggerFactory.getLogger(AnswerFiles.class);
  /** Editors write a file in several steps; wait for them to finish before reading it. */
  private static final long SETTLE_MILLIS = 150;

  private final Path dir;
  private final Map<Path, String> lastSeen = new ConcurrentHashMap<>();
  private WatchService watcher;

  public AnswerFiles(Path dir) {
    this.dir = dir.toAbsolutePath().normalize();
  }

  public Path dir() {
    return dir;
  }

  /** The question's answer file, created with its starter if missing; its content is not graded until it changes. */
  public Path prepare(Question q) throws IOException {
    Files.createDirectories(dir);
    Path file = fileOf(q);
    if (!Files.exists(file)) {
      Files.writeString(file, initialContent(q));
    }
    lastSeen.put(file, Files.readString(file));
    return file;
  }

  public Path fileOf(Question q) {
    return dir.resolve(q.id() + q.kind().answerForm().fileSuffix());
  }

  /** The file's content if it changed since last seen (and is not blank), remembering it. */
  public java.util.Optional<String> changed(Path file) {
    try {
      String now = Files.readString(file);
      String before = lastSeen.put(file, now);
      return now.isBlank() || now.equals(before) ? java.util.Optional.empty() : java.util.Optional.of(now);
    } catch (IOException e) {
      return java.util.Optional.empty();
    }
  }

  private static String initialContent(Question q) {
    if (!q.kind().runsCode()) {
      return "";
    }
    String header = "# " + q.title() + " (" + q.id() + ")\n"
        + "# Write your answer below and save: practice grades it on every save.\n\n";
    return header + (q.starter() == null ? "" : q.starter().stripTrailing() + "\n");
  }

  /** Starts watching the folder; saves are offered to {@code inputs}. False if watching is unavailable. */
  public boolean watch(Inputs inputs) {
    try {
      Files.createDirectories(dir);
      watcher = FileSystems.getDefault().newWatchService();
      dir.register(watcher, StandardWatchEventKinds.ENTRY_CREATE, StandardWatchEventKinds.ENTRY_MODIFY);
    } catch (IOException | UnsupportedOperationException e) {
      LOG.warn("cannot watch {} for answers: {}", dir, e.getMessage());
      return false;
    }
    Thread t = new Thread(() -> pump(inputs), "practice-watch");
    t.setDaemon(true);
    t.start();
    return true;
  }

  private void pump(Inputs inputs) {
    try {
      while (true) {
        WatchKey key = watcher.take();
        Thread.sleep(SETTLE_MILLIS);
        List<WatchEvent<?>> events = key.pollEvents();
        events.stream().filter(e -> e.context() instanceof Path).map(e -> dir.resolve((Path) e.context()))
            .distinct().forEach(p -> inputs.offer(new Input.Saved(p)));
        if (!key.reset()) {
          return;
        }
      }
    } catch (InterruptedException | ClosedWatchServiceException e) {
      // closed with the session
    }
  }

  @Override
  public void close() {
    if (watcher != null) {
      try {
        watcher.close();
      } catch (IOException e) {
        LOG.debug("closing the watcher", e);
      }
    }
  }
}
