package dailypy.runner.graal;

import dailypy.runner.cpython.Isolation;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * How a worker JVM is started: what wraps {@code java}, and the paths that JVM sees (inside
 * bubblewrap they are not the host's).
 *
 * @param prefix setpriv and bwrap arguments before java, or nothing
 * @param java the java executable as the worker sees it
 * @param classpath the classpath as the worker sees it
 * @param properties system properties the sandbox layout needs (home, resource cache)
 * @param isolation bubblewrap as nobody, as the bot's user, or none
 */
record WorkerLaunch(List<String> prefix, String java, String classpath, List<String> properties,
    Isolation isolation) {

  WorkerLaunch {
    prefix = List.copyOf(prefix);
    properties = List.copyOf(properties);
  }

  /** No sandbox: the host java and classpath, as the pool ran before bubblewrap. */
  static WorkerLaunch direct(Path java, String classpath) {
    return new WorkerLaunch(List.of(), java.toString(), classpath, List.of(), Isolation.NONE);
  }

  /** The full command: prefix, java, options, properties, classpath, extras, main class. */
  List<String> command(List<String> jvmOptions, List<String> extraJvmArgs, String mainClass) {
    List<String> cmd = new ArrayList<>(prefix);
    cmd.add(java);
    cmd.addAll(jvmOptions);
    cmd.addAll(properties);
    cmd.addAll(List.of("-cp", classpath));
    cmd.addAll(extraJvmArgs);
    cmd.add(mainClass);
    return cmd;
  }
}
