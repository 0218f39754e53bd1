package dailypy.cli;

import dailypy.app.App;
import dailypy.cli.config.ConfigException;
import dailypy.practice.AnswerFiles;
import dailypy.practice.Inputs;
import dailypy.practice.LocalPlayer;
import dailypy.practice.PracticeSession;
import dailypy.practice.Style;
import dailypy.progress.ProgressStore;
import dailypy.progress.StoreUrl;
import dailypy.questions.QuestionBank;
import dailypy.runner.Runner;
import java.io.InputStream;
import java.io.PrintStream;
import java.nio.file.Path;
import java.time.Clock;
import java.util.Locale;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** {@code practice}: the tutor in a terminal, with the bot's bank, runner and progress store. */
@Command(name = "practice", mixinStandardHelpOptions = true,
    description = {"Practise in the terminal: today's questions, then more of your level and topic.",
        "Progress and streak are kept in the progress database under a local user."})
public final class PracticeCommand implements Callable<Integer> {

  @Option(names = {"-l", "--level"}, description = "basic, intermediate or advanced.")
  String level;

  @Option(names = {"-t", "--topic"}, completionCandidates = TopicNames.class,
      description = "Only this topic: ${COMPLETION-CANDIDATES}.")
  String topic;

  @Option(names = {"-q", "--question"}, description = "Start with this question id.")
  String question;

  @Mixin
  ConfigFileOption config;

  @Option(names = "--answers", description = "Folder of the watched answer files "
      + "(default: practice/ beside the progress database).")
  Path answers;

  @Option(names = "--no-files", description = "Do not create or watch answer files.")
  boolean noFiles;

  @Option(names = "--editor", paramLabel = "COMMAND",
      description = "Editor the `edit` command opens (default: $VISUAL, else $EDITOR).")
  String editor;

  @Option(names = "--plain", description = "No colours, even in a terminal.")
  boolean plain;

  private final RunnerSource runners;
  private final InputStream in;
  private final PrintStream out;
  private final Clock clock;
  private final boolean terminal;

  public PracticeCommand() {
    this(RunnerSource.DEFAULT, System.in, System.out, Clock.systemDefaultZone(), System.console() != null);
  }

  PracticeCommand(RunnerSource runners, InputStream in, PrintStream out, Clock clock, boolean terminal) {
    this.runners = runners;
    this.in = in;
    this.out = out;
    this.clock = clock;
    this.terminal = terminal;
  }

  @Override
  public Integer call() throws Exception {
    Main.quietLogs(); // start-up lines of the runner would bury the question
    AppConfig appConfig;
    QuestionBank bank;
    try {
      appConfig = config.load();
      bank = Wiring.bank(appConfig.questions());
    } catch (ConfigException e) {
      System.err.println(e.getMessage());
      return 2;
    }
    StoreUrl db = StoreUrl.parse(appConfig.progress().database());
    Path answerDir = answers != null ? answers
        : db.file() != null ? db.file().getParent().resolve("practice") : Path.of("practice");
    Style style = plain || !terminal ? Style.plain() : Style.detect();
    try (Runner runner = runners.open(Wiring.requiredPackages(bank));
        ProgressStore store = ProgressStore.open(db, clock);
        Inputs inputs = terminal ? Inputs.fromTerminal(in) : Inputs.fromPipe(in);
        AnswerFiles files = noFiles ? null : new AnswerFiles(answerDir)) {
      App app = Wiring.app(bank, runner, appConfig.runner(), store, clock);
      LocalPlayer player = new LocalPlayer(app);
      player.useTimezone(clock.getZone());
      PracticeSession.Options options = new PracticeSession.Options(lower(level), lower(topic), question, terminal,
          editorCommand());
      return new PracticeSession(app, player, inputs, files, out, style, options).run();
    } catch (ConfigException e) {
      System.err.println(e.getMessage());
      return 2;
    } catch (RuntimeException e) {
      // e.g. a database newer than this code: one line, no trace
      System.err.println("Practice could not start: " + e.getMessage());
      return 1;
    }
  }

  /** Every topic, sorted, for the help text and shell completion. */
  static final class TopicNames implements Iterable<String> {
    @Override
    public java.util.Iterator<String> iterator() {
      return dailypy.questions.Catalog.TOPICS.stream().sorted().iterator();
    }
  }

  private String editorCommand() {
    for (String candidate : new String[] {editor, System.getenv("VISUAL"), System.getenv("EDITOR")}) {
      if (candidate != null && !candidate.isBlank()) {
        return candidate.strip();
      }
    }
    return null;
  }

  private static String lower(String s) {
    return s == null || s.isBlank() ? null : s.strip().toLowerCase(Locale.ROOT);
  }
}
