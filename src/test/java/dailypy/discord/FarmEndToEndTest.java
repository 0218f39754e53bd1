package dailypy.discord;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.node.ObjectNode;
import dailypy.app.App;
import dailypy.app.BankQuestions;
import dailypy.app.Player;
import dailypy.app.StoreProgress;
import dailypy.discord.answers.ChatAnswers;
import dailypy.discord.fake.FakeDiscord;
import dailypy.discord.fake.FakeDiscord.FakeGuild;
import dailypy.discord.fake.FakeDiscord.FakeUser;
import dailypy.discord.fake.Snowflakes;
import dailypy.farm.GraderChild;
import dailypy.farm.GraderChildProcess;
import dailypy.grading.Grader;
import dailypy.progress.DailyPost;
import dailypy.progress.GuildSettings;
import dailypy.progress.Level;
import dailypy.progress.Profile;
import dailypy.progress.ProgressStore;
import dailypy.progress.StoreUrl;
import dailypy.questions.AnswerForm;
import dailypy.questions.Question;
import dailypy.questions.QuestionBank;
import dailypy.questions.QuestionLoader;
import dailypy.runner.RunResult;
import dailypy.verdict.Verdict;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import java.util.function.BooleanSupplier;
import java.util.function.Predicate;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Issue #14's end-to-end test of the scaled layout: one PostgreSQL, two {@code tutor bot}
 * processes (shards 0 and 1 of 2, {@code grading_queue: true}), two grader processes (the real
 * {@code GraderLoop}, with a stand-in grading that passes answers marked {@value GraderChild#RIGHT}),
 * and the fake Discord with 1,000 guilds. The bots post the day's questions, then 500 answers
 * arrive as replies to them; in the middle of the burst one grader and the bot of shard 0 are
 * killed with SIGKILL and started again. Answers to shard 0 posted while its bot is down reach no
 * one (Discord does not replay them): the restarted bot reads them back from the channels.
 *
 * <p>Shard 0's bot is killed while Discord holds some of its replies: they exist, but the bot never
 * learned their ids. Its restarted process grades those answers again; the store records each
 * answer message once, and the reply's nonce makes Discord return the existing message.
 *
 * <p>Checks: every answer has exactly one reply, showing its result; every guild has exactly one
 * daily post; every answer message is recorded once; and each user's points and streak equal those
 * of a single-process run of the same script through the same application code on SQLite.
 */
class FarmEndToEndTest {
  private static final int GUILDS = 1000;
  /** Guilds answered in: a right and a wrong answer in each, by two users. */
  private static final int ANSWERED_GUILDS = 250;
  private static final int ANSWERS = 2 * ANSWERED_GUILDS;
  private static final long WAIT_MS = 120_000;
  private static final long LEASE_MS = 2000;
  private static final long GRADE_MS = 80;
  private static final int GREEN = 0x57F287;
  private static final int RED = 0xED4245;

  @TempDir
  Path dir;

  private final List<Process> processes = new CopyOnWriteArrayList<>();

  /** One answer of the script: who posts what in reply to which daily post. */
  private record Answer(FakeGuild guild, DailyPost post, Question question, FakeUser user, boolean right) {
    String content() {
      return right
          ? "```python\n" + GraderChild.RIGHT + "\ndef solution():\n    return 1\n```"
          : "```python\n# wrong\ndef solution():\n    return 0\n```";
    }
  }

  @AfterEach
  void killEveryProcess() throws InterruptedException {
    for (Process p : processes) {
      p.destroyForcibly();
    }
    for (Process p : processes) {
      p.waitFor(20, TimeUnit.SECONDS);
    }
  }

  @Test
  void killedGraderAndBotMidBurstLeaveEveryAnswerOneResultAndTheSingleProcessScores() throws Exception {
    String database = dailypy.testing.TestPostgres.get().newDatabase();
    // Local noon or so in every guild, far from midnight, so the whole test falls on one day.
    ZoneOffset zone = ZoneOffset.ofHours(Math.max(-12, Math.min(14, 12 - Instant.now().atOffset(ZoneOffset.UTC)
        .getHour())));
    LocalDate today = LocalDate.now(zone);
    ShardRange shard0 = ShardRange.parse(2, "0");
    QuestionBank bank = QuestionLoader.load(Path.of("questions")).bank();
    try (FakeDiscord discord = new FakeDiscord(16);
        ProgressStore store = ProgressStore.open(database, Clock.systemUTC())) {
      discord.maxConcurrency(2);
      discord.addGuilds(GUILDS - 1);
      List<FakeGuild> guilds = discord.guilds();
      Map<Long, FakeGuild> byChannel = guilds.stream().collect(Collectors.toMap(FakeGuild::channelId, g -> g));
      Predicate<Long> ofShard0 = ch -> byChannel.containsKey(ch) && shard0.owns(byChannel.get(ch).id());
      for (FakeGuild g : guilds) {
        store.guilds().save(new GuildSettings(g.id(), g.channelId(), Set.of(Level.BASIC), LocalTime.MIDNIGHT,
            zone, null, false, false));
      }
      GraderChildProcess graderA = grader(database, "a");
      grader(database, "b");
      Process botA = bot(discord, database, "0", "bot-a");
      bot(discord, database, "1", "bot-b");

      // the day's fan-out: every guild's post, recorded
      await("every guild's daily post", () -> guilds.stream().allMatch(g ->
          store.posts().find(g.id(), Level.BASIC, today).filter(DailyPost::posted).isPresent()));
      List<Answer> script = script(guilds, store, bank, today);
      assertThat(script).as("answers in guilds of both shards")
          .anyMatch(a -> shard0.owns(a.guild().id())).anyMatch(a -> !shard0.owns(a.guild().id()));

      // the burst, with a grader and shard 0's bot killed in the middle and started again
      Map<Long, Answer> posted = new HashMap<>();
      long killedJob = -1;
      for (int i = 0; i < script.size(); i++) {
        if (i == ANSWERS / 2 - 150) {
          // From here shard 0's replies are created but answered only after a while, so its bot
          // dies with some in flight: Discord shows them, the bot never learned their ids, and
          // the answers behind the first of them are graded and recorded meanwhile.
          discord.holdReplies(ofShard0, Duration.ofSeconds(10));
        } else if (i == ANSWERS / 2) {
          killedJob = killDuringAJob(graderA);
          botA.destroyForcibly();
          assertThat(botA.waitFor(20, TimeUnit.SECONDS)).isTrue();
          assertThat(discord.repliesHeld()).as("replies in flight when shard 0's bot died").isPositive();
          discord.holdReplies(ofShard0, Duration.ZERO);
          Map<Long, List<ObjectNode>> replies = discord.botReplies();
          assertThat(posted.entrySet()).as("shard 0's bot was killed with answers still to grade")
              .anyMatch(e -> shard0.owns(e.getValue().guild().id()) && !showsAResult(replies.get(e.getKey())));
        } else if (i == ANSWERS / 2 + 100) {
          grader(database, "a2");
          botA = bot(discord, database, "0", "bot-a-again");
        }
        Answer a = script.get(i);
        posted.put(discord.userMessage(a.user(), a.guild().channelId(), a.content(), a.post().messageId()), a);
        Thread.sleep(15);
      }
      await("a result for every answer", () -> {
        Map<Long, List<ObjectNode>> replies = discord.botReplies();
        return posted.keySet().stream().allMatch(id -> showsAResult(replies.get(id)));
      });
      StoreUrl url = StoreUrl.parse(database);
      await("the farm's queue to drain", () -> queryLong(url, "SELECT count(*) FROM grading_jobs"
          + " WHERE state <> 'done'") == 0);
      // a few more seconds in which a late duplicate would show
      Thread.sleep(2000);

      // every answer: exactly one reply, showing its own verdict
      Map<Long, List<ObjectNode>> replies = discord.botReplies();
      for (Map.Entry<Long, Answer> e : posted.entrySet()) {
        List<ObjectNode> mine = replies.getOrDefault(e.getKey(), List.of());
        assertThat(mine).as("replies to answer %d", e.getKey()).hasSize(1);
        assertThat(mine.getFirst().path("embeds").path(0).path("color").asInt())
            .as("the verdict shown for answer %d", e.getKey()).isEqualTo(e.getValue().right() ? GREEN : RED);
      }
      // every answer message recorded exactly once
      Map<Long, Long> recorded = submissionsPerAnswer(url);
      assertThat(recorded.keySet()).containsExactlyInAnyOrderElementsOf(posted.keySet());
      assertThat(recorded.values()).as("submissions per answer message").containsOnly(1L);
      // the job the killed grader held was delivered again, and got one result
      assertThat(queryLong(url, "SELECT attempts FROM grading_jobs WHERE id = " + killedJob))
          .as("attempts of job %d, held by the killed grader", killedJob).isGreaterThanOrEqualTo(2);
      // each reply the killed bot sent but never heard back about is now its answer's one reply,
      // showing the result: the restarted bot found it (in the channel's history, or by its nonce)
      assertThat(discord.heldReplies()).isNotEmpty()
          .allMatch(id -> showsAResult(List.of(discord.message(id))), "shows a result");
      // the restarted bot found the answers posted while it was down
      assertThat(Files.readString(dir.resolve("bot-a-again.log"))).contains("posted while it was away");
      // every guild: exactly one daily post
      Map<Long, Long> dailyPosts = dailyPostsPerChannel(discord);
      assertThat(dailyPosts).hasSize(GUILDS);
      assertThat(dailyPosts.values()).as("daily posts per channel").containsOnly(1L);

      // streaks and points equal a single-process run of the same script
      Map<String, String> scores = scores(new StoreProgress(store), script);
      Map<String, String> single = singleProcessScores(script, zone, bank);
      assertThat(scores).isEqualTo(single);
      assertThat(scores.values()).as("right answers earn points and a streak of 1")
          .contains("points 15, streak 1/1, solved 1").contains("points 0, streak 0/0, solved 0");
    }
  }

  /**
   * The script: in each of the first 250 guilds (by id) whose daily question takes a code block
   * (a quiz is answered with buttons), one user answers right and another wrong. Each user answers
   * once, so no answer waits for its author's cooldown, and each daily post has one solver, so
   * the first-solver bonus does not depend on which process records first.
   */
  private static List<Answer> script(List<FakeGuild> guilds, ProgressStore store, QuestionBank bank, LocalDate today) {
    List<Answer> script = new ArrayList<>();
    for (FakeGuild g : guilds) {
      if (script.size() == ANSWERS) {
        break;
      }
      DailyPost post = store.posts().find(g.id(), Level.BASIC, today).orElseThrow();
      Question q = bank.find(post.questionId()).orElseThrow();
      if (q.kind().answerForm() == AnswerForm.CHOICE) {
        continue;
      }
      script.add(new Answer(g, post, q, learner("right"), true));
      script.add(new Answer(g, post, q, learner("wrong"), false));
    }
    assertThat(script).hasSize(ANSWERS);
    return script;
  }

  private static FakeUser learner(String name) {
    return new FakeUser(Snowflakes.next(), name, FakeDiscord.MEMBER_PERMISSIONS, false);
  }

  /** Whether the bot's replies to an answer include one showing a result (an embed). */
  private static boolean showsAResult(List<ObjectNode> replies) {
    return replies != null && replies.stream().anyMatch(m -> !m.path("embeds").isEmpty());
  }

  /**
   * The same script through the same application code ({@code Answering} over {@code
   * StoreProgress}) in this one process, on SQLite, with the same daily questions and the same
   * verdicts; each user's scores.
   */
  private Map<String, String> singleProcessScores(List<Answer> script, ZoneOffset zone, QuestionBank bank) {
    Grader sameVerdicts = new Grader() {
      @Override
      public RunResult grade(Question question, String answer) {
        return answer.contains(GraderChild.RIGHT)
            ? RunResult.of(Verdict.PASSED, "", "single")
            : RunResult.of(Verdict.FAILED, "wrong", "single");
      }

      @Override
      public Gradability gradability(Question question) {
        return Gradability.YES;
      }
    };
    try (ProgressStore sqlite = ProgressStore.open(dir.resolve("single.db"), Clock.systemUTC())) {
      StoreProgress progress = new StoreProgress(sqlite);
      App app = new App(new BankQuestions(bank, sameVerdicts, new Random(7)), sameVerdicts, progress,
          Clock.systemUTC());
      Map<Long, DailyPost> posts = new HashMap<>();
      long answerId = 1;
      for (Answer a : script) {
        DailyPost post = posts.computeIfAbsent(a.guild().id(), g -> {
          progress.saveSettings(new GuildSettings(g, a.guild().channelId(), Set.of(Level.BASIC), LocalTime.MIDNIGHT,
              zone, null, false, false));
          DailyPost claimed = progress.claimDailyPost(g, Level.BASIC, a.post().date(), a.question().id());
          progress.markPosted(claimed, a.post().messageId(), null);
          return progress.dailyPost(g, Level.BASIC, a.post().date()).orElseThrow();
        });
        String answer = ChatAnswers.answerIn(a.question(), a.content()).orElseThrow();
        app.answering().answer(new Player(a.guild().id(), a.user().id()), a.question(), post, answer, true,
            answerId++);
      }
      return scores(progress, script);
    }
  }

  /** Each user's points, streak (current/longest) and solves, by guild and user of the script. */
  private static Map<String, String> scores(StoreProgress progress, List<Answer> script) {
    Map<String, String> out = new HashMap<>();
    for (Answer a : script) {
      Profile p = progress.profile(a.guild().id(), a.user().id());
      out.put(a.guild().id() + "/" + a.user().name() + "/" + a.user().id(), "points " + p.points() + ", streak "
          + p.streak().current() + "/" + p.streak().longest() + ", solved " + p.solved());
    }
    return out;
  }

  private static Map<Long, Long> submissionsPerAnswer(StoreUrl url) throws Exception {
    Map<Long, Long> out = new HashMap<>();
    try (Connection c = DriverManager.getConnection(url.jdbcUrl());
        Statement st = c.createStatement();
        ResultSet rs = st.executeQuery("SELECT answer_message_id, count(*) FROM submissions"
            + " GROUP BY answer_message_id")) {
      while (rs.next()) {
        out.put(rs.getLong(1), rs.getLong(2));
      }
    }
    return out;
  }

  private static long queryLong(StoreUrl url, String sql) {
    try (Connection c = DriverManager.getConnection(url.jdbcUrl());
        Statement st = c.createStatement();
        ResultSet rs = st.executeQuery(sql)) {
      assertThat(rs.next()).as(sql).isTrue();
      return rs.getLong(1);
    } catch (java.sql.SQLException e) {
      throw new AssertionError(sql, e);
    }
  }

  /** The daily posts sent, counted per channel: an embed of its own, not a reply. */
  private static Map<Long, Long> dailyPostsPerChannel(FakeDiscord discord) {
    return discord.calls().stream()
        .filter(c -> c.is("POST", "channels/\\d+/messages") && c.body() != null
            && c.body().path("embeds").size() > 0 && !c.body().has("message_reference"))
        .map(c -> Long.parseUnsignedLong(c.path().split("/")[1]))
        .collect(Collectors.groupingBy(ch -> ch, Collectors.counting()));
  }

  /** A bot process started from the real command line with its own config file. */
  private Process bot(FakeDiscord discord, String database, String shardIds, String name)
      throws Exception {
    Process p = ChildLogs.startBot(dir, name, discord, database, shardIds,
        List.of("-Xmx384m", "-XX:TieredStopAtLevel=1"),
        "message_content: true\ngrading_threads: 16");
    processes.add(p);
    return p;
  }

  private void await(String what, BooleanSupplier done) throws Exception {
    ChildLogs.await(dir, WAIT_MS, 250, what, done);
  }

  /** A grader child process ({@link GraderChild} in {@code marked} mode). */
  private GraderChildProcess grader(String database, String name) throws Exception {
    GraderChildProcess g = GraderChildProcess.start(name,
        ProcessBuilder.Redirect.to(dir.resolve("grader-" + name + ".log").toFile()), 1, database,
        name, String.valueOf(LEASE_MS), String.valueOf(GRADE_MS), "600", "marked");
    processes.add(g.process);
    return g;
  }

  /** Kills the grader with SIGKILL as soon as it starts a job; returns that job's id. */
  private static long killDuringAJob(GraderChildProcess g) throws InterruptedException {
    g.expectStarts(1);
    assertThat(g.awaitStarts(30)).as("the grader started a job").isTrue();
    g.process.destroyForcibly();
    assertThat(g.process.waitFor(20, TimeUnit.SECONDS)).isTrue();
    long last = g.lastStarted();
    assertThat(g.finished()).as("the grader died before finishing job %d", last)
        .doesNotContainKey(last);
    return last;
  }
}
