package dailypy.discord.fake;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executors;
import java.util.function.Predicate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A small Discord on 127.0.0.1: REST (JDK HttpServer) plus a gateway WebSocket. It knows one guild
 * with one text channel, a few members and roles, records every REST call, answers them with
 * payloads shaped like Discord's documented examples, and lets a test push gateway dispatches.
 */
public final class FakeDiscord implements AutoCloseable {
  public static final long PERM_VIEW_CHANNEL = 1L << 10;
  public static final long PERM_SEND_MESSAGES = 1L << 11;
  public static final long PERM_EMBED_LINKS = 1L << 14;
  public static final long PERM_ATTACH_FILES = 1L << 15;
  public static final long PERM_READ_HISTORY = 1L << 16;
  public static final long PERM_USE_COMMANDS = 1L << 31;
  public static final long PERM_SEND_IN_THREADS = 1L << 38;
  public static final long PERM_MANAGE_GUILD = 1L << 5;
  public static final long PERM_ADMINISTRATOR = 1L << 3;
  public static final long MEMBER_PERMISSIONS =
      PERM_VIEW_CHANNEL | PERM_SEND_MESSAGES | PERM_EMBED_LINKS | PERM_ATTACH_FILES
          | PERM_READ_HISTORY | PERM_USE_COMMANDS | PERM_SEND_IN_THREADS;

  private static final ObjectMapper JSON = new ObjectMapper();
  private static final Pattern THREAD_FROM_MESSAGE =
      Pattern.compile("channels/(\\d+)/messages/(\\d+)/threads");
  private static final Pattern CHANNEL_MESSAGES = Pattern.compile("channels/(\\d+)/messages");
  private static final Pattern ONE_MESSAGE = Pattern.compile("channels/(\\d+)/messages/(\\d+)");
  private static final Pattern ARCHIVED_THREADS = Pattern.compile("channels/(\\d+)/threads/archived/public");

  /** A guild with its one text channel, where the bot posts its daily questions. */
  public record FakeGuild(long id, long channelId) {}

  /** A user in the fake guild. */
  public record FakeUser(long id, String name, long permissions, boolean bot) {
    public String idString() {
      return Long.toUnsignedString(id);
    }
  }

  public final long applicationId = Snowflakes.next();
  public final FakeUser botUser = new FakeUser(applicationId, "Daily Python Tutor", PERM_ADMINISTRATOR, true);
  public final FakeUser alice = new FakeUser(Snowflakes.next(), "alice", MEMBER_PERMISSIONS, false);
  public final FakeUser bob = new FakeUser(Snowflakes.next(), "bob", MEMBER_PERMISSIONS, false);
  public final FakeUser admin =
      new FakeUser(Snowflakes.next(), "admin", MEMBER_PERMISSIONS | PERM_MANAGE_GUILD, false);
  public final long guildId = Snowflakes.next();
  public final long channelId = Snowflakes.next();
  public final long learnerRoleId = Snowflakes.next();
  private final long adminRoleId = Snowflakes.next();
  private final long botRoleId = Snowflakes.next();

  private final HttpServer http;
  private final FakeGateway gateway;
  private final List<RecordedCall> calls = new ArrayList<>();
  private final Map<Long, ObjectNode> messages = new ConcurrentHashMap<>();
  private final Map<Long, ObjectNode> threads = new ConcurrentHashMap<>();
  private final List<Failure> failures = new ArrayList<>();
  private final Map<Long, FakeGuild> guilds = new java.util.concurrent.ConcurrentSkipListMap<>();
  private final Map<Long, Long> channelGuild = new ConcurrentHashMap<>();
  private final GlobalRateLimit globalLimit = new GlobalRateLimit();
  private volatile int maxConcurrency = 1;
  /** Messages created with {@code enforce_nonce}, by channel and nonce. */
  private final Map<String, SentNonce> nonces = new ConcurrentHashMap<>();
  private final java.util.concurrent.atomic.AtomicInteger nonceRepeats = new java.util.concurrent.atomic.AtomicInteger();

  /** How long Discord holds a nonce for {@code enforce_nonce}: "a few minutes". */
  public static final Duration NONCE_WINDOW = Duration.ofMinutes(5);

  private record SentNonce(long messageId, long atNanos) {}

  /** Replies held after they were created: which channels, and for how long. */
  private volatile Predicate<Long> holdChannels = ch -> false;
  private volatile Duration holdFor = Duration.ZERO;
  private final java.util.concurrent.atomic.AtomicInteger held = new java.util.concurrent.atomic.AtomicInteger();
  private final List<Long> heldReplies = new java.util.concurrent.CopyOnWriteArrayList<>();

  /** A Discord error the next matching call gets instead of its normal answer. */
  private record Failure(Predicate<RecordedCall> match, int status, int code, String message) {}

  /** Starts the fake; JDA's own debug logging is turned down, since every test would drown in it. */
  public FakeDiscord() throws IOException, InterruptedException {
    this(4);
  }

  /**
   * Starts the fake with {@code httpThreads} REST threads: more for a test that holds replies
   * ({@link #holdReplies}), so the other requests are still served meanwhile.
   */
  public FakeDiscord(int httpThreads) throws IOException, InterruptedException {
    ((ch.qos.logback.classic.Logger) org.slf4j.LoggerFactory.getLogger("net.dv8tion"))
        .setLevel(ch.qos.logback.classic.Level.INFO);
    http = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
    http.createContext("/api/v10/", this::handle);
    http.setExecutor(Executors.newFixedThreadPool(httpThreads));
    http.start();
    guilds.put(guildId, new FakeGuild(guildId, channelId));
    channelGuild.put(channelId, guildId);
    gateway = new FakeGateway(this::sessionStart);
    gateway.startAndWait();
  }

