package dailypy.practice;

import dailypy.app.Answering;
import dailypy.app.App;
import dailypy.app.QuestionCatalog;
import dailypy.questions.Catalog;
import dailypy.questions.Question;
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

/**
 * The practice loop: show a question, take commands and answers until the user quits or the
 * input ends. Today's questions come first (they keep the streak), then practice questions of
 * the chosen level and topic, unsolved ones first.
 */
public final class PracticeSession {
  /** Random picks tried before settling for an already solved question. */
  private static final int UNSOLVED_TRIES = 12;
  static final String END_OF_ANSWER = "EOF";

  /** What the user asked for on the command line. */
  public record Options(String level, String topic, String questionId, boolean editor) {}

  private final App app;
  private final QuestionCatalog questions;
  private final LocalPlayer player;
  private final Inputs inputs;
  private final AnswerFiles files;
  private final PrintStream out;
  private final Style style;
  private final QuestionView view;
  private final ProgressText progressText;
  private final Options options;
  private final Deque<Question> queue = new ArrayDeque<>();
  private final Set<String> seen = new HashSet<>();
  private Question current;
  private Path currentFile;

  public PracticeSession(App app, LocalPlayer player, Inputs inputs, AnswerFiles files, PrintStream out,
      Style style, Options options) {
    this.app = app;
    this.questions = app.questions();
    this.player = player;
    this.inputs = inputs;
    this.files = files;
    this.out = out;
    this.style = style;
    this.view = new QuestionView(style);
    this.progressText = new ProgressText(style);
    this.options = options;
  }

  /** Runs until {@code quit} or the end of input; 0 normally, 2 when there is nothing to practise. */
  public int run() throws InterruptedException {
    Optional<String> problem = plan();
    if (problem.isPresent()) {
      out.println(problem.get());
      return 2;
    }
    awaitGrader();
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

  /**
   * Shows no question before the runner can grade it: an answer sent at once would otherwise
   * wait for the cold start behind "Grading…".
   */
  private void awaitGrader() throws InterruptedException {
    var ready = app.grader().ready();
    if (!ready.isDone()) {
      out.println(style.dim("Starting the grader…"));
      try {
        ready.get();
      } catch (java.util.concurrent.ExecutionException e) {
        // readiness does not fail by design; grading will say what is wrong if it does
      }
    }
  }

  /** Checks the filters and queues today's questions; a message when nothing can be practised. */
  private Optional<String> plan() {
    if (options.level() != null && !Catalog.LEVELS.contains(options.level())) {
      return Optional.of(questions.whyNone(options.level(), null));
    }
    if (options.questionId() != null) {
      Optional<Question> q = questions.find(options.questionId());
      if (q.isEmpty()) {
        return Optional.of("No question with id `" + options.questionId() + "`. `tutor questions stats` lists what the bank holds.");
      }
      if (!questions.gradable(q.get())) {
        return Optional.of(app.grader().gradability(q.get()).reason());
      }
      queue.add(q.get());
    } else if (options.topic() == null) {
      List<String> levels = options.level() == null ? Catalog.LEVELS : List.of(options.level());
      player.todaysQuestions(levels).stream().filter(q -> !player.hasSolved(q)).forEach(queue::add);
    }
    if (queue.isEmpty() && questions.pickPractice(options.level(), options.topic(), Set.of()).isEmpty()) {
      return Optional.of(questions.whyNone(options.level(), options.topic()));
    }
    return Optional.empty();
  }

  /** Moves to the next question and shows it; false when none is left. */
  private boolean advance() {
    Question next = queue.isEmpty() ? pickPractice() : queue.poll();
    if (next == null) {
      out.println(questions.whyNone(options.level(), options.topic()));
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
      Optional<Question> q = questions.pickPractice(options.level(), options.topic(), seen);
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
      case "stats" -> out.print(progressText.stats(player.profile(), player.today(),
          player.todaysQuestions(Catalog.LEVELS), player::hasSolved));
      case "show" -> out.print(view.question(current, "again", currentFile, options.editor()));
      case "edit" -> edit();
      default -> answer(text);
    }
    return true;
  }

  private void hint() {
    // Once every hint is shown, asking again repeats the last one without costing more points.
    player.hint(current).ifPresentOrElse(
        h -> out.print(view.hint(current, h.again() ? h.total() + 1 : h.number())),
        () -> out.println("This question has no hints."));
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
    Answering.Answered answered = player.answer(current, answer);
    out.print(ResultReport.render(answered.result(), style));
    if (answered.saveFailure() != null) {
      out.println("Your answer was graded, but saving it failed (reference " + answered.saveFailure() + ").");
    } else if (answered.award() != null) {
      out.print(progressText.award(answered.award()));
    }
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
