package dailypy.cli;

import dailypy.grading.QuestionValidator;
import dailypy.grading.QuestionValidator.Report;
import dailypy.questions.BankRules;
import dailypy.questions.BankStats;
import dailypy.questions.Question;
import dailypy.questions.QuestionBank;
import dailypy.questions.QuestionLoader;
import dailypy.runner.Runner;
import java.io.PrintStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.Function;
import java.util.stream.Collectors;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** Question-bank tools for authors and CI. */
@Command(name = "questions", mixinStandardHelpOptions = true,
    description = "List, check and describe the question bank.",
    subcommands = {QuestionsListCommand.class, QuestionsCommand.Validate.class,
        QuestionsCommand.Lint.class, QuestionsCommand.Stats.class})
public final class QuestionsCommand implements Runnable {

  @Override
  public void run() {
    new picocli.CommandLine(this).usage(System.out);
  }

  @Command(name = "validate", mixinStandardHelpOptions = true,
      description = "Prove every question: reference passes, wrong solutions get their verdict, "
          + "starters fail, quizzes have one answer, output snippets print what they say.")
  static final class Validate extends BankSubcommand {

    @Option(names = "--level", description = "Only this level.")
    String level;

    @Option(names = "--topic", description = "Only this topic.")
    String topic;

    @Option(names = "--id", split = ",", description = "Only these questions (repeat the "
        + "option or separate ids with commas).")
    List<String> ids;

    @Option(names = "--jobs", defaultValue = "4", description = "Questions checked at once.")
    int jobs;

    private final RunnerSource runners;

    Validate() {
      this(RunnerSource.DEFAULT, System.out);
    }

    Validate(RunnerSource runners, PrintStream out) {
      this.runners = runners;
      this.out = out;
    }

    @Override
    int run(QuestionLoader.Result loaded) throws Exception {
      // Load problems fail the run, but the loadable questions are still proven, so an author
      // sees everything that is wrong in one pass.
      loaded.problems().forEach(p -> System.err.println("  " + p));
      QuestionBank bank = loaded.bank();
      List<Question> selected = bank.filter(level, topic).stream()
          .filter(q -> ids == null || ids.contains(q.id())).toList();
      if (selected.isEmpty()) {
        System.err.println("no question matches the filters");
        return 2;
      }
      if (ids != null) {
        List<String> unknown = ids.stream().filter(i -> bank.find(i).isEmpty()).toList();
        if (!unknown.isEmpty()) {
          System.err.println("not in the bank (or not loadable): " + String.join(", ", unknown));
          return 2;
        }
      }
      // Names are checked against the whole bank, whichever questions are proven.
      Map<String, List<String>> names = BankRules.nameProblems(bank);
      List<Report> reports = new ArrayList<>();
      try (Runner runner = runners.open(selected.stream()
          .flatMap(q -> q.requires().stream()).collect(java.util.stream.Collectors.toSet()))) {
        QuestionValidator validator = new QuestionValidator(runner);
        ExecutorService pool = Executors.newFixedThreadPool(Math.max(1, jobs));
        try {
          List<Future<Report>> futures = selected.stream()
              .map(q -> pool.submit(() -> withNameProblems(validator.validate(q),
                  names.getOrDefault(q.id(), List.of())))).toList();
          Progress progress = new Progress(selected.size(), true);
          for (Future<Report> f : futures) {
            Report r = f.get();
            reports.add(r);
            progress.step(r.question().id() + " " + r.status());
          }
          progress.done();
        } finally {
          pool.shutdownNow();
        }
      }
      boolean proven = printReport(reports);
      if (!loaded.ok()) {
        out.println(loaded.problems().size() + " file(s) could not be loaded (listed above)");
      }
      return proven && loaded.ok() ? 0 : 1;
    }

    private static Report withNameProblems(Report r, List<String> nameProblems) {
      if (nameProblems.isEmpty()) {
        return r;
      }
      List<String> problems = new ArrayList<>(nameProblems);
      if (r.status() != Report.Status.SKIPPED) {
        problems.addAll(r.problems());
      }
      return new Report(r.question(), Report.Status.FAILED, List.copyOf(problems), r.millis(),
          r.margins(), r.provenOn());
    }

    private boolean printReport(List<Report> reports) {
      boolean ok = true;
      for (Report r : reports) {
        if (r.status() == Report.Status.FAILED) {
          ok = false;
          out.println("FAILED  " + r.question().id());
          r.problems().forEach(p -> out.println("        " + p.replace("\n", "\n        ")));
        } else if (r.status() == Report.Status.SKIPPED) {
          out.println("SKIPPED " + r.question().id() + ": " + r.problems().get(0));
        }
      }
      List<Report> library = reports.stream().filter(r -> r.status() == Report.Status.PASSED
          && !r.question().requires().isEmpty()).toList();
      if (!library.isEmpty()) {
        // A library question's verdicts can depend on the version: say which ones were proven.
        out.println();
        out.println("Library questions proven on:");
        library.forEach(r -> out.println("  " + r.question().id() + ": " + r.provenOn()));
      }
      printMargins(reports);
      out.println();
      summary("level", reports, r -> r.question().level());
      summary("topic", reports, r -> r.question().topic());
      summary("kind", reports, r -> r.question().kind().yamlName());
      long passed = count(reports, Report.Status.PASSED);
      out.printf("%d questions: %d passed, %d failed, %d skipped%n", reports.size(), passed,
          count(reports, Report.Status.FAILED), count(reports, Report.Status.SKIPPED));
      return ok;
    }

