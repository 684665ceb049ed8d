package dev.herald.bot.offline;

import static dev.herald.testing.SeedStory.card;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import com.fasterxml.jackson.databind.JsonNode;
import dev.herald.model.RelatedStory;
import dev.herald.render.BriefingView;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class ViewJsonTest {
  @Test
  void aRelatedStoryShownInTheSameBriefingSaysWhereItIsAndAnotherSaysNothing() {
    BriefingView b = new BriefingView("Daily briefing · Wednesday 18 February", List.of(
        card(1, "Valdoria and Ostmark agree principles in Estenburg talks",
            new RelatedStory(5, "Ostmark closes Kessel Strait for drills"),
            new RelatedStory(9, "Former envoy discusses Valdoria-Ostmark talks")),
        card(5, "Ostmark closes Kessel Strait for drills")), Optional.empty());
    JsonNode related = ViewJson.briefing(b).path("stories").get(0).path("related");
    assertEquals(5, related.get(0).path("id").asLong());
    assertEquals("below", related.get(0).path("place").asText());
    assertEquals(9, related.get(1).path("id").asLong());
    assertFalse(related.get(1).has("place"), related.toString());
  }
}
