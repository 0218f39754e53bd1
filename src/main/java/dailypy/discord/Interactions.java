package dailypy.discord;

import dailypy.app.Answering;
import dailypy.app.Player;
import dailypy.grading.QuizGrading;
import dailypy.progress.DailyPost;
import dailypy.progress.LeaderboardEntry;
import dailypy.progress.Profile;
import dailypy.questions.Question;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import net.dv8tion.jda.api.EmbedBuilder;
import net.dv8tion.jda.api.components.actionrow.ActionRow;
import net.dv8tion.jda.api.components.buttons.Button;
import net.dv8tion.jda.api.components.label.Label;
import net.dv8tion.jda.api.components.textinput.TextInput;
import net.dv8tion.jda.api.components.textinput.TextInputStyle;
import net.dv8tion.jda.api.entities.Message;
import net.dv8tion.jda.api.events.interaction.ModalInteractionEvent;
import net.dv8tion.jda.api.events.interaction.command.CommandAutoCompleteInteractionEvent;
import net.dv8tion.jda.api.events.interaction.command.MessageContextInteractionEvent;
import net.dv8tion.jda.api.events.interaction.command.SlashCommandInteractionEvent;
import net.dv8tion.jda.api.events.interaction.component.ButtonInteractionEvent;
import net.dv8tion.jda.api.interactions.callbacks.IReplyCallback;
import net.dv8tion.jda.api.interactions.commands.Command;
import net.dv8tion.jda.api.interactions.commands.OptionMapping;
import net.dv8tion.jda.api.modals.Modal;
import net.dv8tion.jda.api.utils.messages.MessageCreateBuilder;
import net.dv8tion.jda.api.utils.messages.MessageEditBuilder;

/**
 * Slash commands, autocomplete, the submit modal, "Grade this" and buttons. Handlers that read or
 * write the store acknowledge the interaction first and do that work off the event thread
 * ({@link OffEventThread}), answering through the interaction hook.
 */
final class Interactions {
  static final String SUBMIT_MODAL = "submit:";
  static final String EXPLAIN_BUTTON = "explain:";
  static final String FORGET_BUTTON = "forget:confirm";
  static final int MODAL_MAX = 4000;

  private final BotContext ctx;
  private final QuestionLocator locator;
  private final GradingFlow flow;
  private final SetupCommand setup;
  private final ProfileCommand profile;

  Interactions(BotContext ctx, QuestionLocator locator, GradingFlow flow, SetupCommand setup) {
    this.ctx = ctx;
    this.locator = locator;
    this.flow = flow;
    this.setup = setup;
    this.profile = new ProfileCommand(ctx);
  }

  // ------------------------------------------------------------------ slash commands

  void onSlash(SlashCommandInteractionEvent e) {
    guarded(e, "/" + e.getName(), () -> {
      if (e.getGuild() == null) {
        e.reply("This bot works in servers only.").setEphemeral(true).queue();
        return;
      }
      switch (e.getName()) {
        case "submit" -> submit(e);
        case "hint" -> hint(e);
        case "explain" -> explain(e);
        case "question" -> practice(e);
        case "streak" -> streak(e);
        case "leaderboard" -> leaderboard(e);
        case "profile" -> profile.handle(e);
        case "forget-me" -> e.reply("This deletes your streak, points and history in this server. Sure?")
            .setEphemeral(true)
            .setComponents(ActionRow.of(Button.danger(FORGET_BUTTON, "Yes, forget me")))
            .queue();
        case "setup" -> setup.handle(e);
        default -> e.reply("Unknown command.").setEphemeral(true).queue();
      }
    });
  }

  private Optional<QuestionLocator.Located> located(SlashCommandInteractionEvent e) {
    return locator.forCommand(e.getGuild().getIdLong(), e.getOption("question", null, OptionMapping::getAsString),
        e.getMessageChannel());
  }

