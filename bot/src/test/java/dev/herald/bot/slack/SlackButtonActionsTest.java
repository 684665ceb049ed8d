package dev.herald.bot.slack;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import dev.herald.render.StoryView;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** A card grown by Expand keeps the message's own lines (banner, change, shared by) where they were. */
class SlackButtonActionsTest {
  @Test
  void aGrownCardKeepsItsBannerChangeAndSharedLines() {
    StoryView seed = SlackViews.seed();
    ArrayNode posted = SlackRenderer.card(seed.withBanner("Daily briefing").withChange("1 more article"), Set.of(),
        false).blocks();
    posted.insert(posted.size() - 1, SlackCards.sharedBy(12, "U123"));
    List<String> ids = ids(SlackButtonActions.grown(seed, Set.of(2), posted));
    assertEquals(List.of("h:12:banner", "h:12:title", "h:12:meta", "h:12:change", "h:12:s0.0", "h:12:s2.0",
        "h:12:sources", "h:12:shared", "h:12:actions"), ids);
    assertEquals(Set.of(0, 2), SlackButtonActions.sectionsShown(
        SlackRenderer.card(seed, Set.of(2), false).blocks(), 12));
  }

  private static List<String> ids(List<? extends JsonNode> blocks) {
    List<String> out = new ArrayList<>();
    for (JsonNode b : blocks) out.add(b.path("block_id").asText());
    return out;
  }
}
