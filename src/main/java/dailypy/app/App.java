package dailypy.app;

import dailypy.grading.Grader;
import java.time.Clock;

/**
 * The application layer both front ends call: its three ports (questions, grading, progress), the
 * clock, and the use cases built on them, {@link Answering} and {@link DailySchedule}. Built once
 * by {@code cli.Wiring} (or a test) and handed to a front end.
 */
public final class App {
  private final QuestionCatalog questions;
  private final Grader grader;
  private final ProgressPort progress;
  private final Clock clock;
  private final Answering answering;
  private final DailySchedule schedule;

  public App(QuestionCatalog questions, Grader grader, ProgressPort progress, Clock clock) {
    this.questions = questions;
    this.grader = grader;
    this.progress = progress;
    this.clock = clock;
    this.answering = new Answering(questions, grader, progress);
    this.schedule = new DailySchedule(questions, progress, clock);
  }

  public QuestionCatalog questions() {
    return questions;
  }

  public Grader grader() {
    return grader;
  }

  public ProgressPort progress() {
    return progress;
  }

  public Clock clock() {
    return clock;
  }

  public Answering answering() {
    return answering;
  }

  public DailySchedule schedule() {
    return schedule;
  }
}
