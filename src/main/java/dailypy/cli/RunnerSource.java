package dailypy.cli;

import dailypy.runner.Runner;
import java.util.Collection;

/** How a command gets its runner; tests substitute their own. */
@FunctionalInterface
public interface RunnerSource {

  /**
   * The backends of {@code config/tutor.yaml} (all defaults when it is absent): the embedded
   * GraalPy pool, then host CPython where bubblewrap can sandbox it.
   */
  RunnerSource DEFAULT = wanted -> Wiring.runner(AppConfig.load(AppConfig.DEFAULT_PATH).runner(), wanted);

  /**
   * For one-shot commands: host CPython first where bubblewrap can sandbox it, and the GraalPy
   * pool started only if a grading needs it.
   */
  RunnerSource ONE_SHOT = wanted -> Wiring.oneShotRunner(AppConfig.load(AppConfig.DEFAULT_PATH).runner(), wanted);

  /** @param wanted the packages the questions at hand need; CPython probes them at start */
  Runner open(Collection<String> wanted);
}
