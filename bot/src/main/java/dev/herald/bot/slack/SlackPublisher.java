package dev.herald.bot.slack;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.herald.delivery.PublishException;
import dev.herald.delivery.Publisher;
import dev.herald.model.ChannelKey;
import dev.herald.model.Platform;
import dev.herald.render.View;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * Posts to Slack channels for delivery: {@code chat.postMessage} with the idempotency key in the message metadata,
 * {@code chat.update} for edits, and a look through the channel's recent history for a key after a crash. Sends
 * exactly the bodies of {@link SlackPayloads} as JSON through {@link SlackWebApi}. Never retries: every failure is a
 * classified {@link PublishException}, and all but rate limits are also recorded for {@code /herald status}.
 * Thread-safe.
 */
final class SlackPublisher implements Publisher {
  /** How many recent messages {@link #findPosted} reads: one page of conversations.history. */
  static final int HISTORY_LIMIT = 100;
  /** Views whose Block Kit is kept: a briefing posts the same few story cards to every channel. */
  static final int RENDERED_VIEWS = 64;
  /** The top-level field of chat.postMessage's answer that a post reads (with ok and error). */
  private static final Set<String> POSTED = Set.of("ts");

  private final SlackWebApi api;
  private final SlackBotTokens tokens;
  private final SlackHealth health;

  /** A rendered channel message with its chat.postMessage body written once, for every channel it is posted to. */
  private record Card(SlackMessage message, SlackPostBody body) {
    Card(SlackMessage message) {
      this(message, new SlackPostBody(message));
    }
  }

  /** A view as a key by identity: delivery sends one view instance to many channels (its cards, see CardViews). */
  private record Same(View view) {
    @Override
    public boolean equals(Object o) {
      return o instanceof Same s && s.view == view;
    }

    @Override
    public int hashCode() {
      return System.identityHashCode(view);
    }
  }

  /** Rendered views by value; guarded by itself, as is {@link #renderedSame}. */
  private final Map<View, List<Card>> rendered = lru();
  /** The same, by instance: found without hashing the whole view (every section and source) for each post. */
  private final Map<Same, List<Card>> renderedSame = lru();

  private static <K> Map<K, List<Card>> lru() {
    return new LinkedHashMap<>(16, 0.75f, true) {
      @Override
      protected boolean removeEldestEntry(Map.Entry<K, List<Card>> eldest) {
        return size() > RENDERED_VIEWS;
      }
    };
  }

  public SlackPublisher(SlackWebApi api, SlackBotTokens tokens, SlackHealth health) {
    this.api = Objects.requireNonNull(api, "api == null");
    this.tokens = Objects.requireNonNull(tokens, "tokens == null");
    this.health = Objects.requireNonNull(health, "health == null");
  }

  @Override
  public Platform platform() {
    return Platform.SLACK;
  }

  @Override
  public String post(ChannelKey channel, View view, String key) throws PublishException {
    byte[] body = single(render(view), view).body().to(channel.channelId(), key);
    JsonNode r = call(channel, "chat.postMessage", (t) -> api.postJson("chat.postMessage", t, body, POSTED));
    String ts = r.path("ts").asText("");
    if (ts.isEmpty()) {
      // posted, but Herald cannot tell which message it is: delivery looks it up by key before posting again
      throw failed(channel, "chat.postMessage", new PublishException(PublishException.Kind.TRANSIENT,
          "Slack chat.postMessage: ok without a ts"));
    }
    return ts;
  }

  @Override
  public void edit(ChannelKey channel, String messageId, View view) throws PublishException {
    SlackMessage m = single(render(view), view).message();
    ObjectNode body = SlackPayloads.chatUpdate(channel.channelId(), messageId, m);
    call(channel, "chat.update", (t) -> api.postJson("chat.update", t, body));
  }

  @Override
  public Optional<String> findPosted(ChannelKey channel, String key) throws PublishException {
    Map<String, String> form = Map.of("channel", channel.channelId(), "limit", Integer.toString(HISTORY_LIMIT),
        "include_all_metadata", "true");
    JsonNode r = call(channel, "conversations.history", (t) -> api.postForm("conversations.history", t, form));
    for (JsonNode m : r.path("messages")) {
      JsonNode meta = m.path("metadata");
      if (SlackPayloads.EVENT_TYPE.equals(meta.path("event_type").asText(null))
          && key.equals(meta.path("event_payload").path("key").asText(null))) {
        return Optional.of(m.path("ts").asText());
      }
    }
    return Optional.empty();
  }

  /**
   * The view as channel messages, rendered and written as JSON once per distinct view (views are values; messages
   * are immutable).
   */
  private List<Card> render(View view) {
    Same same = new Same(view);
    synchronized (rendered) {
      List<Card> hit = renderedSame.get(same);
      if (hit != null) return hit;
      hit = rendered.get(view);
      if (hit != null) {
        renderedSame.put(same, hit);
        return hit;
      }
    }
    List<Card> messages = SlackRenderer.render(view, SlackRenderer.Audience.CHANNEL).stream().map(Card::new).toList();
    synchronized (rendered) {
      rendered.put(view, messages);
      renderedSame.put(same, messages);
    }
    return messages;
  }

  private static Card single(List<Card> messages, View view) throws PublishException {
    if (messages.size() != 1) throw tooBig(messages.size(), view);
    return messages.get(0);
  }

  private static PublishException tooBig(int messages, View view) {
    return new PublishException(PublishException.Kind.REJECTED, "a " + view.getClass().getSimpleName()
        + " needs " + messages + " Slack messages; publish one story per message");
  }

  @FunctionalInterface
  private interface Call {
    JsonNode with(String token) throws PublishException;
  }

  private JsonNode call(ChannelKey channel, String method, Call call) throws PublishException {
    Optional<String> token = tokens.token(channel.workspace());
    if (token.isEmpty()) {
      throw failed(channel, method, new PublishException(PublishException.Kind.LOST_ACCESS,
          "Herald is not installed in Slack workspace " + channel.workspace().id()));
    }
    try {
      return call.with(token.get());
    } catch (PublishException e) {
      throw failed(channel, method, e);
    }
  }

  private PublishException failed(ChannelKey channel, String method, PublishException e) {
    if (e.kind() != PublishException.Kind.RATE_LIMITED) {
      health.failed(channel.workspace(), channel.channelId(), method, e.getMessage());
    }
    return e;
  }
}
