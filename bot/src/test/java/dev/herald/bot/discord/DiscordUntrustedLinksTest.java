package dev.herald.bot.discord;

import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import dev.herald.bot.checks.UntrustedText;
import dev.herald.render.View;
import dev.herald.testing.HostileStory;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Feed text in Discord: no masked link whose text names another place, no user-info links. */
class DiscordUntrustedLinksTest {
  @Test
  void noMaskedLinkTextNamesAnotherPlaceAndNoLinkCarriesUserInfo() {
    List<String> texts = new ArrayList<>();
    for (View v : HostileStory.views()) {
      for (JsonNode body : DiscordPayloads.messages(v)) texts.addAll(UntrustedText.strings(body));
    }
    assertTrue(UntrustedText.assertDiscordLinksHonest(texts) > 0, "honest links are still links");
  }
}
