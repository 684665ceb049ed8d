package dev.herald.bot.slack;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.List;

/**
 * Block Kit JSON, one block at a time. Callers pass text already made safe ({@link SlackText}) and within the
 * limits; a text over a limit here is a renderer bug and throws. Every mrkdwn object is {@code verbatim}, so Slack
 * never turns plain words into links or mentions.
 */
final class SlackBlocks {
  private static final JsonNodeFactory JSON = JsonNodeFactory.instance;

  private SlackBlocks() {}

  static ObjectNode header(String blockId, String plainText) {
    ObjectNode b = block("header", blockId);
    b.set("text", plain(plainText, SlackLimits.MAX_HEADER));
    return b;
  }

  static ObjectNode section(String blockId, String mrkdwn) {
    ObjectNode b = block("section", blockId);
    b.set("text", mrkdwn(mrkdwn));
    return b;
  }

  /** An image element (a section's accessory); {@code alt} is plain text, cut to Slack's limit. */
  static ObjectNode image(String url, String alt) {
    ObjectNode i = JSON.objectNode();
    i.put("type", "image");
    i.put("image_url", url);
    i.put("alt_text", SlackText.truncate(alt.isBlank() ? "story image" : alt, SlackLimits.MAX_ALT_TEXT));
    return i;
  }

  static ObjectNode context(String blockId, List<String> mrkdwnElements) {
    if (mrkdwnElements.isEmpty() || mrkdwnElements.size() > SlackLimits.MAX_CONTEXT_ELEMENTS) {
      throw new IllegalArgumentException("context elements: " + mrkdwnElements.size());
    }
    ObjectNode b = block("context", blockId);
    ArrayNode elements = b.putArray("elements");
    for (String e : mrkdwnElements) elements.add(mrkdwn(e));
    return b;
  }

  static ObjectNode divider() {
    return block("divider", null);
  }

  static ObjectNode actions(String blockId, List<ObjectNode> buttons) {
    if (buttons.isEmpty() || buttons.size() > SlackLimits.MAX_ACTIONS) {
      throw new IllegalArgumentException("actions elements: " + buttons.size());
    }
    ObjectNode b = block("actions", blockId);
    b.putArray("elements").addAll(buttons);
    return b;
  }

  /** A button whose action id and value are the encoded action; {@code style} is "primary" or null. */
  static ObjectNode button(String plainLabel, SlackAction action, String style) {
    String id = action.encode();
    check(id, SlackLimits.MAX_ACTION_ID, "action_id");
    check(id, SlackLimits.MAX_BUTTON_VALUE, "value");
    ObjectNode b = JSON.objectNode();
    b.put("type", "button");
    b.set("text", plain(plainLabel, SlackLimits.MAX_BUTTON_LABEL));
    b.put("action_id", id);
    b.put("value", id);
    if (style != null) b.put("style", style);
    return b;
  }

  static ObjectNode mrkdwn(String text) {
    check(text, SlackLimits.MAX_TEXT, "mrkdwn text");
    ObjectNode t = JSON.objectNode();
    t.put("type", "mrkdwn");
    t.put("text", text);
    t.put("verbatim", true);
    return t;
  }

  static ObjectNode plain(String text, int max) {
    check(text, max, "plain_text");
    ObjectNode t = JSON.objectNode();
    t.put("type", "plain_text");
    t.put("text", text);
    t.put("emoji", false);
    return t;
  }

  private static ObjectNode block(String type, String blockId) {
    ObjectNode b = JSON.objectNode();
    b.put("type", type);
    if (blockId != null) {
      check(blockId, SlackLimits.MAX_ACTION_ID, "block_id");
      b.put("block_id", blockId);
    }
    return b;
  }

  private static void check(String text, int max, String what) {
    if (text.isEmpty()) throw new IllegalArgumentException(what + " is empty");
    if (text.length() > max) throw new IllegalArgumentException(what + " longer than " + max + ": " + text.length());
  }
}
