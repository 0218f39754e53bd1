package dailypy.discord.fake;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.net.InetSocketAddress;
import java.nio.ByteBuffer;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.java_websocket.WebSocket;
import org.java_websocket.handshake.ClientHandshake;
import org.java_websocket.server.WebSocketServer;

/**
 * The gateway half of the fake Discord: HELLO, IDENTIFY → READY + GUILD_CREATE, heartbeat ACKs and
 * dispatches pushed by the test. Plain JSON frames, no compression. Each session serves the shard
 * its IDENTIFY names, and a guild's events go to its shard only, as Discord routes them.
 */
final class FakeGateway extends WebSocketServer {
  private static final ObjectMapper JSON = new ObjectMapper();

  private final CountDownLatch started = new CountDownLatch(1);
  private final Map<WebSocket, Session> sessions = new ConcurrentHashMap<>();
  private final List<JsonNode> identifies = new CopyOnWriteArrayList<>();
  private final SessionStart onIdentify;

  /** An identified connection: its sequence numbers and the shard it asked for. */
  private record Session(AtomicInteger seq, int shard, int total) {
    boolean serves(long guildId) {
      return total <= 1 || Long.remainderUnsigned(guildId >>> 22, total) == shard;
    }
  }

  /** The dispatches (t + d) to send after a shard's IDENTIFY, READY first. */
  interface SessionStart {
    List<ObjectNode> dispatches(int shard, int total);
  }

  FakeGateway(SessionStart onIdentify) {
    super(new InetSocketAddress("127.0.0.1", 0));
    this.onIdentify = onIdentify;
    setReuseAddr(true);
  }

  void startAndWait() throws InterruptedException {
    start();
    if (!started.await(10, TimeUnit.SECONDS)) {
      throw new IllegalStateException("fake gateway did not start");
    }
  }

  String url() {
    return "ws://127.0.0.1:" + getPort() + "/";
  }

  List<JsonNode> identifies() {
    return List.copyOf(identifies);
  }

  int readySessions() {
    return sessions.size();
  }

  /** The shard ids with an identified session now. */
  List<Integer> connectedShards() {
    return sessions.values().stream().map(Session::shard).sorted().toList();
  }

  /** Sends a dispatch about a guild to the session of the guild's shard, as Discord routes events. */
  void dispatch(long guildId, String type, JsonNode data) {
    sessions.forEach((socket, session) -> {
      if (session.serves(guildId)) {
        send(socket, session.seq(), type, data);
      }
    });
  }

  private void send(WebSocket socket, AtomicInteger seq, String type, JsonNode data) {
    ObjectNode frame = JSON.createObjectNode();
    frame.put("op", 0);
    frame.put("t", type);
    frame.put("s", seq.incrementAndGet());
    frame.set("d", data);
    if (socket.isOpen()) {
      socket.send(frame.toString());
    }
  }

  @Override
  public void onOpen(WebSocket conn, ClientHandshake handshake) {
    ObjectNode hello = JSON.createObjectNode();
    hello.put("op", 10);
    hello.putNull("s");
    hello.putNull("t");
    hello.putObject("d").put("heartbeat_interval", 41250);
    conn.send(hello.toString());
  }

  @Override
  public void onMessage(WebSocket conn, String message) {
    JsonNode frame;
    try {
      frame = JSON.readTree(message);
    } catch (Exception e) {
      conn.close(4002, "Error while decoding payload");
      return;
    }
    switch (frame.path("op").asInt(-1)) {
      case 1 -> conn.send("{\"op\":11,\"d\":null,\"s\":null,\"t\":null}");
      case 2 -> identify(conn, frame.path("d"));
      // A resume is refused so the client identifies again; the fake keeps no session state.
      case 6 -> conn.send("{\"op\":9,\"d\":false,\"s\":null,\"t\":null}");
      default -> {
        // presence and voice updates are accepted and ignored
      }
    }
  }

  private void identify(WebSocket conn, JsonNode data) {
    ObjectNode redacted = data.deepCopy();
    redacted.put("token", "<redacted>");
    identifies.add(redacted);
    AtomicInteger seq = new AtomicInteger();
    JsonNode shard = data.path("shard");
    int id = shard.path(0).asInt(0);
    int total = shard.path(1).asInt(1);
    for (ObjectNode dispatch : onIdentify.dispatches(id, total)) {
      send(conn, seq, dispatch.get("t").asText(), dispatch.get("d"));
    }
    sessions.put(conn, new Session(seq, id, total));
  }

  @Override
  public void onMessage(WebSocket conn, ByteBuffer message) {
    conn.close(4002, "binary frames are not expected without compression");
  }

  @Override
  public void onClose(WebSocket conn, int code, String reason, boolean remote) {
    sessions.remove(conn);
  }

  @Override
  public void onError(WebSocket conn, Exception ex) {
    // a dropped client connection is normal when a bot shuts down
  }

  @Override
  public void onStart() {
    started.countDown();
  }
}