  public String restBaseUrl() {
    return "http://127.0.0.1:" + http.getAddress().getPort() + "/api/v10/";
  }

  public String gatewayUrl() {
    return gateway.url();
  }

  /** IDENTIFY payloads received, token redacted. */
  public List<JsonNode> identifies() {
    return gateway.identifies();
  }

  public int connectedSessions() {
    return gateway.readySessions();
  }

  /** The shard ids with an identified gateway session now, in order (one 0 per unsharded bot). */
  public List<Integer> connectedShards() {
    return gateway.connectedShards();
  }

  // ---------------------------------------------------------------- guilds and limits

  /**
   * Adds guilds, each with one text channel, that the bot is a member of; their ids fall on every
   * shard in turn (a snowflake's shard is its timestamp modulo the shard count). A session started
   * afterwards sees them.
   */
  public List<FakeGuild> addGuilds(int count) {
    List<FakeGuild> added = new ArrayList<>();
    for (int i = 0; i < count; i++) {
      FakeGuild g = new FakeGuild(Snowflakes.spread(i), Snowflakes.next());
      guilds.put(g.id(), g);
      channelGuild.put(g.channelId(), g.id());
      added.add(g);
    }
    return added;
  }

  /** Every guild, the first one ({@link #guildId}) included. */
  public List<FakeGuild> guilds() {
    return List.copyOf(guilds.values());
  }

  /**
   * Enforces Discord's global rate limit: more than {@code perSecond} requests within one second
   * get a 429 with {@code "global": true}. Interaction callbacks and webhooks are exempt, as on
   * Discord.
   */
  public void limitGlobalRequests(int perSecond) {
    globalLimit.set(perSecond);
  }

  /** How many requests the global limit refused with a 429. */
  public int globalLimitHits() {
    return globalLimit.hits();
  }

  /** The max_concurrency gateway/bot reports: how many shards may identify at once. */
  public void maxConcurrency(int shardsAtOnce) {
    maxConcurrency = shardsAtOnce;
  }

  private long guildOf(long channel) {
    ObjectNode thread = threads.get(channel);
    if (thread != null) {
      return thread.path("guild_id").asLong();
    }
    return channelGuild.getOrDefault(channel, guildId);
  }

  // ---------------------------------------------------------------- recorded calls

  public synchronized List<RecordedCall> calls() {
    return List.copyOf(calls);
  }

  /** The number of calls so far; pass it to {@link #awaitCall(int, Predicate, Duration)}. */
  public synchronized int mark() {
    return calls.size();
  }

  /** Waits (bounded) for a call made after {@code mark} that matches. */
  public synchronized RecordedCall awaitCall(int mark, Predicate<RecordedCall> match, Duration timeout)
      throws InterruptedException {
    long deadline = System.nanoTime() + timeout.toNanos();
    while (true) {
      for (int i = mark; i < calls.size(); i++) {
        if (match.test(calls.get(i))) {
          return calls.get(i);
        }
      }
      long left = deadline - System.nanoTime();
      if (left <= 0) {
        throw new AssertionError("no matching REST call within " + timeout + "; calls after mark:\n"
            + String.join("\n", calls.subList(mark, calls.size()).stream().map(RecordedCall::toString).toList()));
      }
      wait(Math.max(1, left / 1_000_000));
    }
  }

  /** How long Discord waits for an interaction to be answered before it shows it failed. */
  public static final Duration ACK_DEADLINE = Duration.ofSeconds(3);

  /** The answer to an interaction within Discord's deadline ({@link #ACK_DEADLINE}). */
  public RecordedCall awaitCallback(int mark, long interactionId) throws InterruptedException {
    return awaitCallback(mark, interactionId, ACK_DEADLINE);
  }

  /** The answer to an interaction: its callback, the first thing the bot sends for it. */
  public RecordedCall awaitCallback(int mark, long interactionId, Duration timeout) throws InterruptedException {
    return awaitCall(mark, c -> c.is("POST", "interactions/" + Long.toUnsignedString(interactionId) + "/.*/callback"),
        timeout);
  }

  /**
   * What a deferred interaction finally shows: the hook's edit of the original response. Handlers
   * that use the store acknowledge at once and answer this way.
   */
  public RecordedCall awaitHookReply(int mark, long interactionId, Duration timeout) throws InterruptedException {
    return awaitCall(mark, c -> c.is("PATCH",
        "webhooks/\\d+/[^/]*" + Long.toUnsignedString(interactionId) + "[^/]*/messages/@original"), timeout);
  }

  public synchronized List<RecordedCall> callsSince(int mark) {
    return List.copyOf(calls.subList(mark, calls.size()));
  }

  private synchronized void record(RecordedCall call) {
    calls.add(call);
    notifyAll();
  }

  public ObjectNode message(long id) {
    return messages.get(id);
  }

  /** Deletes a message, as a moderator would; editing it afterwards gets "Unknown Message". */
  public void deleteMessage(long id) {
    messages.remove(id);
  }

  /**
   * Makes the next call that matches fail with a Discord error, e.g. 403 / 50013 "Missing
   * Permissions", as when a moderator briefly took a permission away.
   */
  public synchronized void failNext(Predicate<RecordedCall> match, int status, int code, String message) {
    failures.add(new Failure(match, status, code, message));
  }

  private synchronized Failure takeFailure(RecordedCall call) {
    for (int i = 0; i < failures.size(); i++) {
      if (failures.get(i).match().test(call)) {
        return failures.remove(i);
      }
    }
    return null;
  }

