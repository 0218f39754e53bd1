package dailypy.discord.answers;

import dailypy.discord.render.Embeds;

/** Where a grading's progress and result go: a reply message, an edited message or an interaction. */
public interface ResultSink {

  /** A short status such as "queued", shown while the grading waits. */
  void progress(String text);

  void deliver(Embeds.Rendered result);

  /** A short failure message (already carrying a reference id when it is our fault). */
  void fail(String text);
}
