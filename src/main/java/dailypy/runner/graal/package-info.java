/**
 * The embedded GraalPy backend: a pool of worker JVMs ({@link dailypy.runner.graal.WorkerPool}),
 * each inside bubblewrap when the host has it ({@link dailypy.runner.graal.WorkerSandbox}), each
 * grading in a fresh polyglot context that is checked by a canary before a user gets it ({@link
 * dailypy.runner.graal.WorkerMain}). Expected values come from a separate trusted worker that
 * never runs user code ({@link dailypy.runner.graal.AnswerKeyPool}). Limits are the guest
 * thread's CPU time, so a busy machine does not change a verdict.
 */
package dailypy.runner.graal;
