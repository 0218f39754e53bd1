package dailypy.discord;

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
    byte[] png = StreakCalendar.png(active, TODAY);
    BufferedImage image = ImageIO.read(new ByteArrayInputStream(png));
    assertThat(image).isNotNull();
    assertThat(colorAt(image, TODAY)).isEqualTo(StreakCalendar.ACTIVE.getRGB());
    assertThat(colorAt(image, TODAY.minusDays(89))).isEqualTo(StreakCalendar.ACTIVE.getRGB());
    assertThat(colorAt(image, TODAY.minusDays(2))).isEqualTo(StreakCalendar.INACTIVE.getRGB());
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
