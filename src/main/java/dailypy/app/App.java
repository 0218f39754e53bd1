package dailypy.app;

import dailypy.grading.Grader;
import java.time.Clock;

/**
 * The application layer both front ends call: its three ports (questions, grading, progress), the
 * clock, and the use cases built on them, {@link Answering} and {@link DailySchedule}. Built once
 * by {@code cli.Wiring} (or a test) and handed to a front end. The use cases hold nothing but the
 * app, so each call may build its own.
 */
public record App(QuestionCatalog questions, Grader grader, ProgressPort progress, Clock clock) {

  /** Grade → record → award, over this app's ports. */
  public Answering answering() {
    return new Answering(this);
  }

  /** Today's questions and posts, over this app's ports and clock. */
  public DailySchedule schedule() {
    return new DailySchedule(this);
  }
}
