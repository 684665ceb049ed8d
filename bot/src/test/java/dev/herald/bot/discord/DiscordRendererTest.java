package dev.herald.bot.discord;

import static dev.herald.bot.discord.DiscordFixtures.HOSTILE;
import static dev.herald.bot.discord.DiscordFixtures.RAIL;
import static dev.herald.bot.discord.DiscordFixtures.SEED;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import dev.herald.model.Citations;
import dev.herald.model.RelatedStory;
import dev.herald.model.Source;
import dev.herald.render.BriefingView;
import dev.herald.render.InfoView;
import dev.herald.render.LookupView;
import dev.herald.render.NoticeView;
import dev.herald.render.SectionView;
import dev.herald.render.SourcesView;
import dev.herald.render.StoryView;
import dev.herald.render.View;
import dev.herald.testing.Golden;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/** The Discord payloads of every view against reviewed golden JSON, and the limits and safety rules on each. */
class DiscordRendererTest {
  @Test
  void aBriefingStoryIsOneCardWithExpandAndSourcesButtons() {
    StoryView first = RAIL.withBanner("Daily briefing \u00b7 Friday 27 November");
    JsonNode body = golden("briefing-story.json", first).get(0);
    JsonNode embed = body.path("embeds").get(0);
    assertEquals("Daily briefing \u00b7 Friday 27 November", embed.path("author").path("name").asText());
    assertEquals("Rail strike called off after overnight talks", embed.path("title").asText());
    assertTrue(embed.path("description").asText().startsWith("**Updated (3 articles)**\n\n**Deal reached**\n"));
    assertEquals("[1] Harbor Times \u00b7 [2] Techline \u00b7 [3] Northwind Wire \u00b7 story #31",
        embed.path("footer").path("text").asText());
    JsonNode buttons = body.path("components").get(0).path("components");
    assertEquals(List.of("Expand: What the deal includes", "Expand: Reactions", "Sources"),
        List.of(buttons.get(0).path("label").asText(), buttons.get(1).path("label").asText(),
            buttons.get(2).path("label").asText()));
    assertEquals("h1:x:31:1", buttons.get(0).path("custom_id").asText());
    assertEquals("h1:s:31:0", buttons.get(2).path("custom_id").asText());
  }

  @Test
  void aCardNamesTheSourcesItCitesAndCountsTheRest() {
    List<Source> sources = new java.util.ArrayList<>(RAIL.sources());
    sources.add(new Source(4, "r4", "Pacific Daily", "Commuters relieved", "", "https://pacific.example/r4"));
    sources.add(new Source(5, "r5", "Harbor Times", "Timetables back", "", "https://harbor.example/r5"));
    StoryView many = new StoryView(RAIL.storyId(), RAIL.version(), RAIL.title(), 5, RAIL.outlets(), RAIL.sections(),
        sources, RAIL.updatedAt(), Optional.empty(), Optional.empty());
    JsonNode embed = DiscordPayloads.messages(many).get(0).path("embeds").get(0);
    assertEquals("[1] Harbor Times \u00b7 [2] Techline \u00b7 [3] Northwind Wire \u00b7 and 2 more from 2 outlets"
        + " \u00b7 story #31", embed.path("footer").path("text").asText());
  }

  @Test
  void aDeliveredCardCarriesItsNonceAndTheKeysTagOnTheSourcesButton() {
    JsonNode body = DiscordPayloads.post(RAIL.withBanner("Daily briefing \u00b7 Friday 27 November"),
        "briefing:discord:2000000000000000001:3000000000000000001:2026-11-27:31:4");
    Golden.assertMatches(getClass(), "posted-card.json", DiscordPayloads.pretty(body));
    PayloadChecks.assertSendable(body);
    assertEquals(DiscordLimits.NONCE, body.path("nonce").asText().length());
    assertTrue(body.path("enforce_nonce").asBoolean());
    String sources = body.path("components").get(0).path("components").get(2).path("custom_id").asText();
    assertEquals(java.util.Optional.of(DiscordNonce.tag(
        "briefing:discord:2000000000000000001:3000000000000000001:2026-11-27:31:4")),
        DiscordCustomId.parse(sources).orElseThrow().tag());
  }

