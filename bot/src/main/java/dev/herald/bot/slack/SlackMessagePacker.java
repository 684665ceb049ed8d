package dev.herald.bot.slack;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.List;

/**
 * Packs a heading and cards into messages of at most {@link SlackLimits#MAX_BLOCKS} blocks, a divider between
 * cards. A card moves whole to the next message when it does not fit; only a card longer than a message by itself is
 * cut, between blocks.
 */
final class SlackMessagePacker {
  private SlackMessagePacker() {}

  /**
   * @param text the notification text of every message (safe mrkdwn); later messages say "(continued)"
   */
  static List<SlackMessage> pack(String text, List<ObjectNode> head, List<List<ObjectNode>> cards) {
    return pack(text, head, cards, true);
  }

  /** As {@link #pack}, without dividers: for parts of one list. */
  static List<SlackMessage> packPlain(String text, List<ObjectNode> head, List<List<ObjectNode>> parts) {
    return pack(text, head, parts, false);
  }

  private static List<SlackMessage> pack(String text, List<ObjectNode> head, List<List<ObjectNode>> cards,
      boolean dividers) {
    List<List<ObjectNode>> messages = new ArrayList<>();
    List<ObjectNode> current = new ArrayList<>(head);
    for (List<ObjectNode> card : cards) {
      int divider = current.isEmpty() || !dividers ? 0 : 1;
      if (current.size() + divider + card.size() > SlackLimits.MAX_BLOCKS && !current.isEmpty()) {
        messages.add(current);
        current = new ArrayList<>();
        divider = 0;
      }
      if (divider == 1) current.add(SlackBlocks.divider());
      for (ObjectNode block : card) {
        if (current.size() == SlackLimits.MAX_BLOCKS) {
          messages.add(current);
          current = new ArrayList<>();
        }
        current.add(block);
      }
    }
    if (!current.isEmpty()) messages.add(current);
    List<SlackMessage> out = new ArrayList<>();
    for (int i = 0; i < messages.size(); i++) {
      out.add(SlackMessage.of(i == 0 ? text : text + " (continued)", messages.get(i)));
    }
    return out;
  }
}