  private void submit(SlashCommandInteractionEvent e) {
    String id = e.getOption("question", "", OptionMapping::getAsString).strip();
    Optional<Question> q = ctx.questions().find(id);
    if (q.isEmpty()) {
      e.reply("No question with id " + MarkdownSafe.inlineCode(id, 100) + ". Pick one from the list.")
          .setEphemeral(true).queue();
      return;
    }
    if (QuestionText.isQuiz(q.get())) {
      e.reply("That one is a quiz: answer with the buttons under the question.").setEphemeral(true).queue();
      return;
    }
    TextInput code = TextInput.create("code", TextInputStyle.PARAGRAPH)
        .setPlaceholder(QuestionText.isOutput(q.get()) ? "What does the snippet print?" : "def ...")
        .setRequiredRange(1, MODAL_MAX)
        .setValue(QuestionText.starter(q.get()).isBlank() ? null
            : DiscordLimits.truncate(QuestionText.starter(q.get()), MODAL_MAX))
        .build();
    Modal modal = Modal.create(SUBMIT_MODAL + q.get().id(), DiscordLimits.truncate("Answer: " + q.get().title(), 45))
        .addComponents(Label.of(QuestionText.isOutput(q.get()) ? "Predicted output" : "Your Python code", code))
        .build();
    e.replyModal(modal).queue();
  }

  private void hint(SlashCommandInteractionEvent e) {
    OffEventThread.reply(e, true, "/hint", () -> {
      Optional<QuestionLocator.Located> l = located(e);
      if (l.isEmpty()) {
        e.getHook().editOriginal("Which question? Use `/hint question:<id>` or run it in a daily question's thread.")
            .queue();
        return;
      }
      Question q = l.get().question();
      Player player = new Player(e.getGuild().getIdLong(), e.getUser().getIdLong());
      Optional<Answering.Hint> hint = ctx.app().answering().hint(player, q);
      if (hint.isEmpty()) {
        e.getHook().editOriginal("This question has no hints.").queue();
        return;
      }
      // once all hints are taken, asking again shows the last one again and costs nothing more
      Answering.Hint h = hint.get();
      StringBuilder s = new StringBuilder("💡 **Hint " + h.number() + "/" + h.total() + "** for *" + q.title() + "*\n");
      s.append(h.text());
      if (h.again()) {
        s.append("\n\n(That was the last hint. `/explain` shows the full answer.)");
      } else if (!ctx.progress().hasSolved(player.guildId(), player.userId(), q.id())) {
        s.append("\n\n-# Each hint taken before solving costs 25% of the points.");
      }
      e.getHook().editOriginal(DiscordLimits.message(s.toString())).queue();
    });
  }

  private void explain(SlashCommandInteractionEvent e) {
    OffEventThread.reply(e, true, "/explain", () -> {
      Optional<QuestionLocator.Located> l = located(e);
      if (l.isEmpty()) {
        e.getHook().editOriginal("Which question? Use `/explain question:<id>` or run it in a daily question's thread.")
            .queue();
        return;
      }
      Question q = l.get().question();
      if (ctx.progress().hasSolved(e.getGuild().getIdLong(), e.getUser().getIdLong(), q.id())) {
        e.getHook().editOriginalEmbeds(Embeds.explanation(q)).queue();
        return;
      }
      e.getHook().editOriginal(new MessageEditBuilder()
          .setContent("You haven't solved *" + q.title() + "* yet. Revealing the answer forfeits its points. Reveal it?")
          .setComponents(ActionRow.of(Button.danger(EXPLAIN_BUTTON + q.id(), "Reveal the answer")))
          .build()).queue();
    });
  }

  private void practice(SlashCommandInteractionEvent e) {
    String level = e.getOption("level", null, OptionMapping::getAsString);
    String topic = e.getOption("topic", null, OptionMapping::getAsString);
    Optional<Question> q = ctx.questions().pickPractice(level, topic == null ? null : topic.strip().toLowerCase(),
        Set.of());
    if (q.isEmpty()) {
      // the reason quotes the typed topic in inline code, so a backtick in it must not end the code
      String why = ctx.questions().whyNone(level, topic == null ? null : MarkdownSafe.inlineCodeText(topic));
      e.reply(DiscordLimits.truncate(why, 1900)).setEphemeral(true).queue();
      return;
    }
    e.reply(new MessageCreateBuilder()
            .setEmbeds(Embeds.question(q.get(), "🏋️ Practice", ctx.options().messageContent()))
            .setComponents(QuestionText.isQuiz(q.get()) ? QuizButtons.rows(q.get()) : List.of())
            .build())
        .queue();
  }

