/**
 * {@code tutor bench}: the runner's speed and memory on this machine, always beside the same work
 * done by a fresh {@code python3 -I} process in the same run. The figures and the command live in
 * docs/benchmarks.md; no test asserts a timing. {@code BenchOptions} holds the command's shared
 * options and times paced sequential gradings the same way for every benchmark.
 */
package dailypy.runner.bench;
