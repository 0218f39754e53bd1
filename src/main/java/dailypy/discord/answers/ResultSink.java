package dailypy.discord.answers;

import dailypy.discord.render.ResultEmbed;
import java.util.concurrent.CompletableFuture;

/** Where a grading's progress and result go: a reply message, an edited message or an interaction. */
public interface ResultSink {

  /** A short status such as "queued", shown while the grading waits. */
  void progress(String text);

  void deliver(ResultEmbed.Rendered result);

  /** A short failure message (already carrying a reference id when it is our fault). */
  void fail(String text);

  /**
   * Completes once everything handed to this sink so far has been answered by Discord (sent or
   * failed), so a stopping bot knows when it may disconnect without dropping a result.
   */
  default CompletableFuture<?> sent() {
    return CompletableFuture.completedFuture(null);
  }
}