  /** Ids of the messages the bot posted in a channel, oldest first. */
  public List<Long> botMessagesIn(long channel) {
    return messages.values().stream()
        .filter(m -> m.path("channel_id").asText().equals(Long.toUnsignedString(channel)))
        .filter(m -> m.path("author").path("id").asText().equals(botUser.idString()))
        .map(m -> m.get("id").asLong())
        .sorted()
        .toList();
  }

  /** The messages the bot posted (and still has) as replies, by the id of the message they answer. */
  public Map<Long, List<ObjectNode>> botReplies() {
    return messages.values().stream()
        .filter(m -> m.path("author").path("id").asText().equals(botUser.idString()))
        .filter(m -> m.path("message_reference").hasNonNull("message_id"))
        .map(ObjectNode::deepCopy)
        .collect(java.util.stream.Collectors.groupingBy(
            m -> Long.parseUnsignedLong(m.path("message_reference").path("message_id").asText())));
  }

  /**
   * Turns an ephemeral reply into a stored message, as the Discord client would show it, so a test
   * can press its buttons. The reply is an interaction callback's message, or the hook's edit of
   * a deferred ephemeral response. Returns its id.
   */
  public long ephemeralMessage(long channel, RecordedCall reply) {
    JsonNode data = reply.body().has("data") ? reply.body().path("data") : reply.body();
    ObjectNode message = messageJson(Snowflakes.next(), channel, botUser, data.path("content").asText(""));
    for (String key : List.of("embeds", "components", "flags")) {
      if (data.has(key)) {
        message.set(key, data.get(key).deepCopy());
      }
    }
    message.path("embeds").forEach(e -> ((ObjectNode) e).put("type", "rich"));
    if (!data.has("flags")) {
      message.put("flags", 64); // a deferred response keeps the ephemeral flag of its deferral
    }
    message.put("type", 20);
    message.put("application_id", Long.toUnsignedString(applicationId));
    long id = message.get("id").asLong();
    messages.put(id, message);
    return id;
  }

  // ---------------------------------------------------------------- threads

  /** A thread as Discord describes it now, or null when there is none with this id. */
  public ObjectNode thread(long id) {
    ObjectNode t = threads.get(id);
    return t == null ? null : t.deepCopy();
  }

  /** Discord archives a thread (a moderator did, or it sat idle past its auto-archive duration). */
  public void archiveThread(long id) {
    ObjectNode meta = threads.get(id).with("thread_metadata");
    meta.put("archived", true);
    meta.put("archive_timestamp", OffsetDateTime.now(ZoneOffset.UTC).toString());
  }

  /** Time passes without activity: threads whose auto-archive duration has run out are archived. */
  public void timePasses(Duration idle) {
    threads.forEach((id, t) -> {
      if (t.at("/thread_metadata/auto_archive_duration").asLong() <= idle.toMinutes()) {
        archiveThread(id);
      }
    });
  }

  /** The thread is deleted. */
  public void deleteThread(long id) {
    threads.remove(id);
  }

  private static boolean archived(ObjectNode thread) {
    return thread.at("/thread_metadata/archived").asBoolean();
  }

  // ---------------------------------------------------------------- gateway dispatches

  /** A gateway event; it goes to the shard of the guild it names (the first guild when none). */
  public void dispatch(String type, JsonNode data) {
    long guild = data.hasNonNull("guild_id") ? Long.parseUnsignedLong(data.get("guild_id").asText()) : guildId;
    gateway.dispatch(guild, type, data);
  }

  /**
   * A message the bot posted earlier, e.g. before a crash, that only Discord knows about (no
   * gateway event). Returns its id.
   */
  public long botMessage(long channel, JsonNode embed) {
    ObjectNode message = messageJson(Snowflakes.next(), channel, botUser, "");
    ObjectNode e = message.putArray("embeds").addObject();
    e.setAll((ObjectNode) embed.deepCopy());
    e.put("type", "rich");
    long id = message.get("id").asLong();
    messages.put(id, message);
    return id;
  }

  /** A user posts a message; returns its id. */
  public long userMessage(FakeUser author, long channel, String content, Long replyTo) {
    ObjectNode message = messageJson(Snowflakes.next(), channel, author, content);
    if (replyTo != null) {
      message.put("type", 19);
      ObjectNode ref = message.putObject("message_reference");
      ref.put("type", 0);
      ref.put("message_id", Long.toUnsignedString(replyTo));
      ref.put("channel_id", Long.toUnsignedString(channel));
      ref.put("guild_id", Long.toUnsignedString(guildOf(channel)));
      ObjectNode referenced = messages.get(replyTo);
      if (referenced != null) {
        message.set("referenced_message", referenced);
      }
    }
    long id = message.get("id").asLong();
    messages.put(id, message);
    dispatch("MESSAGE_CREATE", withGuild(message.deepCopy(), author));
    return id;
  }

  /** The author edits a message they posted earlier. */
  public void editUserMessage(long messageId, String content) {
    ObjectNode message = messages.get(messageId);
    message.put("content", content);
    message.put("edited_timestamp", OffsetDateTime.now(ZoneOffset.UTC).toString());
    FakeUser author = new FakeUser(message.path("author").path("id").asLong(),
        message.path("author").path("username").asText(), MEMBER_PERMISSIONS, false);
    dispatch("MESSAGE_UPDATE", withGuild(message.deepCopy(), author));
  }

  private ObjectNode withGuild(ObjectNode message, FakeUser author) {
    message.put("guild_id", Long.toUnsignedString(guildOf(message.get("channel_id").asLong())));
    ObjectNode member = memberJson(author);
    member.remove("user");
    message.set("member", member);
    return message;
  }