  @Test
  void aStorysPictureIsTheEmbedsThumbnail() {
    StoryView pictured = new StoryView(RAIL.storyId(), RAIL.version(), RAIL.title(), RAIL.articleCount(),
        RAIL.outlets(), RAIL.sections(), RAIL.sources(), RAIL.updatedAt(), RAIL.banner(), RAIL.change(),
        "https://harbor.example/r1/lead.jpg");
    JsonNode embed = golden("pictured-story.json", pictured).get(0).path("embeds").get(0);
    assertEquals("https://harbor.example/r1/lead.jpg", embed.path("thumbnail").path("url").asText());
    assertTrue(DiscordPayloads.messages(RAIL).get(0).path("embeds").get(0).path("thumbnail").isMissingNode());
  }

  @Test
  void aSingleOutletStorySaysSo() {
    JsonNode embed = DiscordPayloads.messages(SEED).get(0).path("embeds").get(0);
    assertTrue(embed.path("description").asText()
        .startsWith("**Updated (2 articles)** \u00b7 Only Yonhap reports this story so far.\n"), embed.toString());
  }

  @Test
  void aBriefingIsOneMessagePerStoryTheFirstCarryingTheHeading() {
    List<JsonNode> bodies = golden("briefing.json", new BriefingView("Daily briefing \u00b7 Friday 27 November",
        List.of(RAIL, SEED), Optional.of("Sent late: Herald was offline at 08:00")));
    assertEquals(2, bodies.size());
    assertEquals("**Daily briefing \u00b7 Friday 27 November**\nSent late: Herald was offline at 08:00",
        bodies.get(0).path("content").asText());
    assertEquals("", bodies.get(1).path("content").asText());
  }

  @Test
  void anEmptyBriefingSaysNothingIsNew() {
    List<JsonNode> bodies = DiscordPayloads.messages(new BriefingView("Daily briefing", List.of(), Optional.empty()));
    assertEquals("**Daily briefing**\n" + DiscordRenderer.NO_NEW_STORIES, bodies.get(0).path("content").asText());
  }

  @Test
  void anAlertCarriesItsBannerAndWhatChanged() {
    JsonNode embed = golden("alert.json", SEED.withBanner("New on asia").withChange("1 more article: Yonhap"))
        .get(0).path("embeds").get(0);
    assertEquals("New on asia", embed.path("author").path("name").asText());
    assertTrue(embed.path("description").asText().contains("\n*What changed:* 1 more article: Yonhap\n"));
  }

  @Test
  void anExpandedSectionListsTheSourcesItCitesAsLinks() {
    JsonNode body = golden("section.json", new SectionView(SEED, 1)).get(0);
    JsonNode first = body.path("embeds").get(0);
    assertTrue(first.path("description").asText().startsWith(
        "**Humanitarian Channels Target Historical Grievances Between Nations** \u00b7 section 2 of 3\n"));
    String cited = body.path("embeds").get(1).path("fields").get(0).path("value").asText();
    assertTrue(cited.startsWith("**[1]** [Yonhap: Lee tells Takaichi"), cited);
    assertTrue(cited.contains("](https://yonhap.example/2?a=1&b=2)"), cited);
  }

  @Test
  void sourcesKeepTheNumbersUsedInTheTextAsLinks() {
    JsonNode body = golden("sources.json", new SourcesView(31, RAIL.title(), RAIL.sources(), false)).get(0);
    String text = body.path("embeds").get(0).path("description").asText();
    assertTrue(text.contains("**[1]** [Harbor Times: Rail strike off](https://harbor.example/r1) \u2014 Talks ended"),
        text);
    assertTrue(text.contains("**[2]** [Techline: Pay deal ends rail dispute](https://techline.example/r2)\n"), text);
    assertTrue(text.contains("**[3]** [Northwind Wire: Trains back Monday](http://northwind.example/r3)"), text);
    assertEquals("Sources (3 articles)", body.path("embeds").get(0).path("title").asText());
  }

