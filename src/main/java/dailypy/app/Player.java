package dailypy.app;

/**
 * Who answers: a user in a guild. Practice mode plays as {@link #LOCAL}, in a guild of its own (id
 * 0, which no Discord guild has: Discord ids are positive snowflakes).
 */
public record Player(long guildId, long userId) {
  /** The local user of practice mode. */
  public static final Player LOCAL = new Player(0, 1);
}