  /** A slash command; options are name/value pairs (strings, longs or booleans). Returns the interaction id. */
  public long slashCommand(FakeUser user, long channel, String name, Object... options) {
    ObjectNode data = JSON.createObjectNode();
    data.put("id", Snowflakes.nextString());
    data.put("name", name);
    data.put("type", 1);
    data.put("guild_id", Long.toUnsignedString(guildOf(channel)));
    ArrayNode opts = data.putArray("options");
    for (int i = 0; i + 1 < options.length; i += 2) {
      ObjectNode o = opts.addObject();
      o.put("name", (String) options[i]);
      Object value = options[i + 1];
      if (value instanceof Boolean b) {
        o.put("type", 5);
        o.put("value", b);
      } else if (value instanceof Long l) {
        o.put("type", 4);
        o.put("value", l);
      } else {
        o.put("type", 3);
        o.put("value", String.valueOf(value));
      }
    }
    return interaction(2, user, channel, data, null);
  }

  /** Autocomplete for a string option of a slash command. */
  public long autocomplete(FakeUser user, long channel, String command, String option, String typed) {
    ObjectNode data = JSON.createObjectNode();
    data.put("id", Snowflakes.nextString());
    data.put("name", command);
    data.put("type", 1);
    ObjectNode o = data.putArray("options").addObject();
    o.put("name", option);
    o.put("type", 3);
    o.put("value", typed);
    o.put("focused", true);
    return interaction(4, user, channel, data, null);
  }

  /** A modal submit with text inputs wrapped in labels, as Discord sends them. */
  public long modalSubmit(FakeUser user, long channel, String modalId, Map<String, String> values) {
    ObjectNode data = JSON.createObjectNode();
    data.put("custom_id", modalId);
    ArrayNode components = data.putArray("components");
    int n = 1;
    for (Map.Entry<String, String> e : values.entrySet()) {
      ObjectNode label = components.addObject();
      label.put("type", 18);
      label.put("id", n++);
      ObjectNode input = label.putObject("component");
      input.put("type", 4);
      input.put("id", n++);
      input.put("custom_id", e.getKey());
      input.put("value", e.getValue());
    }
    return interaction(5, user, channel, data, null);
  }

  /** A button press on a message the bot sent. */
  public long buttonPress(FakeUser user, long channel, long messageId, String customId) {
    ObjectNode data = JSON.createObjectNode();
    data.put("custom_id", customId);
    data.put("component_type", 2);
    ObjectNode message = messages.get(messageId);
    if (message == null) {
      throw new IllegalArgumentException("unknown message " + messageId);
    }
    return interaction(3, user, channel, data, message.deepCopy());
  }

  /** A choice in a string select menu on a message the bot sent. */
  public long selectMenu(FakeUser user, long channel, long messageId, String customId, String... values) {
    ObjectNode data = JSON.createObjectNode();
    data.put("custom_id", customId);
    data.put("component_type", 3);
    ArrayNode chosen = data.putArray("values");
    for (String v : values) {
      chosen.add(v);
    }
    ObjectNode message = messages.get(messageId);
    if (message == null) {
      throw new IllegalArgumentException("unknown message " + messageId);
    }
    return interaction(3, user, channel, data, message.deepCopy());
  }

  /** A message context-menu command on a message. */
  public long messageCommand(FakeUser user, long channel, String name, long targetMessageId) {
    ObjectNode data = JSON.createObjectNode();
    data.put("id", Snowflakes.nextString());
    data.put("name", name);
    data.put("type", 3);
    data.put("guild_id", Long.toUnsignedString(guildOf(channel)));
    data.put("target_id", Long.toUnsignedString(targetMessageId));
    ObjectNode target = messages.get(targetMessageId).deepCopy();
    data.putObject("resolved").putObject("messages").set(Long.toUnsignedString(targetMessageId), target);
    return interaction(2, user, channel, data, null);
  }

  private long interaction(int type, FakeUser user, long channel, ObjectNode data, ObjectNode message) {
    long id = Snowflakes.next();
    ObjectNode i = JSON.createObjectNode();
    i.put("id", Long.toUnsignedString(id));
    i.put("application_id", Long.toUnsignedString(applicationId));
    i.put("type", type);
    i.set("data", data);
    long guild = guildOf(channel);
    i.put("guild_id", Long.toUnsignedString(guild));
    i.set("guild", JSON.createObjectNode()
        .put("id", Long.toUnsignedString(guild)).put("locale", "en-US")
        .set("features", JSON.createArrayNode()));
    i.put("channel_id", Long.toUnsignedString(channel));
    i.set("channel", channelJson(channel));
    ObjectNode member = memberJson(user);
    member.put("permissions", Long.toString(user.permissions()));
    i.set("member", member);
    i.put("token", "aW50ZXJhY3Rpb246" + Long.toUnsignedString(id) + ":fake");
    i.put("version", 1);
    i.put("locale", "en-US");
    i.put("guild_locale", "en-US");
    i.put("app_permissions", Long.toString(botUser.permissions()));
    i.putArray("entitlements");
    i.putObject("authorizing_integration_owners").put("0", Long.toUnsignedString(guild));
    i.put("context", 0);
    if (message != null) {
      i.set("message", message);
    }
    dispatch("INTERACTION_CREATE", i);
    return id;
  }

  // ---------------------------------------------------------------- JSON shapes

