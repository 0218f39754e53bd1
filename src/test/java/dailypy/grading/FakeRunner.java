package dailypy.grading;

import dailypy.runner.RunRequest;
import dailypy.runner.RunResult;
import dailypy.runner.Runner;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Function;

/** A runner that answers from a function of the request and records every request it got. */
final class FakeRunner implements Runner {

  final List<RunRequest> requests = new CopyOnWriteArrayList<>();
  private final Function<RunRequest, RunResult> answer;
  private final Map<String, String> packages;

  FakeRunner(Function<RunRequest, RunResult> answer, Map<String, String> packages) {
    this.answer = answer;
    this.packages = packages;
  }

  FakeRunner(Function<RunRequest, RunResult> answer) {
    this(answer, Map.of());
  }

  @Override
  public RunResult run(RunRequest request) {
    requests.add(request);
    return answer.apply(request);
  }

  @Override
  public String name() {
    return "fake";
  }

  @Override
  public Map<String, String> packages() {
    return packages;
  }

  @Override
  public void close() {}
}