  private void streak(SlashCommandInteractionEvent e) {
    long guild = e.getGuild().getIdLong();
    OffEventThread.reply(e, true, "/streak", () -> {
      Profile p = ctx.progress().profile(guild, e.getUser().getIdLong());
      e.getHook().editOriginal("🔥 streak " + p.streak().current() + " (longest " + p.streak().longest()
          + ") · 🧊 freezes " + p.streak().freezes() + " · ⭐ " + p.points() + " points").queue();
    });
  }

  private void leaderboard(SlashCommandInteractionEvent e) {
    long guild = e.getGuild().getIdLong();
    boolean weekly = !"all-time".equals(e.getOption("period", "weekly", OptionMapping::getAsString));
    OffEventThread.reply(e, false, "/leaderboard", () -> leaderboard(e, guild, weekly));
  }

  private void leaderboard(SlashCommandInteractionEvent e, long guild, boolean weekly) {
    List<LeaderboardEntry> rows = ctx.progress().leaderboard(guild, weekly, 10);
    EmbedBuilder b = new EmbedBuilder().setTitle(weekly ? "🏆 This week" : "🏆 All time");
    if (rows.isEmpty()) {
      b.setDescription("Nobody has scored yet. Be the first!");
    } else {
      StringBuilder s = new StringBuilder();
      for (int i = 0; i < rows.size(); i++) {
        LeaderboardEntry r = rows.get(i);
        s.append(i + 1).append(". <@").append(Long.toUnsignedString(r.userId())).append("> · ")
            .append(r.points()).append(" pts · ").append(r.solved()).append(" solved\n");
      }
      b.setDescription(DiscordLimits.description(s.toString()));
    }
    // mentions render as names but ping nobody: allowed mentions are none by default
    e.getHook().editOriginalEmbeds(Embeds.fit(b)).queue();
  }

  // ------------------------------------------------------------------ autocomplete, modal, context menu

  void onAutocomplete(CommandAutoCompleteInteractionEvent e) {
    try {
      String typed = e.getFocusedOption().getValue();
      List<Command.Choice> choices = ctx.questions().search(typed, 25).stream()
          .map(q -> new Command.Choice(
              DiscordLimits.truncate(q.level() + " · " + q.title(), DiscordLimits.CHOICE_NAME), q.id()))
          .toList();
      e.replyChoices(choices).queue();
    } catch (RuntimeException ex) {
      ErrorReference.report("autocomplete", ex);
      e.replyChoices(List.of()).queue();
    }
  }

  void onModal(ModalInteractionEvent e) {
    guarded(e, "submit modal", () -> {
      if (!e.getModalId().startsWith(SUBMIT_MODAL) || e.getGuild() == null) {
        return;
      }
      Optional<Question> q = ctx.questions().find(e.getModalId().substring(SUBMIT_MODAL.length()));
      if (q.isEmpty()) {
        e.reply("That question no longer exists.").setEphemeral(true).queue();
        return;
      }
      String text = e.getValue("code") == null ? "" : e.getValue("code").getAsString();
      long guild = e.getGuild().getIdLong();
      e.deferReply().queue();
      // a form's text is the bare answer (a pasted ```python block is fine too)
      flow.start(new GradingFlow.Job(q.get(), locator.todaysDaily(guild, q.get()), guild,
          e.getUser().getIdLong(), e.getUser().getIdLong(), text, true), new InteractionSink(e.getHook()));
    });
  }

  void onMessageCommand(MessageContextInteractionEvent e) {
    guarded(e, "grade this", () -> {
      if (!CommandDefinitions.GRADE_THIS.equals(e.getName()) || e.getGuild() == null) {
        return;
      }
      Message target = e.getTarget();
      long guild = e.getGuild().getIdLong();
      String text = target.getContentRaw();
      Optional<QuestionLocator.Located> l = locator.forMessage(guild, target.getChannel(), target)
          .or(() -> locator.byDefinitions(guild, ChatAnswers.code(text).orElse("")));
      if (l.isEmpty()) {
        e.reply("I can't tell which question that message answers. Use it on an answer in a daily"
            + " question's thread, on a reply to a question, or on code that defines the"
            + " question's function or class; or use `/submit`.").setEphemeral(true).queue();
        return;
      }
      Optional<String> answer = ChatAnswers.answerIn(l.get().question(), text);
      if (answer.isEmpty()) {
        e.reply(ChatAnswers.HOW_TO).setEphemeral(true).queue();
        return;
      }
      // only the author's own answer counts towards points and streaks
      boolean own = target.getAuthor().getIdLong() == e.getUser().getIdLong();
      e.deferReply(!own).queue();
      flow.start(new GradingFlow.Job(l.get().question(), l.get().daily(), guild, target.getAuthor().getIdLong(),
          e.getUser().getIdLong(), answer.get(), own), new InteractionSink(e.getHook()));
    });
  }