  public ObjectNode userJson(FakeUser user) {
    ObjectNode u = JSON.createObjectNode();
    u.put("id", user.idString());
    u.put("username", user.name());
    u.put("discriminator", "0");
    u.put("global_name", user.bot() ? null : user.name().substring(0, 1).toUpperCase() + user.name().substring(1));
    u.putNull("avatar");
    u.put("bot", user.bot());
    u.put("public_flags", 0);
    return u;
  }

  private ObjectNode memberJson(FakeUser user) {
    ObjectNode m = JSON.createObjectNode();
    m.set("user", userJson(user));
    m.putNull("nick");
    m.putNull("avatar");
    ArrayNode roles = m.putArray("roles");
    if (user.bot()) {
      roles.add(Long.toUnsignedString(botRoleId));
    } else if ((user.permissions() & PERM_MANAGE_GUILD) != 0) {
      roles.add(Long.toUnsignedString(adminRoleId));
    }
    m.put("joined_at", "2024-03-14T09:26:53.589000+00:00");
    m.putNull("premium_since");
    m.put("deaf", false);
    m.put("mute", false);
    m.put("flags", 0);
    m.put("pending", false);
    return m;
  }

  private ObjectNode channelJson(long id) {
    ObjectNode thread = threads.get(id);
    if (thread != null) {
      return thread.deepCopy();
    }
    ObjectNode c = JSON.createObjectNode();
    c.put("id", Long.toUnsignedString(id));
    c.put("type", 0);
    c.put("guild_id", Long.toUnsignedString(guildOf(id)));
    c.put("name", "daily-python");
    c.put("position", 0);
    c.putArray("permission_overwrites");
    c.put("topic", "One Python question a day");
    c.put("nsfw", false);
    // as Discord, the id of the channel's latest message (null when it has none)
    String channelId = Long.toUnsignedString(id);
    messages.values().stream()
        .filter(m -> m.path("channel_id").asText().equals(channelId))
        .map(m -> m.get("id").asLong())
        .max(Long::compareUnsigned)
        .ifPresentOrElse(latest -> c.put("last_message_id", Long.toUnsignedString(latest)),
            () -> c.putNull("last_message_id"));
    c.put("rate_limit_per_user", 0);
    c.putNull("parent_id");
    c.put("default_auto_archive_duration", 1440);
    c.put("flags", 0);
    return c;
  }

  ObjectNode messageJson(long id, long channel, FakeUser author, String content) {
    ObjectNode m = JSON.createObjectNode();
    m.put("id", Long.toUnsignedString(id));
    m.put("channel_id", Long.toUnsignedString(channel));
    m.set("author", userJson(author));
    m.put("content", content);
    m.put("timestamp", OffsetDateTime.now(ZoneOffset.UTC).toString());
    m.putNull("edited_timestamp");
    m.put("tts", false);
    m.put("mention_everyone", false);
    m.putArray("mentions");
    m.putArray("mention_roles");
    m.putArray("attachments");
    m.putArray("embeds");
    m.putArray("components");
    m.put("pinned", false);
    m.put("type", 0);
    m.put("flags", 0);
    return m;
  }

  private ObjectNode role(long id, String name, long permissions, int position) {
    ObjectNode r = JSON.createObjectNode();
    r.put("id", Long.toUnsignedString(id));
    r.put("name", name);
    r.put("color", 0);
    r.putObject("colors").put("primary_color", 0).putNull("secondary_color").putNull("tertiary_color");
    r.put("hoist", false);
    r.putNull("icon");
    r.putNull("unicode_emoji");
    r.put("position", position);
    r.put("permissions", Long.toString(permissions));
    r.put("managed", false);
    r.put("mentionable", true);
    r.put("flags", 0);
    return r;
  }

  /** READY then a GUILD_CREATE per guild of the shard, sent after each IDENTIFY. */
  private List<ObjectNode> sessionStart(int shard, int total) {
    List<FakeGuild> served = guilds.values().stream()
        .filter(g -> total <= 1 || Long.remainderUnsigned(g.id() >>> 22, total) == shard)
        .toList();
    ObjectNode ready = JSON.createObjectNode();
    ready.put("t", "READY");
    ObjectNode d = ready.putObject("d");
    d.put("v", 10);
    d.set("user", userJson(botUser).put("verified", true).put("mfa_enabled", false).put("flags", 0));
    ArrayNode unavailable = d.putArray("guilds");
    served.forEach(g -> unavailable.addObject().put("id", Long.toUnsignedString(g.id())).put("unavailable", true));
    d.putArray("private_channels");
    d.putArray("relationships");
    d.put("session_id", "fake" + Snowflakes.nextString());
    d.put("resume_gateway_url", gateway.url());
    d.putObject("application").put("id", Long.toUnsignedString(applicationId)).put("flags", 1 << 19);
    if (total > 1) {
      d.putArray("shard").add(shard).add(total);
    }
    List<ObjectNode> out = new ArrayList<>();
    out.add(ready);
    served.forEach(g -> out.add(guildCreate(g)));
    return out;
  }

