package dailypy.practice;

import static dailypy.practice.Style.Look.BOLD;
import static dailypy.practice.Style.Look.DIM;

import dailypy.app.Answering;
import dailypy.app.App;
import dailypy.app.QuestionCatalog;
import dailypy.questions.Catalog;
import dailypy.questions.Question;
import java.io.PrintStream;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Optional;
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
  private final SessionAnswerFiles files;
  private final PrintStream out;
  private final Style style;
  private final TextWrap wrap;
  private final QuestionView view;
  private final ProgressText progressText;
  private final Options options;
  private final PracticeQueue queue;
  private Question current;

  public PracticeSession(App app, LocalPlayer player, Inputs inputs, AnswerFiles files, PrintStream out,
      Style style, Options options) {
    this.app = app;
    this.questions = app.questions();
    this.player = player;
    this.inputs = inputs;
    this.out = out;
    this.style = style;
    // piped output is left unwrapped, for scripts and for readers that wrap it themselves
    this.wrap = options.terminal() ? new TextWrap(TerminalWidth.live()) : TextWrap.NONE;
    this.view = new QuestionView(style, wrap);
    this.progressText = new ProgressText(style);
    this.options = options;
    this.files = new SessionAnswerFiles(files, out, style, wrap, options);
    this.queue = new PracticeQueue(app, player, options);
  }

  /** Runs until {@code quit} or the end of input; 0 normally, 2 when there is nothing to practise. */
  public int run() throws InterruptedException {
    Optional<String> problem = queue.plan();
    if (problem.isPresent()) {
      out.println(problem.get());
      return 2;
    }
    awaitGrader();
    out.println(style.paint(BOLD, "Daily Python Tutor — practice") + style.paint(DIM, "  (type `help` for commands)"));
    files.start(inputs);
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
          out.println(style.paint(DIM, inputs.endIsFinal() ? "Input closed. Your progress is saved. Bye!"
              : "Bye! Your progress is saved."));
          return 0;
        }
        case Input.Saved saved -> files.saved(saved.file()).ifPresent(this::grade);
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
      out.println(style.paint(DIM, "Starting the grader…"));
      try {
        ready.get();
      } catch (java.util.concurrent.ExecutionException e) {
        // readiness does not fail by design; grading will say what is wrong if it does
      }
    }
  }

  /** Moves to the next question and shows it; false when none is left. */
  private boolean advance() {
    Optional<PracticeQueue.Next> next = queue.next(current);
    if (next.isEmpty()) {
      out.println(queue.whyNone());
      return false;
    }
    if (next.get().newRound()) {
      out.println(style.paint(DIM, "You have seen every question here; here they come again, in a new order."));
    }
    current = next.get().question();
    Path file = files.prepare(current);
    String label = player.isToday(current) ? "today's " + current.level() + " question" : "practice";
    out.print(view.question(current, label, file, options.terminal() && current.kind().runsCode()));
    return true;
  }

  /** Handles a typed line; false to quit. */
  private boolean onLine(String text) throws InterruptedException {
    String command = text.strip().toLowerCase(Locale.ROOT);
    switch (command) {
      case "" -> { }
      case "quit", "exit", "q" -> {
        out.println(style.paint(DIM, "Your progress is saved. Bye!"));
        return false;
      }
      case "help", "?" -> out.print(help());
      case "hint" -> hint();
      case "explain" -> explain();
      case "next", "n" -> {
        return advance();
      }
      case "skip" -> {
        queue.skip(current);
        out.println(style.paint(DIM, "Skipped " + current.id() + "; it won't come back in this session."));
        return advance();
      }
      case "stats" -> out.print(progressText.stats(player.profile(), player.today(),
          player.todaysQuestions(Catalog.LEVELS), player::hasSolved));
      case "show" -> out.print(view.question(current, "again", files.current(), options.terminal()));
      case "edit" -> files.edit().ifPresent(this::grade);
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
      out.println("You haven't solved " + style.paint(BOLD, current.title()) + " yet. Revealing the answer forfeits its points. Reveal it? [y/N]");
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
          out.println(style.paint(DIM, "(Ctrl-D: grading what you pasted.)"));
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

  private void grade(String answer) {
    out.println(style.paint(DIM, "Grading…"));
    Answering.Answered answered = player.answer(current, answer);
    out.print(current.kind().answerForm().picksOption() ? view.quizAnswer(current, answer, answered.result())
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
