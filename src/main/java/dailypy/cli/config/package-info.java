/** Helpers for reading the app config: its error type. */
package dailypy.cli.config;
