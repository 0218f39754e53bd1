package dailypy.runner.graal;

import dailypy.runner.RedTeam;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** The red team against the embedded GraalPy pool. */
class GraalRedTeamTest {

  @Test
  void the_secret_is_planted() {
    RedTeam.assertTokenPlanted(() -> System.getenv("DISCORD_TOKEN"));
  }

  static java.util.List<RedTeam.Attack> attacks() {
    return RedTeam.attacks();
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("attacks")
  void an_attack_gets_an_honest_verdict_and_leaves_the_pool_clean(RedTeam.Attack attack) {
    RedTeam.check(SharedPool.runner(), attack);
  }
}
