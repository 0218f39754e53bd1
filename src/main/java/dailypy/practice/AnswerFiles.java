package dailypy.practice;

import dailypy.questions.Question;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.charset.StandardCharsets;
import java.nio.file.ClosedWatchServiceException;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.nio.file.StandardWatchEventKinds;
import java.nio.file.WatchEvent;
import java.nio.file.WatchKey;
import java.nio.file.WatchService;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The answer file of each question ({@code <dir>/<id>.py}, or {@code .txt} for quiz and output
 * questions), created with the starter code, and a watcher that reports saves, so an answer is
 * graded each time the user saves it.
 *
 * <p>It remembers, per file, a hash of the content last seen (an editor's save fires several
 * events), of the content last graded (so "no changes since the last grading" is said only of an
 * answer that was graded) and of the starter it was created with (which is not an answer).
 */
public final class AnswerFiles implements AutoCloseable {
  private static final Logger LOG = LoggerFactory.getLogger(AnswerFiles.class);
  /** Editors write a file in several steps; wait for them to finish before reading it. */
  private static final long SETTLE_MILLIS = 150;

  /** What an editor left in the answer file. */
  public sealed interface Edited {
    /** New content, to be graded. */
    record Changed(String content) implements Edited {}

    /** The content graded last time. */
    record SameAsGraded() implements Edited {}

    /** Still the starter (or empty): nothing has been answered yet. */
    record Untouched() implements Edited {}
  }

  /** Whether this session got the folder to itself. */
  public sealed interface Claim {
    record Claimed() implements Claim {}

    /** Another session holds the folder; {@code pid} is its process id, or "?" if unknown. */
    record TakenBy(String pid) implements Claim {}

    record Unavailable(String reason) implements Claim {}
  }

  /** Held while a session watches the folder; the pid inside says which process holds it. */
  static final String LOCK_FILE = ".practice.lock";

  private final Path dir;
  private FileChannel lockChannel;
  private FileLock lock;
  private final Map<Path, String> lastSeen = new ConcurrentHashMap<>();
  private final Map<Path, String> lastGraded = new ConcurrentHashMap<>();
  private final Map<Path, String> starters = new ConcurrentHashMap<>();
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
    String starter = initialContent(q);
    if (!Files.exists(file)) {
      Files.writeString(file, starter);
    }
    starters.put(file, hash(starter));
    lastSeen.put(file, hash(Files.readString(file)));
    return file;
  }

  public Path fileOf(Question q) {
    return dir.resolve(q.id() + q.kind().answerForm().fileSuffix());
  }

  /**
   * The content of a save worth grading: changed since last seen, not blank, not the untouched
   * starter and not what was graded last.
   */
  public Optional<String> saved(Path file) {
    Optional<String> now = read(file);
    if (now.isEmpty()) {
      return Optional.empty();
    }
    String hash = hash(now.get());
    if (hash.equals(lastSeen.put(file, hash))) {
      return Optional.empty();
    }
    return edited(file, now.get()) instanceof Edited.Changed c ? Optional.of(c.content()) : Optional.empty();
  }

  /** What the file holds after the user edited it in {@code $EDITOR}. */
  public Edited afterEdit(Path file) {
    Optional<String> now = read(file);
    if (now.isEmpty()) {
      return new Edited.Untouched();
    }
    lastSeen.put(file, hash(now.get()));
    return edited(file, now.get());
  }

  /** Remembers that {@code content} of the file was graded. */
  public void graded(Path file, String content) {
    lastGraded.put(file, hash(content));
  }

  private Edited edited(Path file, String content) {
    String hash = hash(content);
    if (hash.equals(lastGraded.get(file))) {
      return new Edited.SameAsGraded();
    }
    if (content.isBlank() || hash.equals(starters.get(file))) {
      return new Edited.Untouched();
    }
    return new Edited.Changed(content);
  }

  private static Optional<String> read(Path file) {
    try {
      return Optional.of(Files.readString(file));
    } catch (IOException e) {
      // deleted or unreadable between the event and now: nothing to grade
      return Optional.empty();
    }
  }

  private static String hash(String content) {
    try {
      return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256")
          .digest(content.getBytes(StandardCharsets.UTF_8)));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("every JVM has SHA-256", e);
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

  /**
   * Takes the folder for this session with an exclusive lock, so that two sessions on one
   * database never both grade the same save. The lock goes with the process, so a crashed session
   * never blocks the next one.
   */
  public Claim claim() {
    try {
      Files.createDirectories(dir);
      FileChannel channel = FileChannel.open(dir.resolve(LOCK_FILE), StandardOpenOption.CREATE,
          StandardOpenOption.READ, StandardOpenOption.WRITE);
      FileLock taken;
      try {
        taken = channel.tryLock();
      } catch (OverlappingFileLockException e) {
        taken = null;  // a session in this same process holds it
      }
      if (taken == null) {
        String holder = Files.readString(dir.resolve(LOCK_FILE)).strip();
        channel.close();
        return new Claim.TakenBy(holder.matches("\\d+") ? holder : "?");
      }
      channel.truncate(0);
      channel.write(ByteBuffer.wrap((ProcessHandle.current().pid() + "\n").getBytes(StandardCharsets.UTF_8)), 0);
      lockChannel = channel;
      lock = taken;
      return new Claim.Claimed();
    } catch (IOException e) {
      return new Claim.Unavailable(e.getMessage());
    }
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
    if (lock != null) {
      try {
        lock.release();
        lockChannel.close();
      } catch (IOException e) {
        LOG.debug("releasing {}", LOCK_FILE, e);
      }
    }
    if (watcher != null) {
      try {
        watcher.close();
      } catch (IOException e) {
        LOG.debug("closing the watcher", e);
      }
    }
  }
}
