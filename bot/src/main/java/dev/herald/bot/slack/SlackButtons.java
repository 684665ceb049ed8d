package dev.herald.bot.slack;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.slack.api.app_backend.interactive_components.payload.BlockActionPayload;
import com.slack.api.app_backend.util.JsonPayloadExtractor;
import com.slack.api.bolt.App;
import com.slack.api.bolt.context.builtin.ActionContext;
import com.slack.api.bolt.request.builtin.BlockActionRequest;
import com.slack.api.bolt.response.Response;
import java.io.IOException;
import java.util.concurrent.Executor;
import java.util.concurrent.RejectedExecutionException;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Herald's buttons ({@link SlackAction}): acknowledge at once, then act on a worker ({@link SlackButtonActions}).
 * A click carries the clicked message's blocks, which tell which sections a card already shows.
 */
final class SlackButtons {
  private static final Logger log = LoggerFactory.getLogger(SlackButtons.class);
  private static final ObjectMapper JSON = new ObjectMapper();

  /** A click: the action, where, and the clicked message (its ts and blocks; both empty for ephemeral messages). */
  record Click(SlackAction action, SlackInteraction interaction, boolean ephemeral, String messageTs, JsonNode blocks) {}

  private final SlackButtonActions actions;
  private final Executor work;

  SlackButtons(SlackButtonActions actions, Executor work) {
    this.actions = actions;
    this.work = work;
  }

  void register(App app) {
    app.blockAction(SlackAction.ACTION_ID, this::accept);
  }

  private Response accept(BlockActionRequest req, ActionContext ctx) {
    BlockActionPayload p = req.getPayload();
    if (p.getActions() == null || p.getActions().isEmpty()) return ctx.ack();
    SlackAction action;
    try {
      action = SlackAction.parse(p.getActions().get(0).getActionId());
    } catch (IllegalArgumentException e) {
      log.warn("ignoring a click: {}", e.getMessage());
      return ctx.ack();
    }
    BlockActionPayload.Container c = p.getContainer();
    boolean ephemeral = c == null || c.isEphemeral() || p.getMessage() == null;
    String channel = p.getChannel() != null ? p.getChannel().getId() : c == null ? "" : c.getChannelId();
    String team = ctx.getTeamId() != null ? ctx.getTeamId() : p.getTeam() == null ? null : p.getTeam().getId();
    Optional<SlackInteraction> valid = SlackInteraction.of(team, channel, p.getUser() == null ? null : p.getUser().getId(),
        ctx.getBotToken(), p.getResponseUrl());
    if (valid.isEmpty()) {
      log.warn("refused a click: no team, channel, user or response_url");
      return SlackInteraction.incomplete();
    }
    SlackInteraction i = valid.get();
    String ts = ephemeral || c == null ? "" : c.getMessageTs();
    JsonNode blocks = ephemeral ? JSON.createArrayNode() : messageBlocks(req.getRequestBodyAsString());
    try {
      work.execute(() -> actions.run(new Click(action, i, ephemeral, ts, blocks)));
    } catch (RejectedExecutionException e) {
      log.warn("interaction workers are full; dropped {} by {}", action.encode(), i);
    }
    return ctx.ack();
  }

  /** The clicked message's blocks as Slack sent them (a form field over HTTP, the body itself in Socket Mode). */
  static JsonNode messageBlocks(String requestBody) {
    String json = requestBody.startsWith("{") ? requestBody : new JsonPayloadExtractor().extractIfExists(requestBody);
    if (json == null) return JSON.createArrayNode();
    try {
      JsonNode root = JSON.readTree(json);
      JsonNode payload = root.has("payload") && root.get("payload").isObject() ? root.get("payload") : root;
      JsonNode blocks = payload.path("message").path("blocks");
      return blocks.isArray() ? blocks : JSON.createArrayNode();
    } catch (IOException e) {
      return JSON.createArrayNode();
    }
  }
}
