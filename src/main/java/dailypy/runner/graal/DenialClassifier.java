package dailypy.runner.graal;

/**
 * Names the sandbox rule behind a denial that GraalPy reports as a host-side error (it cannot be
 * caught by the harness, so it arrives here as a polyglot exception message).
 */
final class DenialClassifier {

  private DenialClassifier() {}

  /** Returns file, network, process, thread or host, or null if this is not a denial. */
  static String categorise(String message) {
    if (message == null) {
      return null;
    }
    if (message.contains("Creating threads is not allowed")
        || message.contains("thread") && message.contains("not allowed")) {
      return "thread";
    }
    if (message.contains("Process creation is not allowed")
        || message.contains("allowCreateProcess")) {
      return "process";
    }
    if (message.contains("socket") || message.contains("getaddrinfo")
        || message.contains("gethostbyname") || message.contains("connect")) {
      return "network";
    }
    if (message.contains("Operation not permitted") || message.contains("allowIO")) {
      return "file";
    }
    if (message.contains("SecurityException") || message.contains("is not allowed")
        || message.contains("UnsupportedPosixFeatureException")
        || message.contains("was excluded")) {
      return "host";
    }
    return null;
  }

  static String describe(String category) {
    return switch (category) {
      case "thread" -> "Creating threads is not allowed in the sandbox.";
      case "process" -> "Starting processes is not allowed in the sandbox.";
      case "network" -> "Network access is not allowed in the sandbox.";
      case "file" -> "File access is not allowed in the sandbox.";
      default -> "Access to the host (environment, system calls) is not allowed in the sandbox.";
    };
  }
}
