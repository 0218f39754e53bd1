package dailypy.practice;

import dailypy.grading.Grader;
import dailypy.grading.QuestionPicker;
import dailypy.progress.Level;
import dailypy.progress.Profile;
import dailypy.progress.SubmissionOutcome;
import dailypy.questions.Catalog;
import dailypy.questions.Question;
import dailypy.questions.QuestionBank;
import dailypy.runner.GraderFailure;
import dailypy.runner.RunResult;
import dailypy.runner.Verdict;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The practice loop: show a question, take commands and answers until the user quits or the
 * input ends. Today's questions come first (they keep the streak), then practice questions of
 * the chosen level and topic, unsolved ones first.
 */
public final class PracticeSession {
  private static final Logger LOG = LoggerFactory.getLogger(PracticeSession.class);
  /** Random picks tried before settling for an already solved question. */
  private static final int UNSOLVED_TRIES = 12;
  static final String END_OF_ANSWER = "EOF";

  /** What the user asked for on the command line. */
  public record Options(String level, String topic, String questionId, boolean editor) {}

  private final QuestionBank bank;
  private final QuestionPicker picker;
  private final Grader grader;
  private final LocalPlayer player;
  private final Inputs inputs;
  private final AnswerFiles files;
  private final PrintStream out;
  private final Style style;
  private final QuestionView view;
  private final Options options;
  private final Deque<Question> queue = new ArrayDeque<>();
  private final Set<String> seen = new HashSet<>();
  private Question current;
  private Path currentFile;

  public PracticeSession(QuestionBank bank, QuestionPicker picker, Grader grader, LocalPlayer player,
      Inputs inputs, AnswerFiles files, PrintStream out, Style style, Options options) {
    this.bank = bank;
    this.picker = picker;
    this.grader = grader;
    this.player = player;
    this.inputs = inputs;
    this.files = files;
    this.out = out;
    this.style = style;
    this.view = new QuestionView(style);
    this.options = options;
  }

  /** Runs until {@code quit} or the end of input; 0 normally, 2 when there is nothing to practise. */
  public int run() throws InterruptedException {
    Optional<String> problem = plan();
    if (problem.isPresent()) {
      out.println(problem.get());
      return 2;
    }
    out.println(style.bold("Daily Python Tutor — practice") + style.dim("  (type `help` for commands)"));
    if (!advance()) {
      return 2;
    }
    while (true) {
      Input input = inputs.next();
      switch (input) {
        case Input.End end -> {
          out.println(style.dim("Input closed. Your progress is saved. Bye!"));
          return 0;
        }
        case Input.Saved saved -> onSave(saved.file());
        case Input.Line line -> {
          if (!onLine(line.text())) {
            return 0;
          }
        }
      }
    }
  }

  /** Checks the filters and queues today's questions; a message when nothing can be practised. */
  private Optional<String> plan() {
    if (options.level() != null && !Catalog.LEVELS.contains(options.level())) {
      return Optional.of(picker.whyNone(options.level(), null));
    }
    if (options.questionId() != null) {
      Optional<Question> q = bank.find(options.questionId());
      if (q.isEmpty()) {
        return Optional.of("No question with id `" + options.questionId() + "`. `tutor questions stats` lists what the bank holds.");
      }
      if (!picker.gradable(q.get())) {
        return Optional.of(grader.gradability(q.get()).reason());
      }
      queue.add(q.get());
    } else if (options.topic() == null) {
      List<String> levels = options.level() == null ? Catalog.LEVELS : List.of(options.level());
      player.todaysQuestions(levels).stream().filter(q -> !player.hasSolved(q)).forEach(queue::add);
    }
    if (queue.isEmpty() && picker.pick(options.level(), options.topic(), Set.of()).isEmpty()) {
      return Optional.of(picker.whyNone(options.level(), options.topic()));
    }
    return Optional.empty();
  }

  /** Moves to the next question and shows it; false when none is left. */
  private boolean advance() {
    Question next = queue.isEmpty() ? pickPractice() : queue.poll();
    if (next == null) {
      out.println(picker.whyNone(options.level(), options.topic()));
      return false;
    }
    current = next;
    seen.add(next.id());
    currentFile = null;
    if (files != null) {
      try {
        currentFile = files.prepare(next);
      } catch (IOException e) {
        out.println(style.dim("(Cannot create an answer file in " + files.dir() + ": " + e.getMessage()
            + "; paste your answer instead.)"));
      }
    }
    String label = player.isToday(next) ? "today's " + next.level() + " question" : "practice";
    out.print(view.question(next, label, currentFile, options.editor() && next.kind().runsCode()));
    return true;
  }

