package dailypy.discord.interactions;

import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * The custom id of a button or modal: which handler it belongs to, the version of that handler's
 * id format, and the handler's arguments, encoded {@code handler:v<version>:arg:arg}. Ids live on
 * in Discord (a quiz post's buttons for a day, a confirmation until it is dismissed), so a handler
 * whose arguments change bumps its version, and the registry answers an id of another version
 * politely instead of misreading it. An id from before ids had versions reads as version 0.
 */
public record ComponentId(String handler, int version, List<String> args) {
  /** Discord's limit for a custom id. */
  public static final int MAX_LENGTH = 100;
  private static final Pattern NAME = Pattern.compile("[a-z][a-z0-9-]*");
  private static final Pattern VERSION = Pattern.compile("v(\\d{1,4})");
  private static final String SEPARATOR = ":";

  public ComponentId {
    if (!NAME.matcher(handler).matches()) {
      throw new IllegalArgumentException("bad handler name '" + handler + "'");
    }
    if (version < 0) {
      throw new IllegalArgumentException("negative version");
    }
    args = List.copyOf(args);
    for (String a : args) {
      if (a.contains(SEPARATOR)) {
        throw new IllegalArgumentException("an argument may not contain '" + SEPARATOR + "': " + a);
      }
    }
  }

  public static ComponentId of(String handler, int version, String... args) {
    return new ComponentId(handler, version, List.of(args));
  }

  /**
   * A component's id format: its handler name, the current version of its arguments, and whether
   * it still reads ids from before versions (version 0) as the current version.
   */
  public record Format(String handler, int version, boolean readsUnversioned) {
    /** An id in this format. */
    public ComponentId id(String... args) {
      return ComponentId.of(handler, version, args);
    }
  }

  /** The custom id to give Discord. */
  public String encode() {
    StringBuilder s = new StringBuilder(handler).append(SEPARATOR).append('v').append(version);
    args.forEach(a -> s.append(SEPARATOR).append(a));
    if (s.length() > MAX_LENGTH) {
      throw new IllegalArgumentException("custom id longer than " + MAX_LENGTH + ": " + s);
    }
    return s.toString();
  }

  /** Reads a custom id; empty when it is not one of ours at all. */
  public static Optional<ComponentId> parse(String customId) {
    if (customId == null || customId.isEmpty()) {
      return Optional.empty();
    }
    List<String> parts = Arrays.asList(customId.split(SEPARATOR, -1));
    if (!NAME.matcher(parts.getFirst()).matches()) {
      return Optional.empty();
    }
    var version = parts.size() > 1 ? VERSION.matcher(parts.get(1)) : null;
    if (version != null && version.matches()) {
      return Optional.of(new ComponentId(parts.getFirst(), Integer.parseInt(version.group(1)),
          parts.subList(2, parts.size())));
    }
    return Optional.of(new ComponentId(parts.getFirst(), 0, parts.subList(1, parts.size())));
  }

  /** The argument at {@code index}; a missing one is a malformed id. */
  public String arg(int index) {
    if (index >= args.size()) {
      throw new IllegalArgumentException("no argument " + index + " in " + this);
    }
    return args.get(index);
  }
}
