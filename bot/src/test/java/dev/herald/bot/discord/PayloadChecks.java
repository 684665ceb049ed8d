package dev.herald.bot.discord;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

/** Discord's documented limits and Herald's safety rules, checked on a message body as sent. */
final class PayloadChecks {
  private static final Pattern LONE_SURROGATE =
      Pattern.compile("[\\ud800-\\udbff](?![\\udc00-\\udfff])|(?<![\\ud800-\\udbff])[\\udc00-\\udfff]");

  private PayloadChecks() {}

  static void assertSendable(JsonNode body) {
    String where = DiscordPayloads.compact(body);
    assertEquals(0, body.path("allowed_mentions").path("parse").size(), "mentions allowed: " + where);
    assertFalse(body.path("allowed_mentions").path("replied_user").asBoolean(true), "replied_user: " + where);
    assertTrue(body.path("content").asText("").length() <= DiscordLimits.CONTENT, "content too long");
    JsonNode embeds = body.path("embeds");
    assertTrue(embeds.size() <= DiscordLimits.EMBEDS, "too many embeds");
    assertTrue(embeds.size() > 0 || !body.path("content").asText("").isEmpty(), "empty message: " + where);
    int total = 0;
    for (JsonNode e : embeds) {
      total += within(e.path("title"), DiscordLimits.TITLE, "title");
      total += within(e.path("description"), DiscordLimits.DESCRIPTION, "description");
      total += within(e.path("author").path("name"), DiscordLimits.AUTHOR, "author");
      total += within(e.path("footer").path("text"), DiscordLimits.FOOTER, "footer");
      assertTrue(e.path("fields").size() <= DiscordLimits.FIELDS, "too many fields");
      for (JsonNode f : e.path("fields")) {
        total += within(f.path("name"), DiscordLimits.FIELD_NAME, "field name");
        total += within(f.path("value"), DiscordLimits.FIELD_VALUE, "field value");
      }
    }
    assertTrue(total <= DiscordLimits.MESSAGE_EMBED_TOTAL, "embeds total " + total);
    JsonNode rows = body.path("components");
    assertTrue(rows.size() <= DiscordLimits.ACTION_ROWS, "too many rows");
    Set<String> ids = new HashSet<>();
    for (JsonNode row : rows) {
      assertTrue(row.path("components").size() <= DiscordLimits.BUTTONS_PER_ROW, "row too long");
      for (JsonNode b : row.path("components")) {
        within(b.path("label"), DiscordLimits.BUTTON_LABEL, "label");
        String id = b.path("custom_id").asText();
        assertTrue(id.length() <= DiscordLimits.CUSTOM_ID, "custom id too long: " + id);
        assertTrue(DiscordCustomId.parse(id).isPresent(), "not a Herald id: " + id);
        assertTrue(ids.add(id), "duplicate custom id " + id);
      }
    }
    assertFalse(LONE_SURROGATE.matcher(where).find(), "a surrogate pair was split");
  }

  /** No feed text can ping, link to a non-http scheme or format: checked on every string of the body. */
  static void assertHarmless(JsonNode body) {
    List<String> texts = new ArrayList<>();
    strings(body, texts);
    for (String text : texts) {
      assertFalse(Pattern.compile("(?i)@(everyone|here)").matcher(text).find(), "mass mention survived: " + text);
      assertFalse(text.contains("<@") || text.contains("<#"), "mention syntax survived: " + text);
      assertFalse(Pattern.compile("(?i)(?<!\\\\)]\\((javascript|data|file):").matcher(text).find(),
          "non-http link: " + text);
      assertFalse(Pattern.compile("(?<!\\\\)]\\(https://evil").matcher(text).find(),
          "feed text made a masked link: " + text);
    }
  }

  private static void strings(JsonNode node, List<String> out) {
    if (node.isTextual()) out.add(node.asText());
    for (JsonNode child : node) strings(child, out);
  }

  private static int within(JsonNode node, int max, String what) {
    String s = node.asText("");
    assertTrue(s.length() <= max, what + " has " + s.length() + " > " + max + ": " + s);
    return s.length();
  }
}
