/**
 * Operations: each process's health and metrics over HTTP, in the Prometheus text format
 * ({@link dailypy.metrics.MetricsEndpoint}), and the grading timer every process type shares
 * ({@link dailypy.metrics.TimedGrader}). Bots add their shards' gateway status, graders the queue.
 */
package dailypy.metrics;
