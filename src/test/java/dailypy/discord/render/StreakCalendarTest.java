package dailypy.discord.render;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.time.LocalDate;
import java.util.Set;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;

class StreakCalendarTest {
  private static final LocalDate TODAY = LocalDate.of(2026, 11, 23);

  @Test
  void activeDaysAreGreenAndOthersGreyInAReadablePng() throws Exception {
    Set<LocalDate> active = Set.of(TODAY, TODAY.minusDays(1), TODAY.minusDays(89));
    byte[] png = StreakCalendar.png(active, Set.of(), TODAY);
    BufferedImage image = ImageIO.read(new ByteArrayInputStream(png));
    assertThat(image).isNotNull();
    assertThat(colorAt(image, TODAY)).isEqualTo(StreakCalendar.ACTIVE.getRGB());
    assertThat(colorAt(image, TODAY.minusDays(89))).isEqualTo(StreakCalendar.ACTIVE.getRGB());
    assertThat(colorAt(image, TODAY.minusDays(2))).isEqualTo(StreakCalendar.INACTIVE.getRGB());
  }

  @Test
  void frozenDaysAreDrawnInTheirOwnColourAndCounted() throws Exception {
    LocalDate frozenDay = TODAY.minusDays(3);
    BufferedImage image = ImageIO.read(new ByteArrayInputStream(
        StreakCalendar.png(Set.of(TODAY, TODAY.minusDays(4)), Set.of(frozenDay), TODAY)));
    assertThat(StreakCalendar.FROZEN).isNotEqualTo(StreakCalendar.ACTIVE).isNotEqualTo(StreakCalendar.INACTIVE);
    assertThat(colorAt(image, frozenDay)).isEqualTo(StreakCalendar.FROZEN.getRGB());
    assertThat(colorAt(image, TODAY.minusDays(4))).isEqualTo(StreakCalendar.ACTIVE.getRGB());
    assertThat(colorAt(image, TODAY.minusDays(2))).isEqualTo(StreakCalendar.INACTIVE.getRGB());
    assertThat(StreakCalendar.header(Set.of(TODAY, TODAY.minusDays(4)), Set.of(frozenDay), TODAY))
        .isEqualTo("2 active days · 1 frozen in the last 90");
    assertThat(StreakCalendar.header(Set.of(TODAY), Set.of(), TODAY)).isEqualTo("1 active day in the last 90");
  }

  @Test
  void mondaysAreOnTheTopRowAndDaysFillWeeksLeftToRight() {
    LocalDate monday = LocalDate.of(2026, 11, 23);
    int[] mon = StreakCalendar.cellOrigin(TODAY, monday);
    int[] tue = StreakCalendar.cellOrigin(TODAY, monday.minusDays(6));
    int[] prevMon = StreakCalendar.cellOrigin(TODAY, monday.minusDays(7));
    assertThat(mon[1]).isEqualTo(prevMon[1]);
    assertThat(mon[0]).isGreaterThan(prevMon[0]);
    assertThat(tue[1]).isGreaterThan(prevMon[1]);
    assertThat(StreakCalendar.weeks(TODAY)).isBetween(13, 14);
  }

  private static int colorAt(BufferedImage image, LocalDate day) {
    int[] xy = StreakCalendar.cellOrigin(TODAY, day);
    return image.getRGB(xy[0] + 2, xy[1] + 2);
  }
}