  private ObjectNode guildCreate(FakeGuild guild) {
    long guildId = guild.id();
    ObjectNode create = JSON.createObjectNode();
    create.put("t", "GUILD_CREATE");
    ObjectNode g = create.putObject("d");
    g.put("id", Long.toUnsignedString(guildId));
    g.put("name", guildId == this.guildId ? "Python Study Group" : "Study Group " + Long.toUnsignedString(guildId));
    g.putNull("icon");
    g.put("owner_id", admin.idString());
    g.put("afk_timeout", 300);
    g.put("verification_level", 1);
    g.put("default_message_notifications", 1);
    g.put("explicit_content_filter", 0);
    g.putArray("features");
    g.put("mfa_level", 0);
    g.put("system_channel_flags", 0);
    g.put("premium_tier", 0);
    g.put("preferred_locale", "en-US");
    g.put("nsfw_level", 0);
    g.put("premium_progress_bar_enabled", false);
    g.put("joined_at", "2024-03-14T09:26:53.589000+00:00");
    g.put("large", false);
    g.put("unavailable", false);
    g.put("member_count", 4);
    ArrayNode roles = g.putArray("roles");
    roles.add(role(guildId, "@everyone", MEMBER_PERMISSIONS, 0));
    roles.add(role(learnerRoleId, "Python Learners", 0, 1));
    roles.add(role(adminRoleId, "Moderators", MEMBER_PERMISSIONS | PERM_MANAGE_GUILD, 2));
    roles.add(role(botRoleId, "Daily Python Tutor", PERM_ADMINISTRATOR, 3).put("managed", true));
    g.putArray("emojis");
    g.putArray("stickers");
    g.putArray("voice_states");
    g.putArray("presences");
    g.putArray("stage_instances");
    g.putArray("guild_scheduled_events");
    g.putArray("soundboard_sounds");
    ArrayNode members = g.putArray("members");
    for (FakeUser u : List.of(botUser, alice, bob, admin)) {
      members.add(memberJson(u));
    }
    g.putArray("channels").add(channelJson(guild.channelId()));
    // like Discord, only active threads; archived ones must be asked for over REST
    ArrayNode threadArray = g.putArray("threads");
    threads.values().stream()
        .filter(t -> !archived(t) && t.path("guild_id").asLong() == guildId)
        .forEach(t -> threadArray.add(t.deepCopy()));
    return create;
  }

  // ---------------------------------------------------------------- REST

  private void handle(HttpExchange exchange) throws IOException {
    try (exchange) {
      String path = exchange.getRequestURI().getPath().substring("/api/v10/".length());
      String query = exchange.getRequestURI().getRawQuery() == null ? "" : exchange.getRequestURI().getRawQuery();
      String method = exchange.getRequestMethod();
      byte[] raw = exchange.getRequestBody().readAllBytes();
      String contentType = exchange.getRequestHeaders().getFirst("Content-Type");
      Multipart body = Multipart.parse(contentType, raw);
      RecordedCall call = new RecordedCall(method, path, query, body.json(), body.fileNames(), body.fileContents());
      if (!path.startsWith("interactions/") && !path.startsWith("webhooks/") && !globalLimit.admit()) {
        byte[] limited = globalLimit.refusal().getBytes(StandardCharsets.UTF_8);
        exchange.getResponseHeaders().add("Content-Type", "application/json");
        exchange.getResponseHeaders().add("Retry-After", "1");
        exchange.getResponseHeaders().add("X-RateLimit-Global", "true");
        exchange.getResponseHeaders().add("X-RateLimit-Scope", "global");
        exchange.sendResponseHeaders(429, limited.length);
        exchange.getResponseBody().write(limited);
        return;
      }
      // Route before recording: a test that sees the call must also see its effects (a thread
      // created and dispatched), or it races the fake's own bookkeeping.
      Response response = route(call);
      record(call);
      holdIfAsked(call, response);
      byte[] out = response.body == null ? new byte[0] : response.body.toString().getBytes(StandardCharsets.UTF_8);
      exchange.getResponseHeaders().add("Content-Type", "application/json");
      // generous rate-limit headers so JDA never waits
      exchange.getResponseHeaders().add("X-RateLimit-Limit", "50");
      exchange.getResponseHeaders().add("X-RateLimit-Remaining", "49");
      exchange.getResponseHeaders().add("X-RateLimit-Reset-After", "0.001");
      exchange.getResponseHeaders().add("X-RateLimit-Bucket", Integer.toHexString(path.hashCode()));
      if (response.status == 204) {
        exchange.sendResponseHeaders(204, -1);
      } else {
        exchange.sendResponseHeaders(response.status, out.length);
        exchange.getResponseBody().write(out);
      }
    } catch (RuntimeException e) {
      e.printStackTrace();
      throw e;
    }
  }

  private record Response(int status, JsonNode body) {}

  private void holdIfAsked(RecordedCall call, Response response) {
    Duration wait = holdFor;
    Matcher m = CHANNEL_MESSAGES.matcher(call.path());
    if (wait.isZero() || !call.method().equals("POST") || !m.matches() || call.body() == null
        || !call.body().has("message_reference") || !holdChannels.test(Long.parseUnsignedLong(m.group(1)))) {
      return;
    }
    held.incrementAndGet();
    if (response.body() != null && response.body().has("id")) {
      heldReplies.add(response.body().get("id").asLong());
    }
    try {
      Thread.sleep(wait);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    } finally {
      held.decrementAndGet();
    }
  }