  @Test
  void aLookupShowsTheHeadingThenOneCardPerStory() {
    List<JsonNode> bodies = golden("lookup.json", new LookupView("rail", "this week", List.of(RAIL), "unused"));
    assertEquals("**1 story on \u201crail\u201d (this week)**", bodies.get(0).path("content").asText());
  }

  @Test
  void aLookupWithoutResultsShowsItsHint() {
    golden("lookup-empty.json", new LookupView("volcano", "today", List.of(),
        "Nothing matched \u201cvolcano\u201d (today). Try fewer words or /herald topics."));
  }

  @Test
  void noticesHaveOneEmbedEach() {
    golden("notice-error.json", NoticeView.error("Only members with the Manage Channel permission can change"
        + " Herald's settings here."));
    golden("notice-warning.json", NoticeView.warning("Feed Harbor Times failed 3 times: HTTP 503."));
    golden("notice-success.json", NoticeView.success("Daily briefing at 08:00 Europe/London."));
    golden("notice-info.json", NoticeView.info("This channel has no daily briefing. Set one with /herald schedule"
        + " 08:00 UTC."));
  }

  @Test
  void infoBlocksBecomeFields() {
    golden("info.json", new InfoView("Herald status", List.of(
        new InfoView.Block("Feeds", List.of("Harbor Times: ok, 12 items", "Techline: failing (HTTP 503) since 07:10")),
        new InfoView.Block("Discord", List.of("connected, 1 shard")))));
  }

  @Test
  void feedTextCannotPingFormatOrLink() {
    for (View v : List.of(HOSTILE, new SectionView(HOSTILE, 0), new SectionView(HOSTILE, 1),
        new SourcesView(66, HOSTILE.title(), HOSTILE.sources(), false),
        new LookupView("@everyone <@1>", "today", List.of(HOSTILE), "x"),
        new LookupView("@everyone <@1>", "today", List.of(), "Nothing matched \u201c@everyone <@&1>\u201d."),
        NoticeView.error("Unknown topic \u201c@here <#1>\u201d."),
        new InfoView("@everyone", List.of(new InfoView.Block("<@1>", List.of("[x](javascript:y) @here")))))) {
      for (JsonNode body : DiscordPayloads.messages(v)) {
        PayloadChecks.assertSendable(body);
        PayloadChecks.assertHarmless(body);
      }
    }
    JsonNode embed = DiscordPayloads.messages(HOSTILE).get(0).path("embeds").get(0);
    assertEquals("@\u200beveryone \\*\\*BREAKING\\*\\* \\<\u200b@123456789012345678\\> \\[click me\\](https://evil.example)"
        + " \\|\\|spoiler\\|\\|", embed.path("title").asText());
    String sources = DiscordPayloads.messages(new SourcesView(66, "t", HOSTILE.sources(), false)).get(0)
        .path("embeds").get(0).path("description").asText();
    assertTrue(sources.contains("**[1]** @\u200bhere News: Ping \\<\u200b@&222222222222222222\\> \u2014"), sources);
    assertTrue(sources.contains("](https://ok.example/a_%28b%29)"), sources);
  }

  @Test
  void everyPayloadStaysWithinDiscordsLimits() {
    StoryView huge = DiscordFixtures.huge();
    for (View v : List.of(huge, new SectionView(huge, 3), new SourcesView(99, huge.title(), huge.sources(), false),
        new BriefingView("B".repeat(3000), List.of(huge, huge), Optional.of("N".repeat(3000))),
        new LookupView("q".repeat(3000), "today", List.of(huge), "x"),
        NoticeView.error("E".repeat(10_000)),
        new InfoView("I".repeat(500), List.of(new InfoView.Block("H".repeat(400),
            java.util.Collections.nCopies(400, "line ".repeat(60))))))) {
      List<JsonNode> bodies = DiscordPayloads.messages(v);
      assertFalse(bodies.isEmpty());
      for (JsonNode body : bodies) PayloadChecks.assertSendable(body);
    }
  }

