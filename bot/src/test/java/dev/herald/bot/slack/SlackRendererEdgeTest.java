package dev.herald.bot.slack;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import dev.herald.render.BriefingView;
import dev.herald.render.InfoView;
import dev.herald.render.LookupView;
import dev.herald.render.StoryView;
import dev.herald.render.View;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** Views Slack would reject or show broken: repeated block ids, an empty bold banner, empty lists. */
class SlackRendererEdgeTest {
  static final StoryView SEED = SlackViews.seed();

  static List<SlackMessage> render(View v) {
    return SlackRenderer.render(v, SlackRenderer.Audience.EPHEMERAL);
  }

  @Test
  void aBriefingHoldingTheSameStoryTwiceRepeatsNoBlockId() {
    for (View v : List.<View>of(new BriefingView("Top stories", List.of(SEED, SEED), Optional.empty()),
        new LookupView("ai", "today", List.of(SEED, SEED), ""))) {
      for (SlackMessage m : render(v)) {
        Set<String> ids = new HashSet<>();
        for (JsonNode b : m.blocks()) {
          if (b.has("block_id")) assertTrue(ids.add(b.get("block_id").asText()), "repeated " + b.get("block_id"));
        }
      }
    }
  }

  @Test
  void aBlankBannerShowsNothingRatherThanTwoAsterisks() {
    for (String blank : List.of("", "  ", "\n")) {
      List<SlackMessage> m = SlackRenderer.render(SEED.withBanner(blank), SlackRenderer.Audience.CHANNEL);
      String json = m.get(0).blocksJson();
      assertFalse(json.contains("\"**\"") || json.contains("\"*\\n") || json.contains(":banner"), json);
      assertEquals(SlackRenderer.render(SEED, SlackRenderer.Audience.CHANNEL), m);
    }
  }

  @Test
  void emptyInfoAndLookupViewsAreOneLineNotices() {
    for (View v : List.<View>of(new InfoView("", List.of()), new InfoView("Feeds", List.of()),
        InfoView.of("Feeds", List.of()), new InfoView("", List.of(new InfoView.Block("", List.of("")))),
        new LookupView("ai", "today", List.of(), ""), new LookupView("", "today", List.of(), " "))) {
      List<SlackMessage> m = render(v);
      assertEquals(1, m.size(), v.toString());
      assertFalse(m.get(0).text().isBlank());
    }
  }
}