    /**
     * Each performance question's fairness on every backend it was proven on, one line per
     * backend: the reference's CPU time, the limit that applied there, the reference's margin
     * (limit / reference) and whether the slow answer still timed out with five times the limit.
     */
    private void printMargins(List<Report> reports) {
      List<Report> timed = reports.stream().filter(r -> !r.margins().isEmpty()).toList();
      if (timed.isEmpty()) {
        return;
      }
      out.println();
      out.println("Performance margins (CPU time against each backend's scaled limit; fair: "
          + "reference ≤ limit/5, wrong solution > 5× the limit):");
      int width = timed.stream().mapToInt(r -> r.question().id().length()).max().orElse(0);
      for (Report r : timed) {
        r.margins().forEach(m -> out.printf("  %-" + width + "s  %s%n", r.question().id(),
            m.describe()));
      }
    }

    private void summary(String title, List<Report> reports, Function<Report, String> key) {
      Map<String, List<Report>> groups = reports.stream()
          .collect(Collectors.groupingBy(key, TreeMap::new, Collectors.toList()));
      int width = Math.max(title.length(), groups.keySet().stream().mapToInt(String::length)
          .max().orElse(0));
      out.printf("%-" + width + "s  %6s %6s %6s %7s%n", title, "total", "passed", "failed",
          "skipped");
      groups.forEach((k, list) -> out.printf("%-" + width + "s  %6d %6d %6d %7d%n", k,
          list.size(), count(list, Report.Status.PASSED), count(list, Report.Status.FAILED),
          count(list, Report.Status.SKIPPED)));
      out.println();
    }

    private static long count(List<Report> reports, Report.Status status) {
      return reports.stream().filter(r -> r.status() == status).count();
    }
  }

  @Command(name = "lint", mixinStandardHelpOptions = true,
      description = "Check the questions' teaching text and names without running any code: "
          + "hints that give the answer away or repeat each other, rules nothing enforces, "
          + "quiz options with two defensible answers, unversioned library claims, names "
          + "shared between questions. `validate` runs the same checks.")
  static final class Lint extends BankSubcommand {

    @Option(names = "--id", split = ",", description = "Only these questions.")
    List<String> ids;

    @Option(names = "--overlap", description = "Also print every code question's hint "
        + "overlap, highest first.")
    boolean overlap;

    @Override
    int run(QuestionLoader.Result loaded) {
      loaded.problems().forEach(p -> out.println("  " + p));
      QuestionBank bank = loaded.bank();
      Map<String, List<String>> names = BankRules.nameProblems(bank);
      int failed = 0;
      List<Question> selected = bank.all().stream()
          .filter(q -> ids == null || ids.contains(q.id())).toList();
      for (Question q : selected) {
        List<String> problems = new ArrayList<>(names.getOrDefault(q.id(), List.of()));
        problems.addAll(dailypy.questions.QuestionLint.check(q));
        if (!problems.isEmpty()) {
          failed++;
          out.println("FAILED  " + q.id() + " (" + bank.file(q.id()).map(Path::toString)
              .orElse("?") + ")");
          problems.forEach(p -> out.println("        " + p));
        }
      }
      if (overlap) {
        selected.stream().filter(q -> q.kind().runsCode())
            .sorted(java.util.Comparator.comparingDouble(
                dailypy.questions.HintLint::hintOverlap).reversed())
            .forEach(q -> out.printf(java.util.Locale.ROOT, "%4.0f%%  %s%n",
                100 * dailypy.questions.HintLint.hintOverlap(q), q.id()));
      }
      out.printf("%d questions linted, %d with problems%n", selected.size(), failed);
      return failed == 0 && loaded.ok() ? 0 : 1;
    }
  }

  @Command(name = "stats", mixinStandardHelpOptions = true,
      description = "Count the bank's questions by level, kind and topic. With --markdown, print "
          + "docs/question-bank.md (counts and the source guide's questions): "
          + BankStats.COMMAND)
  static final class Stats extends BankSubcommand {

    @Option(names = "--markdown", description = "Print docs/question-bank.md instead of a "
        + "plain summary.")
    boolean markdown;

    @Override
    int run(QuestionLoader.Result loaded) {
      // Count what loads, so the table can still be written; load problems fail the command.
      if (!loaded.ok()) {
        System.err.println(loaded.problems().size() + " problem(s) in " + dir
            + "; those files are not counted:");
        loaded.problems().forEach(p -> System.err.println("  " + p));
      }
      out.print(markdown ? BankStats.markdown(loaded.bank()) : BankStats.text(loaded.bank()));
      out.flush();
      return loaded.ok() ? 0 : 1;
    }
  }
}
