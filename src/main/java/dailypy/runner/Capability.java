package dailypy.runner;

/**
 * Whether a runner can grade a question needing some packages.
 *
 * @param gradable true when some backend can import every package
 * @param backend the backend it would go to, when gradable
 * @param reason why not, for users ("This server can't grade pandas questions: install
 *     python3-pandas."); empty when gradable
 */
public record Capability(boolean gradable, String backend, String reason) {

  public static Capability on(String backend) {
    return new Capability(true, backend, "");
  }

  public static Capability not(String reason) {
    return new Capability(false, null, reason);
  }
}