  /** A practice question not seen in this session and not yet solved, if there is one. */
  private Question pickPractice() {
    Question fallback = null;
    for (int i = 0; i < UNSOLVED_TRIES; i++) {
      Optional<Question> q = picker.pick(options.level(), options.topic(), seen);
      if (q.isEmpty()) {
        return null;
      }
      if (fallback == null) {
        fallback = q.get();
      }
      if (!seen.contains(q.get().id()) && !player.hasSolved(q.get())) {
        return q.get();
      }
    }
    return fallback;
  }

  /** Handles a typed line; false to quit. */
  private boolean onLine(String text) throws InterruptedException {
    String command = text.strip().toLowerCase(Locale.ROOT);
    switch (command) {
      case "" -> { }
      case "quit", "exit", "q" -> {
        out.println(style.dim("Your progress is saved. Bye!"));
        return false;
      }
      case "help", "?" -> out.print(help());
      case "hint" -> hint();
      case "explain" -> explain();
      case "next", "n" -> {
        return advance();
      }
      case "skip" -> {
        out.println(style.dim("Skipped " + current.id() + "; it won't come back in this session."));
        return advance();
      }
      case "stats" -> out.print(stats());
      case "show" -> out.print(view.question(current, "again", currentFile, options.editor()));
      case "edit" -> edit();
      default -> answer(text);
    }
    return true;
  }

  private void hint() {
    if (current.hints().isEmpty()) {
      out.println("This question has no hints.");
      return;
    }
    // Once every hint is shown, asking again repeats the last one without costing more points.
    int taken = player.hintsTaken(current);
    out.print(view.hint(current, taken >= current.hints().size() ? taken + 1 : player.takeHint(current)));
  }

  private void explain() throws InterruptedException {
    if (!player.hasSolved(current)) {
      out.println("You haven't solved " + style.bold(current.title()) + " yet. Revealing the answer forfeits its points. Reveal it? [y/N]");
      Input reply = inputs.next();
      if (!(reply instanceof Input.Line line) || !Set.of("y", "yes").contains(line.text().strip().toLowerCase(Locale.ROOT))) {
        out.println("Not revealed. Keep going!");
        return;
      }
      player.reveal(current);
    }
    out.print(view.explanation(current));
  }

  /** A quiz letter is one line; code and output predictions run to a line holding only EOF. */
  private void answer(String firstLine) throws InterruptedException {
    if (current.kind() == Question.Kind.QUIZ) {
      grade(firstLine);
      return;
    }
    StringBuilder text = new StringBuilder(firstLine).append('\n');
    int lines = 1;
    while (true) {
      Input input = inputs.next();
      if (input instanceof Input.End) {
        inputs.offer(input);  // the session ends after this answer is graded
        break;
      }
      if (input instanceof Input.Line line) {
        if (line.text().strip().equals(END_OF_ANSWER)) {
          break;
        }
        if (++lines > 2000) {
          out.println("That is more than 2000 lines; grading the first 2000.");
          break;
        }
        text.append(line.text()).append('\n');
      }
    }
    grade(text.toString());
  }

  private void onSave(Path file) {
    if (currentFile == null || !file.equals(currentFile)) {
      return;
    }
    files.changed(file).ifPresent(content -> {
      out.println(style.dim("\n" + file.getFileName() + " saved; grading…"));
      grade(content);
    });
  }

