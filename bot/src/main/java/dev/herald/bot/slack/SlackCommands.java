package dev.herald.bot.slack;

import com.slack.api.app_backend.slash_commands.payload.SlashCommandPayload;
import com.slack.api.bolt.App;
import com.slack.api.bolt.context.builtin.SlashCommandContext;
import com.slack.api.bolt.request.builtin.SlashCommandRequest;
import com.slack.api.bolt.response.Response;
import dev.herald.chat.Actor;
import dev.herald.chat.ChatCommand;
import dev.herald.chat.ChatCommandParser;
import dev.herald.chat.ChatReply;
import dev.herald.chat.ChatRequest;
import dev.herald.chat.ChatService;
import dev.herald.chat.ChatSyntaxException;
import dev.herald.metrics.HeraldMetrics;
import dev.herald.model.Platform;
import dev.herald.render.NoticeView;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.Executor;
import java.util.concurrent.RejectedExecutionException;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * {@code /brief [query]}, {@code /sources [story]}, {@code /expand <story> <section>} and {@code /herald <command>}:
 * acknowledge at once, then, on a worker, parse the text ({@link ChatCommandParser}), ask {@link ChatService},
 * render and answer through the response URL. Settings commands carry whether the user is a workspace admin or
 * owner; {@code /brief}, {@code /sources} and {@code /expand} never change settings, so they do not ask Slack.
 */
final class SlackCommands {
  /** The slash commands Herald registers, as config/slack-manifest.yaml must list them (a test checks). */
  static final List<String> NAMES = List.of("/brief", "/sources", "/expand", "/herald");
  static final String BUSY = "Herald is busy right now; try again in a minute.";
  static final String FAILED = "Herald could not answer that because of an internal error; it has been logged.";
  private static final Logger log = LoggerFactory.getLogger(SlackCommands.class);

  private final ChatService chat;
  private final SlackResponder responder;
  private final SlackPermissions permissions;
  private final Executor work;
  private final HeraldMetrics metrics;

  SlackCommands(ChatService chat, SlackResponder responder, SlackPermissions permissions, Executor work,
      HeraldMetrics metrics) {
    this.metrics = metrics;
    this.chat = chat;
    this.responder = responder;
    this.permissions = permissions;
    this.work = work;
  }

  void register(App app) {
    for (String name : NAMES) {
      String verb = name.substring(1);
      app.command(name, (req, ctx) -> accept(req, ctx, verb, verb.equals("herald")));
    }
  }

  private Response accept(SlashCommandRequest req, SlashCommandContext ctx, String verb, boolean settings) {
    long received = System.nanoTime();
    try {
      return acknowledge(req, ctx, verb, settings);
    } finally {
      // Bolt writes the acknowledgement when this returns: Herald's share of Slack's three seconds
      metrics.slashAcknowledged(Platform.SLACK, Duration.ofNanos(System.nanoTime() - received));
    }
  }

  private Response acknowledge(SlashCommandRequest req, SlashCommandContext ctx, String verb, boolean settings) {
    SlashCommandPayload p = req.getPayload();
    String team = ctx.getTeamId() != null ? ctx.getTeamId() : p.getTeamId();
    Optional<SlackInteraction> valid = SlackInteraction.of(team, p.getChannelId(), p.getUserId(), ctx.getBotToken(),
        p.getResponseUrl());
    if (valid.isEmpty()) {
      log.warn("refused /{}: no team, channel, user or response_url", verb);
      return SlackInteraction.incomplete();
    }
    SlackInteraction i = valid.get();
    String line = verb + " " + (p.getText() == null ? "" : p.getText());
    try {
      work.execute(() -> run(i, line, settings));
    } catch (RejectedExecutionException e) {
      return ctx.ack(":hourglass: " + BUSY);
    }
    return ctx.ack();
  }

  void run(SlackInteraction i, String line, boolean settings) {
    try (org.slf4j.MDC.MDCCloseable c = org.slf4j.MDC.putCloseable("channel", i.channel().toString())) {
      ChatCommand command = ChatCommandParser.parse(line);
      Actor actor = new Actor(i.userId(), settings && permissions.canManage(i), SlackPermissions.MANAGERS);
      ChatReply reply = chat.handle(new ChatRequest(i.channel(), actor, command));
      SlackRenderer.Audience audience = reply.ephemeral() ? SlackRenderer.Audience.EPHEMERAL
          : SlackRenderer.Audience.CHANNEL;
      responder.respond(i, SlackRenderer.render(reply.view(), audience), reply.ephemeral() ? "ephemeral"
          : "in_channel", false);
    } catch (ChatSyntaxException e) {
      responder.respond(i, SlackRenderer.render(NoticeView.error(e.getMessage()), SlackRenderer.Audience.EPHEMERAL),
          "ephemeral", false);
    } catch (RuntimeException e) {
      log.error("/{} failed for {}", line.split(" ", 2)[0], i, e);
      responder.respond(i, SlackRenderer.render(NoticeView.error(FAILED), SlackRenderer.Audience.EPHEMERAL),
          "ephemeral", false);
    }
  }
}
