package dailypy.discord.commands;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dailypy.progress.GuildSettings;
import dailypy.progress.Level;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.Set;
import org.junit.jupiter.api.Test;

class SetupCommandTest {
  private static final Set<String> LEVELS = Set.of("basic", "intermediate", "advanced");

  @Test
  void parsesLevelsTimesAndZones() {
    assertThat(SetupCommand.parseLevels("Basic, advanced", LEVELS)).containsExactly("basic", "advanced");
    assertThat(SetupCommand.parseTime("9:30")).isEqualTo(LocalTime.of(9, 30));
    assertThat(SetupCommand.parseTime("18:05")).isEqualTo(LocalTime.of(18, 5));
    assertThat(SetupCommand.parseZone("America/New_York")).isEqualTo(ZoneId.of("America/New_York"));
  }

  @Test
  void badInputGetsAClearMessage() {
    assertThatThrownBy(() -> SetupCommand.parseLevels("expert", LEVELS)).hasMessageContaining("Unknown level `expert`");
    assertThatThrownBy(() -> SetupCommand.parseLevels(" , ", LEVELS)).hasMessageContaining("at least one level");
    assertThatThrownBy(() -> SetupCommand.parseTime("25:00")).hasMessageContaining("HH:mm");
    assertThatThrownBy(() -> SetupCommand.parseZone("Mars/Olympus")).hasMessageContaining("IANA");
  }

  @Test
  void describesTheSettings() {
    GuildSettings s = GuildSettings.defaults(1).withChannel(42L).withLevels(Set.of(Level.ADVANCED, Level.BASIC));
    assertThat(SetupCommand.describe(s)).contains("<#42>").contains("Levels: basic, advanced")
        .contains("09:00 UTC").contains("Threads: on");
  }
}
