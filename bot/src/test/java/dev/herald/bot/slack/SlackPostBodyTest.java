package dev.herald.bot.slack;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.ObjectMapper;
import dev.herald.render.StoryView;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** The body written once per message is, for every channel and key, the bytes of the body written whole. */
class SlackPostBodyTest {
  static final ObjectMapper JSON = new ObjectMapper();

  @Test
  void theSameBytesAsTheTreeForEveryChannelAndKey() throws Exception {
    StoryView umlauts = SlackViews.seed().withBanner("Tägliche Übersicht \u2014 \"Morgen\" \\ \ud83d\udcf0 \u0007");
    for (StoryView v : List.of(SlackViews.seed(), SlackViews.hostile(), umlauts)) {
      SlackMessage m = SlackRenderer.card(v, Set.of(), false);
      SlackPostBody body = new SlackPostBody(m);
      for (String[] ck : new String[][] {{"C1", "story:66:v1"}, {"C0ABCDEF12", "briefing:2026-12-07:12:v2"},
          {"C\"quoted\\", "key with \"quotes\", \\ and \n\u0001 and \u00e9\ud83d\ude00"}}) {
        byte[] tree = JSON.writeValueAsBytes(SlackPayloads.chatPostMessage(ck[0], m, ck[1]));
        assertArrayEquals(tree, body.to(ck[0], ck[1]), new String(tree, StandardCharsets.UTF_8));
      }
    }
  }

  @Test
  void theBodyCarriesTheChannelTheKeyAndTheWholeMessage() throws Exception {
    SlackMessage m = SlackRenderer.card(SlackViews.hostile(), Set.of(), false);
    var json = JSON.readTree(new SlackPostBody(m).to("C9", "story:66:v1"));
    assertEquals("C9", json.path("channel").asText());
    assertEquals("story:66:v1", json.path("metadata").path("event_payload").path("key").asText());
    assertEquals(m.blocks(), json.path("blocks"));
    assertEquals(m.text(), json.path("text").asText());
    assertTrue(json.toString().length() > 500, "a real card, not an empty one");
    assertEquals(false, json.path("link_names").asBoolean(true), "names in feed text are never linked");
  }
}
