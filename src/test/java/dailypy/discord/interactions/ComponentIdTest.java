package dailypy.discord.interactions;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;

class ComponentIdTest {

  @Test
  void encodesHandlerVersionAndArgumentsAndReadsThemBack() {
    ComponentId id = ComponentId.of("explain", 1, "sum-of-list");
    assertThat(id.encode()).isEqualTo("explain:v1:sum-of-list");
    assertThat(ComponentId.parse("explain:v1:sum-of-list")).contains(id);
    assertThat(ComponentId.parse("forget:v1")).contains(ComponentId.of("forget", 1));
  }

  @Test
  void anIdFromBeforeVersionsIsVersionZero() {
    assertThat(ComponentId.parse("forget:confirm")).contains(new ComponentId("forget", 0, List.of("confirm")));
    assertThat(ComponentId.parse("submit:add-two-numbers"))
        .contains(new ComponentId("submit", 0, List.of("add-two-numbers")));
  }

  @Test
  void somethingElseIsNotAnId() {
    assertThat(ComponentId.parse("")).isEmpty();
    assertThat(ComponentId.parse("Not An Id")).isEmpty();
    assertThat(ComponentId.parse(null)).isEmpty();
  }

  @Test
  void anArgumentCannotHoldTheSeparatorAndAnIdFitsDiscordsLimit() {
    assertThatThrownBy(() -> ComponentId.of("quiz", 1, "a:b")).isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> ComponentId.of("quiz", 1, "x".repeat(100)).encode())
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> ComponentId.of("quiz", 1).arg(0)).isInstanceOf(IllegalArgumentException.class);
  }
}