  private Response route(RecordedCall call) {
    String path = call.path();
    String method = call.method();
    Matcher m;
    Failure failure = takeFailure(call);
    if (failure != null) {
      return new Response(failure.status(),
          JSON.createObjectNode().put("message", failure.message()).put("code", failure.code()));
    }
    if (method.equals("GET") && path.equals("users/@me")) {
      return new Response(200, userJson(botUser).put("verified", true).put("mfa_enabled", false).put("flags", 0));
    }
    if (method.equals("GET") && path.equals("gateway/bot")) {
      ObjectNode g = JSON.createObjectNode().put("url", gateway.url())
          .put("shards", Math.max(1, (guilds.size() + 999) / 1000));
      g.putObject("session_start_limit").put("total", 1000).put("remaining", 999)
          .put("reset_after", 0).put("max_concurrency", maxConcurrency);
      return new Response(200, g);
    }
    if (method.equals("PUT") && path.matches("applications/\\d+(/guilds/\\d+)?/commands")) {
      ArrayNode out = JSON.createArrayNode();
      call.body().forEach(cmd -> {
        ObjectNode c = ((ObjectNode) cmd).deepCopy();
        c.put("id", Snowflakes.nextString());
        c.put("application_id", Long.toUnsignedString(applicationId));
        c.put("version", Snowflakes.nextString());
        if (!c.has("type")) {
          c.put("type", 1);
        }
        out.add(c);
      });
      return new Response(200, out);
    }
    if (path.startsWith("interactions/") && path.endsWith("/callback")) {
      return new Response(204, null);
    }
    if (path.startsWith("webhooks/")) {
      return webhookMessage(call);
    }
    if (method.equals("POST") && (m = THREAD_FROM_MESSAGE.matcher(path)).matches()) {
      return new Response(201, createThread(Long.parseUnsignedLong(m.group(1)),
          Long.parseUnsignedLong(m.group(2)), call.text("/name"), call.body().path("auto_archive_duration").asInt(1440)));
    }
    if (method.equals("GET") && (m = ARCHIVED_THREADS.matcher(path)).matches()) {
      return new Response(200, archivedThreads(Long.parseUnsignedLong(m.group(1)), call.query()));
    }
    if (method.equals("GET") && (m = CHANNEL_MESSAGES.matcher(path)).matches()) {
      return new Response(200, latestMessages(Long.parseUnsignedLong(m.group(1)), call.query()));
    }
    if (method.equals("POST") && (m = CHANNEL_MESSAGES.matcher(path)).matches()) {
      long channel = Long.parseUnsignedLong(m.group(1));
      ObjectNode thread = threads.get(channel);
      if (thread != null && archived(thread)) {
        // a message in an archived (unlocked) thread reopens it
        thread.with("thread_metadata").put("archived", false);
      }
      // one create at a time per nonce check, so two tries of one nonce never both create
      synchronized (nonces) {
        ObjectNode earlier = sentWithNonce(channel, call.body());
        if (earlier != null) {
          return new Response(200, earlier);
        }
        ObjectNode message = messageJson(Snowflakes.next(), channel, botUser, "");
        applyMessageBody(message, call);
        messages.put(message.get("id").asLong(), message);
        rememberNonce(channel, call.body(), message);
        return new Response(200, message);
      }
    }
    if ((m = ONE_MESSAGE.matcher(path)).matches()) {
      ObjectNode message = messages.get(Long.parseUnsignedLong(m.group(2)));
      if (message == null) {
        return new Response(404, JSON.createObjectNode().put("message", "Unknown Message").put("code", 10008));
      }
      if (method.equals("PATCH")) {
        applyMessageBody(message, call);
        message.put("edited_timestamp", OffsetDateTime.now(ZoneOffset.UTC).toString());
      }
      return new Response(200, message);
    }
    if (method.equals("PATCH") && path.matches("channels/\\d+")) {
      ObjectNode thread = threads.get(Long.parseUnsignedLong(path.substring("channels/".length())));
      if (thread != null) {
        if (call.body().has("archived")) {
          thread.with("thread_metadata").put("archived", call.body().get("archived").asBoolean());
        }
        if (call.body().has("locked")) {
          thread.with("thread_metadata").put("locked", call.body().get("locked").asBoolean());
        }
        return new Response(200, thread);
      }
      return new Response(200, channelJson(channelId));
    }
    if (path.endsWith("/typing") || path.contains("/reactions/")) {
      return new Response(204, null);
    }
    return new Response(404, JSON.createObjectNode().put("message", "404: Not Found").put("code", 0));
  }

  private Response webhookMessage(RecordedCall call) {
    // followups (POST webhooks/app/token) and edits of the original response (PATCH .../@original)
    ObjectNode message = messageJson(Snowflakes.next(), channelId, botUser, "");
    message.put("webhook_id", Long.toUnsignedString(applicationId));
    message.put("application_id", Long.toUnsignedString(applicationId));
    applyMessageBody(message, call);
    messages.put(message.get("id").asLong(), message);
    return new Response(200, message);
  }

  private void applyMessageBody(ObjectNode message, RecordedCall call) {
    JsonNode body = call.body();
    if (body == null) {
      return;
    }
    for (String key : List.of("content", "embeds", "components", "flags", "message_reference")) {
      if (body.has(key)) {
        message.set(key, body.get(key).deepCopy());
      }
    }
    // Discord adds the embed type to what it stores
    message.path("embeds").forEach(e -> {
      if (!e.has("type")) {
        ((ObjectNode) e).put("type", "rich");
      }
    });
    if (body.has("message_reference")) {
      message.put("type", 19);
    }
    ArrayNode attachments = message.putArray("attachments");
    for (int i = 0; i < call.files().size(); i++) {
      ObjectNode a = attachments.addObject();
      String id = Snowflakes.nextString();
      a.put("id", id);
      a.put("filename", call.files().get(i));
      a.put("size", call.fileContents().get(i).length());
      a.put("url", "https://cdn.discordapp.com/attachments/" + id + "/" + call.files().get(i));
      a.put("proxy_url", "https://media.discordapp.net/attachments/" + id + "/" + call.files().get(i));
      a.put("content_type", "text/plain; charset=utf-8");
    }
  }

