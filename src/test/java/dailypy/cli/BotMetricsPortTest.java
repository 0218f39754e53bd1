package dailypy.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;
import picocli.CommandLine;

/** A bot whose metrics port is taken says so in one line and exits 2, before it connects anywhere. */
class BotMetricsPortTest {
  @Test
  void aTakenMetricsPortIsAClearStartError() throws Exception {
    try (ServerSocket taken = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
      BotCommand bot = new BotCommand();
      bot.environment = name -> name.equals("DISCORD_TOKEN") ? "fake-token-not-secret" : null;
      PrintStream err = System.err;
      ByteArrayOutputStream captured = new ByteArrayOutputStream();
      int code;
      try {
        System.setErr(new PrintStream(captured, true, StandardCharsets.UTF_8));
        code = new CommandLine(bot).execute("-c", "config/tutor.example.yaml", "--metrics-port",
            Integer.toString(taken.getLocalPort()));
      } finally {
        System.setErr(err);
      }
      assertThat(code).isEqualTo(2);
      assertThat(captured.toString(StandardCharsets.UTF_8))
          .contains("The metrics endpoint could not listen on 127.0.0.1:" + taken.getLocalPort())
          .doesNotContain("\tat ");
    }
  }
}
