/**
 * The host-CPython backend: the shared harness in a fresh {@code python3} process per submission,
 * inside a bubblewrap sandbox with rlimits, for questions that need numpy, pandas, flask or
 * django. See docs/sandbox.md.
 */
package dailypy.runner.cpython;
