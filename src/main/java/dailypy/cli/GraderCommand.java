package dailypy.cli;

import dailypy.cli.config.ConfigException;
import dailypy.farm.BankJobGrader;
import dailypy.farm.FarmMetrics;
import dailypy.farm.GraderLoop;
import dailypy.grading.RunnerGrader;
import dailypy.progress.GradingJobs;
import dailypy.progress.ProgressStoreException;
import dailypy.progress.StoreUrl;
import dailypy.questions.QuestionBank;
import dailypy.runner.Runner;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/**
 * {@code grader}: one process of the grading farm. It loads the question bank and starts the
 * runner's workers like a bot does, then takes jobs from the queue in progress.database until
 * stopped (SIGTERM finishes the jobs in hand; SIGKILL leaves them to be delivered again).
 */
@Command(name = "grader", mixinStandardHelpOptions = true,
    description = "Run a grader of the grading farm: take answers from the queue in the PostgreSQL"
        + " progress.database, grade them with this machine's workers, record the results.")
public final class GraderCommand implements Callable<Integer> {

  @Mixin
  FarmConfig farm;

  @Option(names = "--graders", description = "Jobs graded at once (default: runner.workers).")
  Integer graders;

  @Option(names = "--lease-seconds", defaultValue = "120", description = "How long a job is this"
      + " grader's before another takes it over; longer than any grading (default: ${DEFAULT-VALUE}).")
  int leaseSeconds;

  @Mixin
  MetricsOptions metricsOptions = new MetricsOptions();

  @Override
  public Integer call() throws Exception {
    FarmConfig.Loaded setup;
    try {
      setup = farm.load("grader");
    } catch (ConfigException | IllegalArgumentException e) {
      System.err.println(e.getMessage());
      return 2;
    }
    AppConfig appConfig = setup.app();
    QuestionBank bank = setup.bank();
    StoreUrl location = setup.store();
    int n = graders != null ? graders : appConfig.runner().workers();
    String host = java.net.InetAddress.getLocalHost().getHostName();
    try (Runner runner = Wiring.runner(appConfig.runner(), Wiring.requiredPackages(bank));
        GradingJobs jobs = GradingJobs.open(location);
        FarmMetrics metrics = metricsOptions.socket() == null ? null
            : new FarmMetrics(jobs, metricsOptions.socket())) {
      GraderLoop.Work work = new GraderLoop.Work(jobs,
          new BankJobGrader(bank, new RunnerGrader(runner, appConfig.runner().limits())),
          Duration.ofSeconds(leaseSeconds), metrics == null ? GraderLoop.Events.NONE : metrics);
      List<GraderLoop> loops = new ArrayList<>();
      List<Thread> threads = new ArrayList<>();
      for (int i = 0; i < n; i++) {
        GraderLoop loop = new GraderLoop(work, host + "/" + ProcessHandle.current().pid() + "/" + i);
        loops.add(loop);
        threads.add(Thread.ofPlatform().name("grader-" + i).start(loop));
      }
      Runtime.getRuntime().addShutdownHook(new Thread(() -> {
        loops.forEach(GraderLoop::stop);
        for (Thread t : threads) {
          try {
            t.join(Duration.ofSeconds(leaseSeconds));
          } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
          }
        }
      }, "grader-shutdown"));
      System.err.println("grader: " + n + " grader(s) taking jobs from " + location.describe()
          + (metrics == null ? "" : "; metrics on http://" + metricsOptions.address + ":" + metrics.port() + "/metrics"));
      for (Thread t : threads) {
        t.join();
      }
    } catch (ProgressStoreException e) {
      System.err.println("The grader could not start: " + e.getMessage());
      return 1;
    }
    return 0;
  }
}
