package dailypy.runner.graal;

import java.io.OutputStream;
import org.graalvm.polyglot.Context;
import org.graalvm.polyglot.Engine;
import org.graalvm.polyglot.SandboxPolicy;
import org.graalvm.polyglot.io.IOAccess;

/**
 * Unpacks GraalPy's resources (its standard library and Truffle's native helper) into the
 * polyglot resource cache, then exits. The pool runs it once, before any worker, with the cache
 * writable; workers then get the cache read-only, so no submission can change the standard
 * library the next submission imports. It runs no user code.
 */
public final class ResourceCacheMain {

  /** Printed on success. */
  static final String DONE = "resource cache ready";

  private ResourceCacheMain() {}

  public static void main(String[] args) {
    // The same engine and context settings as GraalSandbox, so the same resources are needed.
    try (Engine engine = Engine.newBuilder("python")
            .sandbox(SandboxPolicy.CONSTRAINED)
            .out(OutputStream.nullOutputStream())
            .err(OutputStream.nullOutputStream())
            .option("engine.WarnInterpreterOnly", "false")
            .build();
        Context context = Context.newBuilder("python").engine(engine)
            .sandbox(SandboxPolicy.CONSTRAINED)
            .allowIO(IOAccess.NONE)
            .out(OutputStream.nullOutputStream())
            .err(OutputStream.nullOutputStream())
            .build()) {
      context.initialize("python");
    }
    System.out.println(DONE);
  }
}
