package dailypy.runner.graal;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

/**
 * Run in the worker sandbox instead of WorkerMain: plain Java that looks for secrets and host
 * paths with no GraalPy sandbox and no harness in the way, as code that escaped both would.
 * Paths to try come on stdin and are reported by index, so they are not echoed.
 */
public final class SnoopMain {

  private SnoopMain() {}

  public static void main(String[] args) throws IOException {
    List<String> probes = new BufferedReader(new InputStreamReader(System.in,
        StandardCharsets.UTF_8)).lines().toList();
    System.out.println("getenv " + System.getenv());
    for (String p : List.of("/proc/self/environ", "/proc/1/environ", "/proc/self/cmdline",
        "/proc/1/cmdline", "/proc/self/mountinfo", "/proc/self/status")) {
      System.out.println(p + " " + read(Path.of(p)));
    }
    try (Stream<Path> procs = Files.list(Path.of("/proc"))) {
      for (Path pid : procs.filter(p -> p.getFileName().toString().matches("\\d+")).toList()) {
        System.out.println(pid + " environ " + read(pid.resolve("environ")));
        System.out.println(pid + " cmdline " + read(pid.resolve("cmdline")));
      }
    }
    for (String key : List.of("user.home", "user.dir", "java.home", "java.class.path",
        "java.io.tmpdir", "polyglot.engine.userResourceCache")) {
      System.out.println(key + " " + System.getProperty(key));
    }
    System.out.println("root " + list(Path.of("/")));
    for (int i = 0; i < probes.size(); i++) {
      Path p = Path.of(probes.get(i));
      System.out.println("probe " + i + (Files.exists(p) ? " exists " + list(p) : " absent"));
    }
    System.out.println("network " + connect());
  }

  private static String read(Path p) {
    try {
      return new String(Files.readAllBytes(p), StandardCharsets.UTF_8).replace('\0', ' ');
    } catch (IOException | RuntimeException e) {
      return "unreadable (" + e.getClass().getSimpleName() + ")";
    }
  }

  private static String list(Path dir) {
    try (Stream<Path> s = Files.list(dir)) {
      return new ArrayList<>(s.map(Path::toString).toList()).toString();
    } catch (IOException e) {
      return "unlistable";
    }
  }

  private static String connect() {
    try (Socket s = new Socket()) {
      s.connect(new InetSocketAddress("1.1.1.1", 53), 2000);
      return "connected";
    } catch (IOException e) {
      return "refused";
    }
  }
}
