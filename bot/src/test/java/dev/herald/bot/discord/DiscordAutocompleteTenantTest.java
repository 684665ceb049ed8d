package dev.herald.bot.discord;

import static dev.herald.testing.TwoWorkspaces.SECRET;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.herald.chat.Suggestions;
import dev.herald.model.ChannelKey;
import dev.herald.model.Platform;
import dev.herald.testing.TwoWorkspaces;
import java.util.List;
import java.util.TreeSet;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** Autocomplete suggests a workspace only what it may read, even of a story another workspace's feed also reports. */
class DiscordAutocompleteTenantTest {
  final TwoWorkspaces w = new TwoWorkspaces();

  @AfterEach
  void close() {
    w.close();
  }

  List<DiscordAutocomplete.Choice> suggest(ChannelKey channel, String option, String typed) {
    return new DiscordAutocomplete(new Suggestions(() -> new TreeSet<>(List.of("shipping")), w.stores, w.visibility,
        w.clock)).suggest("", option, typed, channel, Long.toString(w.story.id()));
  }

  @Test
  void storiesAndSectionsShowOnlyWhatTheWorkspaceReads() {
    w.acmeReports("acme-1", "Acme Logistics");
    // the tracker may pick the private article's headline as the story's own
    w.stores.stories().setTitle(w.story.id(), "Port Estenburg strike: our shipments delayed, " + SECRET + " plan");
    ChannelKey globex = ChannelKey.of(Platform.DISCORD, "9001", "1");
    ChannelKey otherGuild = ChannelKey.of(Platform.DISCORD, "9002", "1");
    // the fixture's workspaces are Slack teams: the same story seen from Discord guilds reads like Globex's
    for (ChannelKey c : List.of(globex, TwoWorkspaces.GLOBEX_CHANNEL)) {
      List<DiscordAutocomplete.Choice> all = suggest(c, "story", "");
      assertEquals(1, all.size(), all.toString());
      assertFalse(all.toString().contains(SECRET), all.toString());
      assertTrue(suggest(c, "story", SECRET.toLowerCase()).isEmpty(), "found by another workspace's words");
      assertFalse(suggest(c, "section", "").toString().contains(SECRET));
    }
    assertTrue(suggest(TwoWorkspaces.ACME_CHANNEL, "story", SECRET.toLowerCase()).toString().contains(SECRET));
    assertEquals(1, suggest(otherGuild, "story", "").size());
  }
}
