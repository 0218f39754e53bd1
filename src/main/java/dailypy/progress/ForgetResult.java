package dailypy.progress;

/** What forget-me removed; these counts are kept anonymously in the guild's totals. */
public record ForgetResult(int submissions, int solves, int points) {
  public boolean nothingStored() {
    return submissions == 0 && solves == 0 && points == 0;
  }
}
