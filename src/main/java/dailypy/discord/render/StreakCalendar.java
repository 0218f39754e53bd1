package dailypy.discord.render;

import java.awt.Color;
import java.awt.Font;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.Set;
import javax.imageio.ImageIO;

/**
 * Draws the last 90 days as a contribution-graph PNG: one column per week (Monday on top), a green
 * square for a day with a solve, an ice-blue one for a day a freeze kept the streak alive, a grey
 * one otherwise.
 */
public final class StreakCalendar {
  public static final int DAYS = 90;
  static final int CELL = 14;
  static final int GAP = 3;
  static final int MARGIN = 10;
  static final int HEADER = 18;
  public static final Color ACTIVE = new Color(0x39, 0xD3, 0x53);
  public static final Color FROZEN = new Color(0x79, 0xC0, 0xFF);
  public static final Color INACTIVE = new Color(0x2D, 0x33, 0x3B);
  static final Color BACKGROUND = new Color(0x16, 0x1B, 0x22);

  private StreakCalendar() {}

  /** The first day drawn: 89 days before {@code today}. */
  public static LocalDate start(LocalDate today) {
    return today.minusDays(DAYS - 1);
  }

  public static int weeks(LocalDate today) {
    LocalDate first = start(today);
    int offset = first.getDayOfWeek().getValue() - DayOfWeek.MONDAY.getValue();
    return (offset + DAYS + 6) / 7;
  }

  /** Top-left pixel of a day's square; column = week, row = weekday. */
  public static int[] cellOrigin(LocalDate today, LocalDate day) {
    LocalDate first = start(today);
    int offset = first.getDayOfWeek().getValue() - 1;
    int index = (int) (day.toEpochDay() - first.toEpochDay()) + offset;
    int col = index / 7;
    int row = index % 7;
    return new int[] {MARGIN + col * (CELL + GAP), MARGIN + HEADER + row * (CELL + GAP)};
  }

  public static BufferedImage draw(Set<LocalDate> active, Set<LocalDate> frozen, LocalDate today) {
    int width = MARGIN * 2 + weeks(today) * (CELL + GAP) - GAP;
    int height = MARGIN * 2 + HEADER + 7 * (CELL + GAP) - GAP;
    BufferedImage image = new BufferedImage(width, height, BufferedImage.TYPE_INT_RGB);
    Graphics2D g = image.createGraphics();
    try {
      g.setColor(BACKGROUND);
      g.fillRect(0, 0, width, height);
      g.setRenderingHint(RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
      g.setColor(Color.LIGHT_GRAY);
      g.setFont(new Font(Font.SANS_SERIF, Font.PLAIN, 11));
      g.drawString(header(active, frozen, today), MARGIN, MARGIN + 11);
      for (LocalDate day = start(today); !day.isAfter(today); day = day.plusDays(1)) {
        int[] xy = cellOrigin(today, day);
        g.setColor(frozen.contains(day) ? FROZEN : active.contains(day) ? ACTIVE : INACTIVE);
        g.fillRect(xy[0], xy[1], CELL, CELL);
      }
    } finally {
      g.dispose();
    }
    return image;
  }

  /** The line above the squares; frozen days are named only when there are some. */
  static String header(Set<LocalDate> active, Set<LocalDate> frozen, LocalDate today) {
    long activeDays = countShown(active, today);
    long frozenDays = countShown(frozen, today);
    return activeDays + (activeDays == 1 ? " active day" : " active days") + (frozenDays > 0 ? " · " + frozenDays + " frozen" : "")
        + " in the last " + DAYS;
  }

  private static long countShown(Set<LocalDate> days, LocalDate today) {
    return days.stream().filter(d -> !d.isBefore(start(today)) && !d.isAfter(today)).count();
  }

  public static byte[] png(Set<LocalDate> active, Set<LocalDate> frozen, LocalDate today) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    try {
      ImageIO.write(draw(active, frozen, today), "png", out);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return out.toByteArray();
  }
}
