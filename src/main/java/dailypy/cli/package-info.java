/**
 * The {@code tutor} command line: {@code Main} and one picocli class per subcommand (bot,
 * practice, grade, run-tests, questions, bench, backup, forget-me), the app config
 * ({@code AppConfig}, {@code config/tutor.yaml}) and {@code Wiring}, the one place that builds the
 * services (runner, bank, grader, store, {@link dailypy.app.App}) and hands them to a front end.
 * Options several commands share are picocli mixins or bases: {@code ConfigFileOption} (-c/--config),
 * {@code DatabaseOptions}, {@code MetricsOptions}, and {@code BankSubcommand} for the
 * {@code questions} subcommands that read the whole bank.
 */
package dailypy.cli;
