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
import java.util.Random;
import java.util.Set;

/**
 * The practice loop: show a question, take commands and answers until the user quits or the
 * input ends. Today's questions come first (they keep the streak), then practice questions of
 * the chosen level and topic, unsolved ones first.
 */
public final class PracticeSession {
  static final String END_OF_ANSWER = "EOF";

  /**
   * What the user asked for on the command line.
   *
   * @param terminal stdin and stdout are a terminal: {@code edit} can open an editor, and prose is
   *     wrapped to the terminal's width
   * @param editorCommand the editor to run ({@code --editor}, else $VISUAL, else $EDITOR); null if none
   */
  public record Options(String level, String topic, String questionId, boolean terminal, String editorCommand) {}

  private final App app;
  private final QuestionCatalog questions;
  private final LocalPlayer player;
  private final Inputs inputs;
  /** The answer files; null when off, or when another session watches the folder. */
  private AnswerFiles files;
  private final PrintStream out;
  private final Style style;
  private final TextWrap wrap;
  private final QuestionView view;
  private final ProgressText progressText;
  private final QuizReport quizReport;
  private final Options options;
  private final Deque<Question> queue = new ArrayDeque<>();
  private final Set<String> seen = new HashSet<>();
  private final PracticeBag bag;
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
    // piped output is left unwrapped, for scripts and for readers that wrap it themselves
    this.wrap = options.terminal() ? new TextWrap(TerminalWidth.live()) : TextWrap.NONE;
    this.view = new QuestionView(style, wrap);
    this.progressText = new ProgressText(style);
    this.quizReport = new QuizReport(style, wrap);
    this.options = options;
    this.bag = new PracticeBag(() -> questions.matching(options.level(), options.topic()).stream()
        .filter(questions::gradable).toList(), player::hasSolved, new Random());
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
    useAnswerFiles();
    if (options.questionId() == null) {
      out.print(wrap.lines(UnavailableNotice.of(questions.matching(options.level(), options.topic()),
          q -> app.grader().gradability(q).reason())));
    }
    if (!advance()) {
      return 2;
    }
    while (true) {
      Input input = inputs.next();
      switch (input) {
        case Input.End end -> {
          // Ctrl-D at the prompt leaves, as in a shell or the Python REPL
          out.println(style.dim(inputs.endIsFinal() ? "Input closed. Your progress is saved. Bye!"
              : "Bye! Your progress is saved."));
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
   * Watches the answer folder if no other session does; otherwise says so and takes answers
   * typed or pasted only, so that one save is never graded by two sessions.
   */
  private void useAnswerFiles() {
    if (files == null) {
      return;
    }
    switch (files.claim()) {
      case AnswerFiles.Claim.Claimed c -> files.watch(inputs);
      case AnswerFiles.Claim.TakenBy other -> {
        out.println(wrap.line(style.yellow("Another practice session" + ("?".equals(other.pid()) ? ""
            : " (process " + other.pid() + ")") + " is watching the answer files in " + files.dir() + ".")));
        out.println(wrap.line("This one won't watch them, so each save is graded once. Paste your answers here, "
            + "quit the other session first, or give this one its own folder with --answers <folder>."));
        files = null;
      }
      case AnswerFiles.Claim.Unavailable why -> {
        out.println(style.dim("(Cannot use answer files in " + files.dir() + ": " + why.reason()
            + "; paste your answers instead.)"));
        files = null;
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
    out.print(view.question(next, label, currentFile, options.terminal() && next.kind().runsCode()));
    return true;
  }

  /** The next practice question from the bag, saying when a new round through them starts. */
  private Question pickPractice() {
    Optional<PracticeBag.Pick> pick = bag.next(seen, current);
    if (pick.isEmpty()) {
      return null;
    }
    if (pick.get().newRound() && current != null) {
      out.println(style.dim("You have seen every question here; here they come again, in a new order."));
    }
    return pick.get().question();
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
        bag.skip(current);
        out.println(style.dim("Skipped " + current.id() + "; it won't come back in this session."));
        return advance();
      }
      case "stats" -> out.print(progressText.stats(player.profile(), player.today(),
          player.todaysQuestions(Catalog.LEVELS), player::hasSolved));
      case "show" -> out.print(view.question(current, "again", currentFile, options.terminal()));
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

  /**
   * A quiz letter is one line; code and output predictions run to a line holding only EOF, or to
   * the end of input (Ctrl-D at a terminal, like the end of a mail body): what was pasted is
   * graded, and at a terminal the session goes on.
   */
  private void answer(String firstLine) throws InterruptedException {
    if (current.kind().answerForm().picksOption()) {
      grade(firstLine);
      return;
    }
    StringBuilder text = new StringBuilder(firstLine).append('\n');
    int lines = 1;
    while (true) {
      Input input = inputs.next();
      if (input instanceof Input.End) {
        if (!inputs.endIsFinal()) {
          out.println(style.dim("(Ctrl-D: grading what you pasted.)"));
        }
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
    files.saved(file).ifPresent(content -> {
      out.println(style.dim("\n" + file.getFileName() + " saved; grading…"));
      gradeFile(content);
    });
  }

  private void edit() {
    String editor = options.editorCommand();
    if (!options.terminal() || currentFile == null) {
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
      switch (files.afterEdit(currentFile)) {
        case AnswerFiles.Edited.Changed changed -> gradeFile(changed.content());
        case AnswerFiles.Edited.SameAsGraded same -> out.println(style.dim("No changes since the last grading."));
        case AnswerFiles.Edited.Untouched untouched -> out.println(style.dim(currentFile.getFileName()
            + " still holds only the starter: write your answer in it and save, or paste it here."));
      }
    } catch (IOException e) {
      out.println("Cannot start " + editor + ": " + e.getMessage());
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }

  /** Grades the answer file's content and remembers it, so an unchanged file is not graded again. */
  private void gradeFile(String content) {
    files.graded(currentFile, content);
    grade(content);
  }

  private void grade(String answer) {
    out.println(style.dim("Grading…"));
    Answering.Answered answered = player.answer(current, answer);
    out.print(current.kind().answerForm().picksOption() ? quizReport.render(current, answer, answered.result())
        : ResultReport.render(answered.result(), style));
    if (answered.saveFailure() != null) {
      out.println("Your answer was graded, but saving it failed (reference " + answered.saveFailure() + ").");
    } else if (answered.award() != null) {
      out.print(progressText.award(answered.award()));
    }
  }

  private String help() {
    return """
        Answer: paste code (or a prediction) and end it with a line holding only EOF (or Ctrl-D);
        a quiz takes one letter.
        Or save the answer file shown under the question: it is graded on every save.
          hint      the next hint (each costs 25% of the points before solving)
          explain   the explanation and reference solution (asks first if unsolved)
          next      the next question        skip    skip this one for this session
          stats     streak, points, solved by level and topic
          show      show the question again  edit    open the answer file in $EDITOR
          quit      leave, as does Ctrl-D at the prompt (progress is saved as you go)
        """;
  }
}
