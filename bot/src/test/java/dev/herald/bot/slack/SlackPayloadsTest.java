package dev.herald.bot.slack;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.herald.render.BriefingView;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class SlackPayloadsTest {
  @Test
  void aBriefingIsOneMessagePerStoryTheFirstUnderTheHeading() {
    BriefingView b = new BriefingView("Daily briefing \u00b7 Friday 27 November",
        List.of(SlackViews.seed(), SlackViews.hostile()), Optional.of("Sent late: Herald was offline at 08:00"));
    List<ObjectNode> bodies = SlackPayloads.briefing("C1", b);
    assertEquals(2, bodies.size());
    ObjectNode first = bodies.get(0);
    assertEquals("C1", first.path("channel").asText());
    assertEquals("*Daily briefing \u00b7 Friday 27 November*\nSent late: Herald was offline at 08:00",
        first.path("blocks").get(0).path("elements").get(0).path("text").asText());
    assertEquals("herald_delivery", first.path("metadata").path("event_type").asText());
    assertEquals("story:12:v2", first.path("metadata").path("event_payload").path("key").asText());
    assertEquals("story:66:v1", bodies.get(1).path("metadata").path("event_payload").path("key").asText());
    assertFalse(first.path("unfurl_links").asBoolean());
    assertFalse(first.path("link_names").asBoolean());
    assertTrue(first.path("text").asText().startsWith("Daily briefing \u00b7 Friday 27 November: South Korea"));
    assertFalse(bodies.get(1).path("blocks").toString().contains("Daily briefing"), "only the first has the heading");
  }

  @Test
  void anEmptyBriefingIsOneMessageSayingSo() {
    List<ObjectNode> bodies = SlackPayloads.briefing("C1", new BriefingView("Daily briefing", List.of(),
        Optional.empty()));
    assertEquals(1, bodies.size());
    assertTrue(bodies.get(0).path("blocks").toString().contains("No new stories since the last briefing."));
  }
}