  // ------------------------------------------------------------------ buttons

  void onButton(ButtonInteractionEvent e) {
    guarded(e, "button " + e.getComponentId(), () -> {
      if (e.getGuild() == null) {
        return;
      }
      String id = e.getComponentId();
      long guild = e.getGuild().getIdLong();
      long user = e.getUser().getIdLong();
      QuizButtons.Press press = QuizButtons.parse(id);
      if (press != null) {
        OffEventThread.reply(e, true, "quiz answer", () -> quiz(e, press, guild, user));
      } else if (id.startsWith(EXPLAIN_BUTTON)) {
        OffEventThread.edit(e, "reveal", () -> reveal(e, id.substring(EXPLAIN_BUTTON.length()), guild, user));
      } else if (id.equals(FORGET_BUTTON)) {
        OffEventThread.edit(e, "forget-me", () -> {
          ctx.progress().forget(guild, user);
          e.getHook().editOriginal(new MessageEditBuilder()
              .setContent("🗑️ Done: your data in this server is deleted.").setComponents().build()).queue();
        });
      }
    });
  }

  /** The "Reveal the answer" button: records the reveal, then turns the prompt into the explanation. */
  private void reveal(ButtonInteractionEvent e, String questionId, long guild, long user) {
    Optional<Question> q = ctx.questions().find(questionId);
    if (q.isEmpty()) {
      e.getHook().sendMessage("That question no longer exists.").setEphemeral(true).queue();
      return;
    }
    ctx.progress().recordReveal(guild, user, q.get().id());
    e.getHook().editOriginal(new MessageEditBuilder().setContent("Revealed. Points for this question are forfeited.")
        .setEmbeds(Embeds.explanation(q.get())).setComponents().build()).queue();
  }

  private void quiz(ButtonInteractionEvent e, QuizButtons.Press press, long guild, long user) {
    DailyPost daily = ctx.progress().dailyPostByMessageOrThread(guild, e.getMessageIdLong()).orElse(null);
    Answering.QuizPress result = ctx.app().answering().pressQuiz(new Player(guild, user), press.questionId(),
        press.option(), daily);
    e.getHook().editOriginal(DiscordLimits.message(switch (result) {
      case Answering.QuizPress.Unavailable x -> "That quiz is no longer available.";
      case Answering.QuizPress.DayOver over -> "This quiz's day is over. The answer was **"
          + QuizGrading.letter(over.correct()) + "**: " + over.question().options().get(over.correct()).why();
      case Answering.QuizPress.AlreadyAnswered x ->
          "You already answered this quiz: only your first press counts. The tally comes when the day ends.";
      case Answering.QuizPress.Counted c -> counted(c);
    })).queue();
  }

  private static String counted(Answering.QuizPress.Counted c) {
    StringBuilder s = new StringBuilder(c.correct() ? "✅ Correct!" : "❌ Not quite.").append(" You chose **")
        .append(QuizGrading.letter(c.option())).append("**: ").append(c.question().options().get(c.option()).why());
    if (c.award() != null) {
      // a quiz answer counts like any other answer for points and streaks
      if (c.award().totalAwarded() > 0) {
        s.append("\n+").append(c.award().totalAwarded()).append(" points");
      }
      if (c.award().streakCredited()) {
        s.append(c.award().totalAwarded() > 0 ? " · " : "\n").append("🔥 streak ").append(c.award().streakAfter());
      }
      s.append("\n-# The tally is shown when the day ends.");
    }
    return s.toString();
  }

  // ------------------------------------------------------------------ failures

  /** Runs a handler; any failure becomes a short ephemeral message with a logged reference id. */
  static void guarded(IReplyCallback e, String where, Runnable handler) {
    try {
      handler.run();
    } catch (RuntimeException ex) {
      String message = ErrorReference.report(where, ex);
      if (e.isAcknowledged()) {
        e.getHook().sendMessage(message).setEphemeral(true).queue(null, x -> { });
      } else {
        e.reply(message).setEphemeral(true).queue(null, x -> { });
      }
    }
  }
}
