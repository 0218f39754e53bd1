package dailypy.runner.graal;

import static org.assertj.core.api.Assertions.assertThat;

import dailypy.runner.cpython.Isolation;
import dailypy.runner.sandbox.Bubblewrap;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Collections;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The worker's bubblewrap layout: what the JVM sees, and that no host path is among it. */
class WorkerBwrapTest {

  static boolean has(List<String> cmd, String... run) {
    return Collections.indexOfSubList(cmd, List.of(run)) >= 0;
  }

  @Test
  void theClasspathAndCacheAreStagedReadOnlyUnderNeutralPaths(@TempDir Path host)
      throws Exception {
    Path jar = Files.writeString(host.resolve("app.jar"), "not really a jar");
    Path classes = Files.createDirectories(host.resolve("classes/dailypy"));
    Files.writeString(classes.resolve("A.class"), "x");
    StagedClasspath stage = StagedClasspath.create(host.resolve("classes") + ":" + jar
        + ":" + host.resolve("missing.jar"));
    try {
      stage.emptyCache(-1);
      WorkerBwrap layout = new WorkerBwrap(new Bubblewrap("/usr/bin/bwrap", true),
          "/usr/bin/setpriv", stage, Path.of("/usr/lib/jvm/some-jdk"));

      WorkerLaunch worker = layout.launch(false);
      List<String> cmd = worker.command(List.of("-Xmx64m"), List.of(), "Main");

      assertThat(worker.isolation()).isEqualTo(Isolation.BWRAP_AS_NOBODY);
      assertThat(cmd.subList(0, 6)).containsExactly("/usr/bin/setpriv", "--reuid=65534",
          "--regid=65534", "--clear-groups", "--", "/usr/bin/bwrap");
      assertThat(cmd).contains("--unshare-all", "--die-with-parent", "--clearenv");
      assertThat(has(cmd, "--ro-bind", stage.lib().toString(), WorkerBwrap.LIB)).isTrue();
      assertThat(has(cmd, "--ro-bind", stage.cache().toString(), WorkerBwrap.CACHE)).isTrue();
      assertThat(cmd).doesNotContain("--bind");
      assertThat(worker.java()).isEqualTo("/usr/lib/jvm/some-jdk/bin/java");
      assertThat(worker.classpath()).isEqualTo("/opt/dailypy/lib/01-classes:"
          + "/opt/dailypy/lib/02-app.jar");
      assertThat(Files.readString(stage.lib().resolve("01-classes/dailypy/A.class")))
          .isEqualTo("x");
      assertThat(cmd).contains("-Duser.home=/home/sandbox",
          "-Dpolyglot.engine.userResourceCache=/opt/dailypy/cache");
      assertThat(String.join(" ", cmd)).doesNotContain(host.toString())
          .doesNotContain("/root").doesNotContain(System.getProperty("user.dir"));
      assertThat(has(layout.launch(true).prefix(), "--bind", stage.cache().toString(),
          WorkerBwrap.CACHE)).isTrue();
    } finally {
      stage.delete();
    }
  }

  @Test
  void aJdkOutsideUsrIsBoundAtANeutralPathWithItsLinksIntoEtc(@TempDir Path jdk)
      throws Exception {
    Files.createDirectories(jdk.resolve("conf"));
    Files.createSymbolicLink(jdk.resolve("conf/net.properties"),
        Path.of("/etc/java-99-openjdk/net.properties"));
    Files.createSymbolicLink(jdk.resolve("conf/local"), jdk.resolve("conf/net.properties"));
    StagedClasspath stage = StagedClasspath.create("");
    try {
      WorkerLaunch worker = new WorkerBwrap(new Bubblewrap("/usr/bin/bwrap", false), null,
          stage, jdk).launch(false);

      assertThat(worker.isolation()).isEqualTo(Isolation.BWRAP);
      assertThat(worker.java()).isEqualTo("/opt/dailypy/jdk/bin/java");
      assertThat(has(worker.prefix(), "--ro-bind", jdk.toString(), WorkerBwrap.JDK)).isTrue();
      assertThat(WorkerBwrap.outsideLinks(jdk))
          .containsExactly(Path.of("/etc/java-99-openjdk/net.properties"));
    } finally {
      stage.delete();
    }
  }
}
