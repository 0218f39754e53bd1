package dailypy.progress;

import java.util.Map;
import java.util.TreeMap;

/** A user's own settings in a guild, as named text values (e.g. "reminders" = "off"). */
public final class UserSettings {
  private final Database db;

  UserSettings(Database db) {
    this.db = db;
  }

  public Map<String, String> get(long guildId, long userId) {
    return db.read(
        "reading user settings",
        c -> {
          Map<String, String> out = new TreeMap<>();
          for (String[] kv :
              Sql.queryList(
                  c,
                  "SELECT name, value FROM user_settings WHERE guild_id = ? AND user_id = ?",
                  rs -> new String[] {rs.getString(1), rs.getString(2)},
                  guildId,
                  userId)) {
            out.put(kv[0], kv[1]);
          }
          return out;
        });
  }

  /** Sets a value; a null value removes the setting. */
  public void put(long guildId, long userId, String name, String value) {
    db.write(
        "saving a user setting",
        c ->
            value == null
                ? Sql.update(
                    c,
                    "DELETE FROM user_settings WHERE guild_id = ? AND user_id = ? AND name = ?",
                    guildId,
                    userId,
                    name)
                : Sql.update(
                    c,
                    "INSERT INTO user_settings (guild_id, user_id, name, value) VALUES (?,?,?,?)"
                        + " ON CONFLICT (guild_id, user_id, name) DO UPDATE SET value = excluded.value",
                    guildId,
                    userId,
                    name,
                    value));
  }
}