  private void edit() {
    String editor = Optional.ofNullable(System.getenv("VISUAL")).filter(s -> !s.isBlank())
        .orElse(System.getenv("EDITOR"));
    if (!options.editor() || currentFile == null) {
      out.println("Editing needs a terminal and an answer file; paste your answer and end it with EOF.");
      return;
    }
    if (editor == null || editor.isBlank()) {
      out.println("Set $EDITOR (for example `export EDITOR=nano`), or open " + currentFile
          + " in any editor: it is graded when you save.");
      return;
    }
    try {
      List<String> command = new ArrayList<>(List.of(editor.strip().split("\\s+")));
      command.add(currentFile.toString());
      int exit = new ProcessBuilder(command).inheritIO().start().waitFor();
      if (exit != 0) {
        out.println(editor + " exited with " + exit + ".");
      }
      files.changed(currentFile).ifPresentOrElse(this::grade,
          () -> out.println(style.dim("No changes since the last grading.")));
    } catch (IOException e) {
      out.println("Cannot start " + editor + ": " + e.getMessage());
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }

  private void grade(String answer) {
    out.println(style.dim("Grading…"));
    RunResult result = grader.grade(current, answer, false);
    out.print(ResultReport.render(result, style));
    if (!result.verdict().isAttempt()) {
      return;
    }
    try {
      SubmissionOutcome o = player.record(current, answer, result);
      out.print(award(o));
    } catch (RuntimeException e) {
      String ref = GraderFailure.newReference();
      LOG.error("saving a practice answer to {} failed, reference {}", current.id(), ref, e);
      out.println("Your answer was graded, but saving it failed (reference " + ref + ").");
    }
  }

  private String award(SubmissionOutcome o) {
    if (o.verdict() != Verdict.PASSED) {
      return "";
    }
    StringBuilder s = new StringBuilder();
    if (o.resolve()) {
      s.append("Already solved before: no new points.");
    } else {
      s.append(style.green("+" + o.totalAwarded() + " points"));
      if (o.firstSolverBonus() > 0) {
        s.append(style.dim(" (first solver +" + o.firstSolverBonus() + ")"));
      }
      if (o.hintsTaken() > 0 || o.revealed()) {
        s.append(style.dim(o.revealed() ? " (answer revealed first)" : " (" + o.hintsTaken() + " hint"
            + (o.hintsTaken() == 1 ? "" : "s") + " taken)"));
      }
      if (o.streakCredited()) {
        s.append(" · 🔥 streak ").append(o.streakAfter());
        if (o.freezesUsed() > 0) {
          s.append(" · 🧊 ").append(o.freezesUsed() == 1 ? "a freeze" : o.freezesUsed() + " freezes")
              .append(" kept it going over a missed day");
        }
        if (o.freezeEarned()) {
          s.append(" · 🧊 freeze earned");
        }
      }
    }
    s.append('\n').append(style.dim("`next` for another question, `explain` for the explanation.")).append('\n');
    return s.toString();
  }

  private String stats() {
    Profile p = player.profile();
    StringBuilder s = new StringBuilder(style.bold("Your progress")).append('\n');
    s.append("  🔥 streak ").append(p.streak().current()).append(" (longest ").append(p.streak().longest())
        .append(") · 🧊 freezes ").append(p.streak().freezes()).append(" · ⭐ ").append(p.points()).append(" points\n");
    s.append("  solved:");
    for (Level l : Level.values()) {
      s.append(' ').append(l.id()).append(' ').append(p.solvedByLevel().getOrDefault(l, 0));
    }
    s.append('\n');
    for (Profile.TopicStats t : p.topics()) {
      s.append(String.format(Locale.ROOT, "  %-22s %3d solved, %3.0f%% of %d answers passed%n", t.topic(),
          t.solved(), 100 * t.successRate(), t.attempts()));
    }
    if (!p.weakTopics().isEmpty()) {
      s.append("  practise next: ").append(String.join(", ", p.weakTopics()))
          .append(style.dim("  (tutor practice --topic " + p.weakTopics().get(0) + ")")).append('\n');
    }
    List<Question> today = player.todaysQuestions(Catalog.LEVELS);
    if (!today.isEmpty()) {
      s.append("  today (").append(player.today()).append("):");
      today.forEach(q -> s.append(' ').append(player.hasSolved(q) ? "✅ " : "⬜ ").append(q.id()));
      s.append('\n');
    }
    return s.toString();
  }

  private String help() {
    return """
        Answer: paste code (or a prediction) and end it with a line holding only EOF; a quiz takes one letter.
        Or save the answer file shown under the question: it is graded on every save.
          hint      the next hint (each costs 25% of the points before solving)
          explain   the explanation and reference solution (asks first if unsolved)
          next      the next question        skip    skip this one for this session
          stats     streak, points, solved by level and topic
          show      show the question again  edit    open the answer file in $EDITOR
          quit      leave (progress is saved as you go)
        """;
  }
}
