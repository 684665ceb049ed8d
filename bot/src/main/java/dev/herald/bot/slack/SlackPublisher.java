package dev.herald.bot.slack;

import com.fasterxml.jackson.databind.node.ObjectNode;
import com.slack.api.Slack;
import com.slack.api.methods.MethodsClient;
import com.slack.api.methods.SlackApiException;
import com.slack.api.methods.SlackApiTextResponse;
import com.slack.api.methods.request.chat.ChatPostMessageRequest;
import com.slack.api.methods.request.chat.ChatUpdateRequest;
import com.slack.api.methods.request.conversations.ConversationsHistoryRequest;
import com.slack.api.methods.response.chat.ChatPostMessageResponse;
import com.slack.api.methods.response.conversations.ConversationsHistoryResponse;
import com.slack.api.model.Message;
import dev.herald.delivery.PublishException;
import dev.herald.delivery.Publisher;
import dev.herald.model.ChannelKey;
import dev.herald.model.Platform;
import dev.herald.render.View;
import java.io.IOException;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * Posts to Slack channels for delivery: {@code chat.postMessage} with the idempotency key in the message metadata,
 * {@code chat.update} for edits, and a look through the channel's recent history for a key after a crash. Never
 * retries: every failure is a classified {@link PublishException}, and all but rate limits are also recorded for
 * {@code /herald status}. Thread-safe.
 */
public final class SlackPublisher implements Publisher {
  /** How many recent messages {@link #findPosted} reads: one page of conversations.history. */
  static final int HISTORY_LIMIT = 100;

  private final Slack slack;
  private final BotTokens tokens;
  private final SlackHealth health;

  public SlackPublisher(Slack slack, BotTokens tokens, SlackHealth health) {
    this.slack = Objects.requireNonNull(slack, "slack == null");
    this.tokens = Objects.requireNonNull(tokens, "tokens == null");
    this.health = Objects.requireNonNull(health, "health == null");
  }

  @Override
  public Platform platform() {
    return Platform.SLACK;
  }

  @Override
  public String post(ChannelKey channel, View view, String key) throws PublishException {
    ObjectNode body = one(SlackPayloads.chatPostMessage(channel.channelId(), view, key), view);
    ChatPostMessageRequest req = ChatPostMessageRequest.builder()
        .channel(channel.channelId())
        .text(body.get("text").asText())
        .blocksAsString(body.get("blocks").toString())
        .metadataAsString(body.get("metadata").toString())
        .linkNames(false)
        .mrkdwn(true)
        .unfurlLinks(false)
        .unfurlMedia(false)
        .build();
    ChatPostMessageResponse r = call(channel, "chat.postMessage", m -> m.chatPostMessage(req));
    return r.getTs();
  }

  @Override
  public void edit(ChannelKey channel, String messageId, View view) throws PublishException {
    ObjectNode body = one(SlackPayloads.chatPostMessage(channel.channelId(), view, "edit"), view);
    ChatUpdateRequest req = ChatUpdateRequest.builder()
        .channel(channel.channelId())
        .ts(messageId)
        .text(body.get("text").asText())
        .blocksAsString(body.get("blocks").toString())
        .linkNames(false)
        .build();
    call(channel, "chat.update", m -> m.chatUpdate(req));
  }

  @Override
  public Optional<String> findPosted(ChannelKey channel, String key) throws PublishException {
    ConversationsHistoryRequest req = ConversationsHistoryRequest.builder()
        .channel(channel.channelId())
        .limit(HISTORY_LIMIT)
        .includeAllMetadata(true)
        .build();
    ConversationsHistoryResponse r = call(channel, "conversations.history", m -> m.conversationsHistory(req));
    if (r.getMessages() == null) return Optional.empty();
    for (Message m : r.getMessages()) {
      Message.Metadata meta = m.getMetadata();
      if (meta != null && SlackPayloads.EVENT_TYPE.equals(meta.getEventType()) && meta.getEventPayload() != null
          && key.equals(String.valueOf(meta.getEventPayload().get("key")))) {
        return Optional.of(m.getTs());
      }
    }
    return Optional.empty();
  }

  private static ObjectNode one(List<ObjectNode> bodies, View view) throws PublishException {
    if (bodies.size() != 1) {
      throw new PublishException(PublishException.Kind.REJECTED, "a " + view.getClass().getSimpleName()
          + " needs " + bodies.size() + " Slack messages; publish one story per message");
    }
    return bodies.get(0);
  }

  @FunctionalInterface
  interface Call<T> {
    T on(MethodsClient methods) throws IOException, SlackApiException;
  }

  private <T extends SlackApiTextResponse> T call(ChannelKey channel, String method, Call<T> call)
      throws PublishException {
    Optional<String> token = tokens.token(channel.workspace());
    if (token.isEmpty()) {
      throw failed(channel, method, new PublishException(PublishException.Kind.LOST_ACCESS,
          "Herald is not installed in Slack workspace " + channel.workspace().id()));
    }
    T response;
    try {
      response = call.on(slack.methods(token.get(), channel.workspace().id()));
    } catch (SlackApiException e) {
      throw failed(channel, method, SlackErrors.fromApiException(method, e));
    } catch (IOException e) {
      throw failed(channel, method, SlackErrors.fromIo(method, e));
    }
    if (!response.isOk()) throw failed(channel, method, SlackErrors.fromError(method, response.getError()));
    return response;
  }

  private PublishException failed(ChannelKey channel, String method, PublishException e) {
    if (e.kind() != PublishException.Kind.RATE_LIMITED) {
      health.failed(channel.workspace(), channel.channelId(), method, e.getMessage());
    }
    return e;
  }
}
