package dev.herald.bot.slack;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.herald.render.BriefingView;
import dev.herald.render.StoryView;
import dev.herald.render.View;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.function.Function;

/**
 * The exact bodies Herald sends to Slack, as the JSON form of each Web API call (Slack takes the same fields as a JSON
 * document or as form fields): pure functions, used by {@link SlackPublisher}, which sends every field as the form
 * field of the same name (objects and arrays as compact JSON text, as the Slack SDK does), and by
 * {@code bot/herald digest --format slack}.
 */
public final class SlackPayloads {
  /** The message metadata event type that carries a delivery's idempotency key. */
  public static final String EVENT_TYPE = "herald_delivery";

  private SlackPayloads() {}

  /** The {@code chat.postMessage} bodies that post {@code view} to {@code channelId}, one per message. */
  public static List<ObjectNode> chatPostMessage(String channelId, View view, String key) {
    List<ObjectNode> out = new ArrayList<>();
    for (SlackMessage m : SlackRenderer.render(view, SlackRenderer.Audience.CHANNEL)) {
      out.add(chatPostMessage(channelId, m, key));
    }
    return out;
  }

  /**
   * A briefing as delivery posts it: one message per story, the first carrying the briefing's heading (and note) as
   * its banner, each with its own idempotency key.
   */
  public static List<ObjectNode> briefing(String channelId, BriefingView b, Function<StoryView, String> keys) {
    List<ObjectNode> out = new ArrayList<>();
    for (StoryView s : b.messages()) {
      out.add(chatPostMessage(channelId, SlackRenderer.card(s, Set.of(), false), keys.apply(s)));
    }
    if (out.isEmpty()) out.addAll(chatPostMessage(channelId, b, "briefing"));
    return out;
  }

  /** A briefing with the default keys {@code story:<id>:v<version>}. */
  public static List<ObjectNode> briefing(String channelId, BriefingView b) {
    return briefing(channelId, b, s -> "story:" + s.storyId() + ":v" + s.version());
  }

  /**
   * The bodies that answer a user's slash command or button with {@code view}: response_url documents, ephemeral,
   * one per message.
   */
  public static List<ObjectNode> interactive(View view) {
    List<ObjectNode> out = new ArrayList<>();
    for (SlackMessage m : SlackRenderer.render(view, SlackRenderer.Audience.EPHEMERAL)) {
      out.add(response(m, "ephemeral", false));
    }
    return out;
  }

  /** The {@code chat.update} body that grows posted card {@code ts} by section {@code index} (its Expand button). */
  public static ObjectNode expandedCard(String channelId, String ts, StoryView card, int index) {
    return chatUpdate(channelId, ts, SlackRenderer.card(card, Set.of(index), false));
  }

  /** The body that posts {@code m}; delivery sends it as the bytes of {@link SlackPostBody}. */
  static ObjectNode chatPostMessage(String channelId, SlackMessage m, String key) {
    return postMessage(message(channelId, m.text(), m.blocks()), key);
  }

  private static ObjectNode postMessage(ObjectNode body, String key) {
    Objects.requireNonNull(key, "key == null");
    body.set("metadata", metadata(key));
    body.put("unfurl_links", false);
    body.put("unfurl_media", false);
    return body;
  }

  /** The {@code chat.update} body that replaces message {@code ts}. */
  static ObjectNode chatUpdate(String channelId, String ts, SlackMessage m) {
    ObjectNode body = JsonNodeFactory.instance.objectNode();
    body.put("channel", channelId);
    body.put("ts", ts);
    body.put("text", m.text());
    body.set("blocks", m.blocks());
    body.put("link_names", false);
    return body;
  }

  /**
   * A response_url body (a JSON document: blocks as an array).
   *
   * @param responseType "ephemeral" or "in_channel"
   * @param replaceOriginal whether it replaces the message the button was on
   */
  static ObjectNode response(SlackMessage m, String responseType, boolean replaceOriginal) {
    ObjectNode body = JsonNodeFactory.instance.objectNode();
    body.put("response_type", responseType);
    body.put("replace_original", replaceOriginal);
    body.put("text", m.text());
    body.set("blocks", m.blocks());
    return body;
  }

  /** {@code {"event_type":"herald_delivery","event_payload":{"key":"..."}}}. */
  static ObjectNode metadata(String key) {
    ObjectNode m = JsonNodeFactory.instance.objectNode();
    m.put("event_type", EVENT_TYPE);
    m.putObject("event_payload").put("key", key);
    return m;
  }

  /** A message body. */
  private static ObjectNode message(String channelId, String text, ArrayNode blocks) {
    ObjectNode body = JsonNodeFactory.instance.objectNode();
    body.put("channel", channelId);
    body.put("text", text);
    body.set("blocks", blocks);
    body.put("link_names", false);
    body.put("mrkdwn", true);
    return body;
  }
}
