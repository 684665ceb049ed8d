package dev.herald.bot.slack;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.List;
import java.util.Objects;

/**
 * One Slack message: Block Kit blocks and the notification text Slack shows where blocks cannot be (notifications,
 * screen readers). Both are safe to send as they are; the blocks respect {@link SlackLimits}.
 */
record SlackMessage(String text, ArrayNode blocks) {
  public SlackMessage {
    Objects.requireNonNull(text, "text == null");
    if (text.isBlank()) throw new IllegalArgumentException("text is blank");
    if (text.length() > SlackLimits.MAX_FALLBACK_TEXT) throw new IllegalArgumentException("text too long");
    blocks = Objects.requireNonNull(blocks, "blocks == null").deepCopy();
    if (blocks.isEmpty()) throw new IllegalArgumentException("no blocks");
    if (blocks.size() > SlackLimits.MAX_BLOCKS) throw new IllegalArgumentException("blocks: " + blocks.size());
  }

  static SlackMessage of(String text, List<ObjectNode> blocks) {
    ArrayNode array = JsonNodeFactory.instance.arrayNode();
    blocks.forEach(array::add);
    return new SlackMessage(text, array);
  }

  /** A copy: the message itself never changes. */
  @Override
  public ArrayNode blocks() {
    return blocks.deepCopy();
  }

  /** The blocks as compact JSON, as Slack's {@code blocks} argument takes them. */
  public String blocksJson() {
    return blocks.toString();
  }
}