  /**
   * A message the bot created in this channel with the same nonce, {@code enforce_nonce} set, within
   * {@link #NONCE_WINDOW}: Discord then returns that message instead of creating another.
   */
  private ObjectNode sentWithNonce(long channel, JsonNode body) {
    if (body == null || !body.path("enforce_nonce").asBoolean() || !body.hasNonNull("nonce")) {
      return null;
    }
    SentNonce sent = nonces.get(channel + "/" + body.get("nonce").asText());
    if (sent == null || System.nanoTime() - sent.atNanos() > NONCE_WINDOW.toNanos()) {
      return null;
    }
    ObjectNode message = messages.get(sent.messageId());
    if (message == null) {
      return null;
    }
    nonceRepeats.incrementAndGet();
    return message;
  }

  private void rememberNonce(long channel, JsonNode body, ObjectNode message) {
    if (body != null && body.path("enforce_nonce").asBoolean() && body.hasNonNull("nonce")) {
      nonces.put(channel + "/" + body.get("nonce").asText(), new SentNonce(message.get("id").asLong(), System.nanoTime()));
    }
  }

  /**
   * From now on, a reply (a message with a {@code message_reference}) to a channel that matches is
   * created at once but answered only after {@code wait}: a bot killed meanwhile never learns that
   * its message exists, as when it dies with the request in flight. {@code wait} zero stops it.
   */
  public void holdReplies(Predicate<Long> channels, Duration wait) {
    holdChannels = channels;
    holdFor = wait;
  }

  /** The ids of every reply whose answer was held ({@link #holdReplies}). */
  public List<Long> heldReplies() {
    return List.copyOf(heldReplies);
  }

  /** Replies created and not answered yet ({@link #holdReplies}). */
  public int repliesHeld() {
    return held.get();
  }

  /** How many message creates were answered with an earlier message of the same nonce. */
  public int nonceRepeats() {
    return nonceRepeats.get();
  }

  /**
   * GET channels/{id}/messages: the latest first, at most {@code limit} (Discord's default is 50).
   * With {@code after}, the {@code limit} oldest messages after that id, and with {@code before}
   * the latest before it, still newest first, as Discord pages history.
   */
  private ArrayNode latestMessages(long channel, String query) {
    ArrayNode out = JSON.createArrayNode();
    long after = queryId(query, "after");
    long before = queryId(query, "before");
    java.util.Comparator<ObjectNode> newestFirst =
        (a, b) -> Long.compareUnsigned(b.get("id").asLong(), a.get("id").asLong());
    List<ObjectNode> page = messages.values().stream()
        .filter(m -> m.path("channel_id").asText().equals(Long.toUnsignedString(channel)))
        .filter(m -> after == 0 || Long.compareUnsigned(m.get("id").asLong(), after) > 0)
        .filter(m -> before == 0 || Long.compareUnsigned(m.get("id").asLong(), before) < 0)
        .sorted(after != 0 && before == 0 ? newestFirst.reversed() : newestFirst)
        .limit(limit(query, 50))
        .toList();
    page.stream().sorted(newestFirst).forEach(m -> out.add(m.deepCopy()));
    return out;
  }

  private static long queryId(String query, String name) {
    Matcher m = Pattern.compile("(?:^|&)" + name + "=(\\d+)").matcher(query);
    return m.find() ? Long.parseUnsignedLong(m.group(1)) : 0;
  }

  private static int limit(String query, int otherwise) {
    Matcher limit = Pattern.compile("(?:^|&)limit=(\\d+)").matcher(query);
    return limit.find() ? Integer.parseInt(limit.group(1)) : otherwise;
  }

  /** GET channels/{id}/threads/archived/public: newest archived first, at most {@code limit}. */
  private ObjectNode archivedThreads(long parent, String query) {
    int max = limit(query, 50);
    ObjectNode out = JSON.createObjectNode();
    ArrayNode list = out.putArray("threads");
    threads.values().stream()
        .filter(t -> archived(t) && t.path("parent_id").asText().equals(Long.toUnsignedString(parent)))
        .sorted((a, b) -> b.at("/thread_metadata/archive_timestamp").asText()
            .compareTo(a.at("/thread_metadata/archive_timestamp").asText()))
        .limit(max)
        .forEach(t -> list.add(t.deepCopy()));
    out.putArray("members");
    out.put("has_more", false);
    return out;
  }

  private ObjectNode createThread(long parent, long messageId, String name, int autoArchiveMinutes) {
    ObjectNode t = JSON.createObjectNode();
    t.put("id", Long.toUnsignedString(messageId));
    t.put("type", 11);
    t.put("guild_id", Long.toUnsignedString(guildOf(parent)));
    t.put("parent_id", Long.toUnsignedString(parent));
    t.put("owner_id", botUser.idString());
    t.put("name", name);
    t.putNull("last_message_id");
    t.put("rate_limit_per_user", 0);
    t.put("message_count", 0);
    t.put("member_count", 1);
    t.put("total_message_sent", 0);
    t.put("flags", 0);
    ObjectNode meta = t.putObject("thread_metadata");
    meta.put("archived", false);
    meta.put("auto_archive_duration", autoArchiveMinutes);
    meta.put("archive_timestamp", OffsetDateTime.now(ZoneOffset.UTC).toString());
    meta.put("locked", false);
    meta.put("create_timestamp", OffsetDateTime.now(ZoneOffset.UTC).toString());
    threads.put(messageId, t);
    ObjectNode starter = messages.get(messageId);
    if (starter != null) {
      starter.set("thread", t.deepCopy()); // as Discord shows it on the message a thread started from
    }
    ObjectNode created = t.deepCopy();
    created.put("newly_created", true);
    dispatch("THREAD_CREATE", created);
    return t.deepCopy();
  }

  @Override
  public void close() throws Exception {
    gateway.stop(1000);
    http.stop(0);
    ((java.util.concurrent.ExecutorService) http.getExecutor()).shutdownNow();
  }
}
