package dailypy.runner;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** The red team against one backend; each backend's suite names its runner. */
public abstract class RedTeamSuite {

  protected abstract Runner runner();

  static List<RedTeam.Attack> attacks() {
    return RedTeam.attacks();
  }

  @Test
  void theSecretIsPlanted() {
    RedTeam.assertTokenPlanted(() -> System.getenv("DISCORD_TOKEN"));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("dailypy.runner.RedTeamSuite#attacks")
  void anAttackGetsAnHonestVerdictAndLeavesThePoolClean(RedTeam.Attack attack) {
    RedTeam.check(runner(), attack);
  }
}