  @Test
  void emptyPartsStillMakeASendableMessage() {
    for (View v : List.of(new InfoView("", List.of()), new InfoView("", List.of(new InfoView.Block("", List.of("")))),
        new LookupView("x", "today", List.of(), ""), SEED.withBanner(" "),
        new BriefingView("Daily briefing", List.of(), Optional.of("Herald was offline.")))) {
      for (JsonNode body : DiscordPayloads.messages(v)) PayloadChecks.assertSendable(body);
    }
  }

  @Test
  void truncationKeepsCitationMarkersWhole() {
    StoryView huge = DiscordFixtures.huge();
    JsonNode card = DiscordPayloads.messages(huge).get(0);
    String description = card.path("embeds").get(0).path("description").asText();
    assertTrue(description.endsWith(DiscordCards.SHORTENED), description);
    assertMarkersWhole(description);
    // the first section was shortened, so the card offers it in full
    assertEquals("h1:x:99:0", card.path("components").get(0).path("components").get(0).path("custom_id").asText());
    for (JsonNode body : DiscordPayloads.messages(new SectionView(huge, 0))) {
      for (JsonNode e : body.path("embeds")) {
        if (e.has("description")) assertMarkersWhole(e.path("description").asText());
      }
    }
  }

  @Test
  void aLongSectionContinuesInFurtherEmbedsLosingNoSentence() {
    StoryView huge = DiscordFixtures.huge();
    StringBuilder all = new StringBuilder();
    for (JsonNode body : DiscordPayloads.messages(new SectionView(huge, 2))) {
      for (JsonNode e : body.path("embeds")) all.append(e.path("description").asText()).append(' ');
    }
    for (int i = 0; i < 40; i++) {
      assertTrue(all.indexOf("Sentence " + i + " of section 2 says") >= 0, "sentence " + i + " lost");
    }
  }

  private static void assertMarkersWhole(String text) {
    // every '[' that opens a citation ends as [digits]; a cut marker would leave "[12" or "[" at the end
    Matcher m = Pattern.compile("(?<!\\\\)\\[(\\d*)(\\]?)").matcher(text);
    while (m.find()) {
      if (m.group(1).isEmpty()) continue; // a masked link's label, not a citation
      assertEquals("]", m.group(2), "cut citation at " + m.start() + " in " + text);
    }
    assertFalse(Citations.numbers(text).isEmpty(), "no citations at all");
  }

  private List<JsonNode> golden(String name, View view) {
    List<JsonNode> bodies = DiscordPayloads.messages(view);
    ArrayNode array = JsonNodeFactory.instance.arrayNode();
    bodies.forEach(array::add);
    Golden.assertMatches(getClass(), name, DiscordPayloads.pretty(array));
    for (JsonNode body : bodies) {
      PayloadChecks.assertSendable(body);
      PayloadChecks.assertHarmless(body);
    }
    return bodies;
  }

  @Test
  void relatedStoriesAreAFieldOfTheCardAndTheLastLineOfTheSources() {
    List<RelatedStory> related = List.of(new RelatedStory(698, "Iran holds drills in the Strait of Hormuz"),
        new RelatedStory(722, "Russia-Ukraine talks in Geneva"));
    JsonNode embed = DiscordPayloads.messages(SEED.withRelated(related)).get(0).path("embeds").get(0);
    JsonNode field = embed.path("fields").get(0);
    assertEquals("Related", field.path("name").asText());
    assertEquals("#698 Iran holds drills in the Strait of Hormuz \u00b7 #722 Russia-Ukraine talks in Geneva",
        field.path("value").asText());
    assertTrue(DiscordPayloads.messages(SEED).get(0).path("embeds").get(0).path("fields").isEmpty()
        || DiscordPayloads.messages(SEED).get(0).path("embeds").get(0).path("fields").isMissingNode());
    String sources = DiscordPayloads.messages(new SourcesView(31, RAIL.title(), RAIL.sources(), false, related))
        .get(0).path("embeds").get(0).path("description").asText();
    assertTrue(sources.endsWith("\n**Related:** #698 Iran holds drills in the Strait of Hormuz \u00b7 #722 "
        + "Russia-Ukraine talks in Geneva"), sources);
  }
}
