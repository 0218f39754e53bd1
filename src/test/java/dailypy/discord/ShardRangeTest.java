package dailypy.discord;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class ShardRangeTest {
  /** A snowflake whose timestamp part is {@code millis}. */
  private static long guildAt(long millis) {
    return (millis << 22) | 12345;
  }

  @Test
  void aGuildBelongsToTheShardDiscordRoutesItTo() {
    ShardRange range = ShardRange.parse(4, "1-2");
    assertThat(range.shardOf(guildAt(8))).isZero();
    assertThat(range.shardOf(guildAt(9))).isEqualTo(1);
    assertThat(range.shardOf(guildAt(14))).isEqualTo(2);
    assertThat(range.owns(guildAt(9))).isTrue();
    assertThat(range.owns(guildAt(14))).isTrue();
    assertThat(range.owns(guildAt(8))).isFalse();
    assertThat(range.owns(guildAt(11))).isFalse();
  }

  @Test
  void theShardOfARealSnowflakeIsTakenUnsigned() {
    // Discord's documented example id; a naive signed shift would still work here, so also check
    // an id with the top bit set, which Java holds as a negative long
    assertThat(ShardRange.all(16).shardOf(175928847299117063L)).isEqualTo((int) ((175928847299117063L >> 22) % 16));
    long topBit = 0x8000_0000_0000_0000L | (5L << 22);
    assertThat(ShardRange.all(16).shardOf(topBit)).isEqualTo((int) (((topBit >>> 22)) % 16));
  }

  @Test
  void eachGuildHasExactlyOneOwnerWhenTheShardsAreSplitBetweenProcesses() {
    ShardRange a = ShardRange.parse(5, "0,3");
    ShardRange b = ShardRange.parse(5, "1-2, 4");
    for (long millis = 0; millis < 50; millis++) {
      long guild = guildAt(1_000_000 + millis);
      assertThat(a.owns(guild) ^ b.owns(guild)).as("guild at %d", millis).isTrue();
    }
  }

  @Test
  void rangesParseAndAShareIsTheirPartOfTheTotal() {
    assertThat(ShardRange.parse(4, "0-1").idList()).containsExactly(0, 1);
    assertThat(ShardRange.parse(4, " 3 ").idList()).containsExactly(3);
    assertThat(ShardRange.parse(6, "0,2-3,5").idList()).containsExactly(0, 2, 3, 5);
    assertThat(ShardRange.parse(4, "").idList()).containsExactly(0, 1, 2, 3);
    assertThat(ShardRange.parse(4, null).share()).isEqualTo(1.0);
    assertThat(ShardRange.parse(4, "0-1").share()).isEqualTo(0.5);
    assertThat(ShardRange.SINGLE.owns(guildAt(12345))).isTrue();
  }

  @Test
  void wrongRangesAreRefusedWithAMessageThatSaysWhy() {
    assertThatThrownBy(() -> ShardRange.parse(2, "0-2")).hasMessageContaining("between 0 and 1");
    assertThatThrownBy(() -> ShardRange.parse(2, "a")).hasMessageContaining("'a' is not a shard id");
    assertThatThrownBy(() -> ShardRange.parse(4, "3-1")).hasMessageContaining("backwards");
    assertThatThrownBy(() -> ShardRange.parse(4, "-1")).hasMessageContaining("between 0 and 3");
    assertThatThrownBy(() -> ShardRange.all(0)).hasMessageContaining("between 1 and");
  }
}
