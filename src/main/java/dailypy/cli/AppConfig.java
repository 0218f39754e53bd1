package dailypy.cli;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.StreamReadFeature;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.MapperFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import dailypy.cli.config.ConfigErrors;
import dailypy.cli.config.ConfigException;
import dailypy.discord.DiscordOptions;
import dailypy.progress.ProgressStore;
import dailypy.questions.YamlLocations;
import dailypy.progress.StoreUrl;
import dailypy.runner.Limits;
import dailypy.runner.cpython.CPythonConfig;
import dailypy.runner.graal.PoolConfig;
import dailypy.runner.graal.SandboxMode;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The app config, {@code config/tutor.yaml}; every key is documented in
 * {@code config/tutor.example.yaml}. Missing keys take their defaults, which are the defaults of
 * what each section configures ({@link DiscordOptions#defaults()}, {@link PoolConfig#defaults()},
 * {@link Limits#DEFAULT}, {@link CPythonConfig#defaults()}, {@link ProgressStore#DEFAULT_PATH}), so
 * each default is written once; an unknown key or a bad value stops the start with a message
 * naming the key and line. The Discord token is never read
 * from here: it comes from the {@code DISCORD_TOKEN} environment variable.
 */
public record AppConfig(Discord discord, Runner runner, Questions questions, Progress progress) {
  public static final Path DEFAULT_PATH = Path.of("config", "tutor.yaml");
  static final Set<String> BACKENDS = Set.copyOf(Runner.DEFAULT_BACKENDS);

  public AppConfig {
    discord = discord == null ? new Discord(null, null, null, null, null, null, null, null, null) : discord;
    runner = runner == null ? new Runner(null, null, null, null, null, null, null, null) : runner;
    questions = questions == null ? new Questions(null) : questions;
    progress = progress == null ? new Progress(null, null) : progress;
  }

  public static AppConfig defaults() {
    return new AppConfig(null, null, null, null);
  }

  /** The Discord connection. */
  public record Discord(String restUrl, String gatewayUrl, Boolean messageContent, Integer gradingThreads,
      Integer cooldownSeconds, Integer schedulerIntervalSeconds, Integer shutdownGraceSeconds,
      ShardsConfig shards, Double postsPerSecond) {
    public Discord {
      DiscordOptions d = DiscordOptions.defaults();
      restUrl = orDefault(restUrl, d.restBaseUrl());
      gatewayUrl = orDefault(gatewayUrl, d.gatewayUrl());
      messageContent = messageContent == null ? d.messageContent() : messageContent;
      gradingThreads = range("discord.grading_threads", gradingThreads, d.gradingThreads(), 1, 64);
      cooldownSeconds = range("discord.cooldown_seconds", cooldownSeconds, (int) d.cooldown().toSeconds(), 0, 3600);
      schedulerIntervalSeconds = range("discord.scheduler_interval_seconds", schedulerIntervalSeconds,
          (int) d.schedulerInterval().toSeconds(), 1, 3600);
      shutdownGraceSeconds = range("discord.shutdown_grace_seconds", shutdownGraceSeconds,
          (int) d.shutdownGrace().toSeconds(), 0, 600);
      url("discord.rest_url", restUrl, "http://", "https://");
      url("discord.gateway_url", gatewayUrl, "ws://", "wss://");
      shards = shards == null ? new ShardsConfig(null, null) : shards;
      shards.shardRange(); // a wrong range is reported at load, naming the key
      if (postsPerSecond != null && !(postsPerSecond > 0 && postsPerSecond <= 50)) {
        throw new ConfigException("discord.posts_per_second must be above 0 and at most 50 (Discord's global"
            + " limit), got " + postsPerSecond);
      }
    }

    /** The fan-out pace; 0 lets the bot take its shards' share of the budget. */
    public double postRate() {
      return postsPerSecond == null ? 0 : postsPerSecond;
    }

    public Duration cooldown() {
      return Duration.ofSeconds(cooldownSeconds);
    }

    public Duration schedulerInterval() {
      return Duration.ofSeconds(schedulerIntervalSeconds);
    }

    public Duration shutdownGrace() {
      return Duration.ofSeconds(shutdownGraceSeconds);
    }
  }

  /** The sandboxed runner pool. */
  public record Runner(Integer workers, Integer heapMb, Integer wallTimeMs, Integer outputKb,
      Integer queueCapacity, List<String> backends, Graalpy graalpy, Cpython cpython) {
    /**
     * The backends, in the order requests try them. The sandboxed host CPython first: where it starts (python3 and bubblewrap present) it
     * grades a basic answer in a fresh process in about 64 ms and 39 a second on 2 cores,
     * against 347 ms and 8 a second for the warm GraalPy pool (docs/benchmarks.md). GraalPy
     * grades whatever CPython cannot, and everything when CPython cannot start.
     */
    static final List<String> DEFAULT_BACKENDS = List.of("cpython", "graalpy");

    public Runner {
      PoolConfig pool = PoolConfig.defaults();
      Limits limits = Limits.DEFAULT;
      workers = range("runner.workers", workers, pool.workers(), 1, 64);
      heapMb = range("runner.heap_mb", heapMb, pool.heapMb(), 64, 16384);
      wallTimeMs = range("runner.wall_time_ms", wallTimeMs, (int) limits.cpuTime().toMillis(), 100, 600_000);
      outputKb = range("runner.output_kb", outputKb, limits.outputBytes() / 1024, 1, 65536);
      queueCapacity = range("runner.queue_capacity", queueCapacity, pool.queueCapacity(), 0, 100_000);
      backends = backends == null ? DEFAULT_BACKENDS : List.copyOf(backends);
      graalpy = graalpy == null ? new Graalpy(null) : graalpy;
      cpython = cpython == null ? new Cpython(null, null, null, null, null, null, null, null, null) : cpython;
      if (backends.isEmpty()) {
        throw new ConfigException("runner.backends: list at least one backend (" + String.join(", ", BACKENDS) + ")");
      }
      for (String b : backends) {
        if (!BACKENDS.contains(b)) {
          throw new ConfigException("runner.backends: unknown backend '" + b + "'; known: "
              + BACKENDS.stream().sorted().collect(Collectors.joining(", ")));
        }
      }
      if (new java.util.HashSet<>(backends).size() != backends.size()) {
        throw new ConfigException("runner.backends: each backend may be listed once, got " + backends);
      }
    }

    /** The default limits of one submission; a question may set a longer time. */
    public Limits limits() {
      return new Limits(Duration.ofMillis(wallTimeMs), outputKb * 1024, Limits.DEFAULT.testOutputChars());
    }
  }

  /** The embedded GraalPy backend's worker JVMs. */
  public record Graalpy(String sandbox) {
    public Graalpy {
      sandbox = orDefault(sandbox, "auto");
      if (SandboxMode.parse(sandbox) == null) {
        throw new ConfigException("runner.graalpy.sandbox must be auto, bwrap or none, got '"
            + sandbox + "'");
      }
    }

    public SandboxMode sandboxMode() {
      return SandboxMode.parse(sandbox);
    }
  }

  /** The host-CPython backend (used only when {@code cpython} is in {@code runner.backends}). */
  public record Cpython(String python, String bwrap, Integer memoryMb, Integer maxProcesses,
      Integer fileSizeMb, Integer tmpfsMb, Integer maxParallel, Boolean allowUnsandboxed,
      Integer prestarted) {
    public Cpython {
      CPythonConfig d = CPythonConfig.defaults();
      python = orDefault(python, d.python());
      bwrap = orDefault(bwrap, d.bwrap());
      memoryMb = range("runner.cpython.memory_mb", memoryMb, d.memoryMb(), 64, 65536);
      maxProcesses = range("runner.cpython.max_processes", maxProcesses, d.maxProcesses(), 2, 4096);
      fileSizeMb = range("runner.cpython.file_size_mb", fileSizeMb, d.fileSizeMb(), 1, 1024);
      tmpfsMb = range("runner.cpython.tmpfs_mb", tmpfsMb, d.tmpfsMb(), 1, 1024);
      maxParallel = range("runner.cpython.max_parallel", maxParallel, d.maxParallel(), 1, 64);
      allowUnsandboxed = allowUnsandboxed != null && allowUnsandboxed;
      prestarted = range("runner.cpython.prestarted", prestarted, maxParallel, 0, 64);
    }

    /** The backend's settings; it shares the pool's queue capacity. */
    public CPythonConfig toConfig(int queueCapacity) {
      return new CPythonConfig(python, bwrap, memoryMb, maxProcesses, fileSizeMb, tmpfsMb,
          maxParallel, queueCapacity, allowUnsandboxed, prestarted);
    }
  }

  /** The question bank. */
  public record Questions(String dir) {
    /** The bank's folder, also the default of the commands' {@code --questions}. */
    public static final String DEFAULT_DIR = "questions";

    public Questions {
      dir = orDefault(dir, DEFAULT_DIR);
    }
  }

  /**
   * The progress database, and whether this bot hands its grading to the farm: answers become jobs
   * in that database's queue for {@code tutor grader} processes (PostgreSQL only).
   */
  public record Progress(String database, Boolean gradingQueue) {
    public Progress {
      database = orDefault(database, ProgressStore.DEFAULT_PATH.toString());
      gradingQueue = gradingQueue != null && gradingQueue;
      if (gradingQueue && !StoreUrl.isServer(database)) {
        throw new ConfigException("progress.grading_queue needs progress.database to be a"
            + " postgresql:// URL: the queue lives in the database the graders share");
      }
    }
  }

  /** Reads a config file; a missing file at the default path means "all defaults". */
  public static AppConfig load(Path file) {
    if (!Files.exists(file)) {
      if (file.equals(DEFAULT_PATH)) {
        return defaults();
      }
      throw new ConfigException(file + ": no such config file");
    }
    String text;
    try {
      text = TextFiles.read(file, "config file");
    } catch (BadInputException e) {
      throw new ConfigException(e.getMessage());
    }
    return parse(text, file.toString());
  }

  private static final ObjectMapper YAML = YAMLMapper.builder()
      // every key is its record component's name in snake_case (rest_url is restUrl)
      .propertyNamingStrategy(PropertyNamingStrategies.SNAKE_CASE)
      // a key written twice would otherwise silently keep the last value
      .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
      .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
      .enable(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES)
      .disable(DeserializationFeature.ACCEPT_FLOAT_AS_INT)
      .disable(MapperFeature.ALLOW_COERCION_OF_SCALARS)
      .build();

  /**
   * Parses YAML text; {@code source} names it in error messages. Every error is one line in
   * plain words that names the file, the line of the key and the key.
   */
  public static AppConfig parse(String yaml, String source) {
    JsonNode tree;
    try {
      tree = YAML.readTree(yaml);
    } catch (JsonProcessingException e) {
      throw new ConfigException(source + ConfigErrors.syntax(e));
    }
    if (tree == null || tree.isNull() || tree.isMissingNode()) {
      return defaults();
    }
    if (!tree.isObject()) {
      throw new ConfigException(source + ":1: the config must be keys such as runner: and "
          + "discord:, not " + ConfigErrors.describe(tree));
    }
    try {
      return YAML.treeToValue(tree, AppConfig.class);
    } catch (JsonProcessingException e) {
      throw new ConfigException(ConfigErrors.mapping(e, tree, YamlLocations.of(yaml), source));
    } catch (ConfigException e) {
      throw new ConfigException(source + ": " + e.getMessage());
    }
  }

  static String orDefault(String value, String fallback) {
    return value == null || value.isBlank() ? fallback : value.strip();
  }

  static int range(String key, Integer value, int fallback, int min, int max) {
    int v = value == null ? fallback : value;
    if (v < min || v > max) {
      throw new ConfigException(key + " must be between " + min + " and " + max + ", got " + v);
    }
    return v;
  }

  static void url(String key, String value, String... schemes) {
    for (String s : schemes) {
      if (value.startsWith(s)) {
        return;
      }
    }
    throw new ConfigException(key + " must start with " + String.join(" or ", schemes) + ", got '" + value + "'");
  }
}
