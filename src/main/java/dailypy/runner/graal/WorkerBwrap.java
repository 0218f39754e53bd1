package dailypy.runner.graal;

import dailypy.runner.cpython.Isolation;
import dailypy.runner.sandbox.Bubblewrap;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;

/**
 * The bubblewrap layout of a worker JVM: the shared read-only system and scratch space, the JDK,
 * the staged classpath at {@value #LIB} and the resource cache at {@value #CACHE}, both
 * read-only, and nothing else of the host: no home, no project directory, no network.
 */
final class WorkerBwrap {

  static final String LIB = "/opt/dailypy/lib";
  static final String CACHE = "/opt/dailypy/cache";
  /** Where a JDK outside /usr appears (one under /usr is already there). */
  static final String JDK = "/opt/dailypy/jdk";
  /** Each tmpfs: the JVM writes nothing there with perf data off, and guest code has no IO. */
  static final long TMPFS_BYTES = 16L << 20;

  private final Bubblewrap bubblewrap;
  private final String setpriv;
  private final StagedClasspath stage;
  private final Path jdk;

  /**
   * @param setpriv util-linux setpriv to start as nobody (the bot is root), or null
   * @param jdk the real path of the JDK the worker runs on
   */
  WorkerBwrap(Bubblewrap bubblewrap, String setpriv, StagedClasspath stage, Path jdk) {
    this.bubblewrap = bubblewrap;
    this.setpriv = setpriv;
    this.stage = stage;
    this.jdk = jdk;
  }

  /** @param writableCache only for filling the cache, which runs no user code */
  WorkerLaunch launch(boolean writableCache) {
    List<String> a = new ArrayList<>();
    if (setpriv != null) {
      a.addAll(Bubblewrap.asNobody(setpriv));
    }
    a.addAll(bubblewrap.isolatedSystem());
    String jdkInside = jdk.startsWith("/usr/") ? jdk.toString() : JDK;
    if (!jdk.startsWith("/usr/")) {
      a.addAll(List.of("--ro-bind", jdk.toString(), JDK));
    }
    for (Path target : outsideLinks(jdk)) {
      a.addAll(List.of("--ro-bind-try", target.toString(), target.toString()));
    }
    a.addAll(Bubblewrap.scratch(TMPFS_BYTES));
    a.addAll(List.of("--ro-bind", stage.lib().toString(), LIB,
        writableCache ? "--bind" : "--ro-bind", stage.cache().toString(), CACHE));
    a.addAll(Bubblewrap.cleanEnvironment());
    List<String> properties = List.of(
        // Not the bot user's home (the host JVM's user.home would be /root or /home/bot).
        "-Duser.home=" + Bubblewrap.HOME,
        "-Djava.io.tmpdir=/tmp",
        "-Dpolyglot.engine.userResourceCache=" + CACHE);
    return new WorkerLaunch(a, jdkInside + "/bin/java", stage.classpath(LIB), properties,
        setpriv != null ? Isolation.BWRAP_AS_NOBODY : Isolation.BWRAP);
  }

  /**
   * Absolute links from the JDK's conf and lib to outside it and /usr: Debian's OpenJDK keeps
   * its configuration in /etc/java-N-openjdk and its CA store in /etc/ssl.
   */
  static Set<Path> outsideLinks(Path jdk) {
    Set<Path> targets = new LinkedHashSet<>();
    for (String sub : List.of("conf", "lib")) {
      Path dir = jdk.resolve(sub);
      if (!Files.isDirectory(dir)) {
        continue;
      }
      try (Stream<Path> all = Files.walk(dir)) {
        all.filter(Files::isSymbolicLink).forEach(link -> {
          try {
            Path target = Files.readSymbolicLink(link);
            if (target.isAbsolute() && !target.startsWith("/usr/") && !target.startsWith(jdk)) {
              targets.add(target);
            }
          } catch (IOException ignored) {
            // an unreadable link: the JVM would not get through it either
          }
        });
      } catch (IOException ignored) {
        // an unreadable JDK directory: the start-up probe reports what fails
      }
    }
    return targets;
  }
}
