/**
 * Runs code in a sandbox and judges what comes back. One Python harness ({@code harness.py}) runs
 * in every backend and answers one message at a time ({@link dailypy.runner.HarnessRequests},
 * docs/harness-protocol.md); {@link dailypy.runner.Judge} (and {@link
 * dailypy.runner.TestWritingJudge}) send the cases one by one and compare the replies, which are
 * claims, with expected values computed where no user code runs. A {@link
 * dailypy.runner.HarnessBackend} is one way to host the interpreter ({@code graal}, {@code
 * cpython}); {@link dailypy.runner.RoutingRunner} picks the capable one. The sandbox policy is
 * data ({@code sandbox-policy.json}, {@link dailypy.runner.SandboxPolicy}). Out comes one {@link
 * dailypy.runner.RunResult}, tests in declaration order.
 */
package dailypy.runner;
