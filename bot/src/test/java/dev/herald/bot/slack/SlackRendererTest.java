package dev.herald.bot.slack;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.herald.model.RelatedStory;
import dev.herald.model.Section;
import dev.herald.model.Sentence;
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
import java.util.Set;
import org.junit.jupiter.api.Test;

/** The Block Kit of every view, against golden files (regenerate with -Dherald.golden.update=true, then review). */
class SlackRendererTest {
  static final ObjectMapper JSON = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);
  static final StoryView SEED = SlackViews.seed();

  @Test
  void aBriefingStoryCard() {
    List<SlackMessage> m = SlackRenderer.render(SEED.withBanner("Daily briefing \u00b7 Friday 27 November"),
        SlackRenderer.Audience.CHANNEL);
    golden("briefing-story-card.json", m);
    JsonNode blocks = m.get(0).blocks();
    assertEquals("context", blocks.get(0).path("type").asText());
    assertEquals(SEED.title(), blocks.get(1).path("text").path("text").asText());
    assertEquals("Updated (2 articles)", blocks.get(2).path("elements").get(0).path("text").asText());
    assertEquals("Only Yonhap reports this story so far.", blocks.get(2).path("elements").get(1).path("text")
        .asText());
    assertTrue(blocks.get(3).path("text").path("text").asText().startsWith(
        "*Lee and Takaichi Emphasize Heightened Bilateral Cooperation*\nPresident Lee conveyed"));
    assertEquals("*Sources:* [1] Yonhap \u00b7 [2] Yonhap", blocks.get(4).path("elements").get(0).path("text").asText());
    JsonNode buttons = blocks.get(5).path("elements");
    assertEquals("Expand: Humanitarian Channels Target Historical Grievances Between Nations",
        buttons.get(0).path("text").path("text").asText());
    assertEquals("Sources", buttons.get(2).path("text").path("text").asText());
    assertEquals(3, buttons.size(), "no share button in a channel");
  }

  @Test
  void aCardNamesTheSourcesItCitesAndCountsTheRest() {
    List<dev.herald.model.Source> sources = new java.util.ArrayList<>(SEED.sources());
    sources.add(new dev.herald.model.Source(3, "y3", "Kyodo", "Leaders meet", "", "https://kyodo.example/3"));
    sources.add(new dev.herald.model.Source(4, "y4", "NHK World", "Summit ends", "", "https://nhk.example/4"));
    sources.add(new dev.herald.model.Source(5, "y5", "Kyodo", "What comes next", "", "https://kyodo.example/5"));
    StoryView many = new StoryView(SEED.storyId(), SEED.version(), SEED.title(), 5, SEED.outlets(), SEED.sections(),
        sources, SEED.updatedAt(), SEED.banner(), SEED.change());
    JsonNode blocks = SlackRenderer.render(many, SlackRenderer.Audience.CHANNEL).get(0).blocks();
    JsonNode line = null;
    for (JsonNode b : blocks) if (b.path("block_id").asText().endsWith(":sources")) line = b;
    assertEquals("*Sources:* [1] Yonhap \u00b7 [2] Yonhap \u00b7 and 3 more from 2 outlets",
        line.path("elements").get(0).path("text").asText());
  }

  @Test
  void aStorysPictureSitsBesideItsFirstSection() {
    StoryView pictured = new StoryView(SEED.storyId(), SEED.version(), SEED.title(), SEED.articleCount(),
        SEED.outlets(), SEED.sections(), SEED.sources(), SEED.updatedAt(), SEED.banner(), SEED.change(),
        "https://img.yonhap.example/lead.jpg");
    List<SlackMessage> m = SlackRenderer.render(pictured, SlackRenderer.Audience.CHANNEL);
    golden("pictured-story-card.json", m);
    JsonNode first = m.get(0).blocks().get(2);
    assertEquals("image", first.path("accessory").path("type").asText());
    assertEquals("https://img.yonhap.example/lead.jpg", first.path("accessory").path("image_url").asText());
    assertEquals(SEED.title(), first.path("accessory").path("alt_text").asText());
    for (int i = 3; i < m.get(0).blocks().size(); i++) {
      assertTrue(m.get(0).blocks().get(i).path("accessory").isMissingNode(), "one picture per card");
    }
    assertTrue(SlackRenderer.render(SEED, SlackRenderer.Audience.CHANNEL).get(0).blocks().get(2).path("accessory")
        .isMissingNode(), "no picture, no accessory");
  }

  @Test
  void citationsLinkToTheirSources() {
    String text = SlackRenderer.render(SEED, SlackRenderer.Audience.CHANNEL).get(0).blocks().get(2).path("text")
        .path("text").asText();
    assertTrue(text.contains("more critical than ever <https://yonhap.example/1|[1]>."), text);
    assertTrue(text.contains("collaboration <https://yonhap.example/2?a=1&amp;b=2|[2]>."), text);
  }

  @Test
  void anAlert() {
    golden("alert.json", SlackRenderer.render(SEED.withBanner("New on diplomacy: a story is breaking"),
        SlackRenderer.Audience.CHANNEL));
  }

  @Test
  void aLivingStoryEditSaysWhatChanged() {
    List<SlackMessage> m = SlackRenderer.render(SEED.withChange("1 more article: Yonhap"),
        SlackRenderer.Audience.CHANNEL);
    golden("living-story-edit.json", m);
    assertEquals("*What changed:* 1 more article: Yonhap", m.get(0).blocks().get(2).path("elements").get(0)
        .path("text").asText());
  }

  @Test
  void anExpandedCardShowsItsSectionsInOrderWithoutTheirButtons() {
    SlackMessage m = SlackRenderer.card(SEED, Set.of(2), false);
    golden("expanded-card.json", List.of(m));
    String json = m.blocksJson();
    assertTrue(json.contains("\"block_id\":\"h:12:s2.0\""));
    assertFalse(json.contains("herald:expand:12:2"));
    assertTrue(json.contains("herald:expand:12:1"));
  }

  @Test
  void anExpandedSection() {
    golden("expanded-section.json", SlackRenderer.render(new SectionView(SEED, 1), SlackRenderer.Audience.EPHEMERAL));
  }

  @Test
  void aSourceList() {
    List<SlackMessage> m = SlackRenderer.render(new SourcesView(12, SEED.title(), SEED.sources(), true),
        SlackRenderer.Audience.EPHEMERAL);
    golden("sources.json", m);
    String text = m.get(0).blocks().get(2).path("text").path("text").asText();
    assertTrue(text.startsWith("*[1]* <https://yonhap.example/1|Lee tells Takaichi"), text);
    assertTrue(text.contains("\n\n*[2]* <https://yonhap.example/2?a=1&amp;b=2|Blue House"), text);
  }

  @Test
  void aLookupOffersShareInChannel() {
    StoryView second = new StoryView(13, 1, "Storm Isolde hits coast", 1, List.of("Northwind Wire"),
        List.of(new Section("Landfall", List.of(new Sentence("The storm made landfall at dawn.", List.of(1))))),
        List.of(new dev.herald.model.Source(1, "s1", "Northwind Wire", "Storm makes landfall", "",
            "https://northwind.example/s1")), SlackViews.AT, Optional.empty(), Optional.empty());
    List<SlackMessage> m = SlackRenderer.render(new LookupView("korea", "this week", List.of(SEED, second), ""),
        SlackRenderer.Audience.EPHEMERAL);
    golden("lookup.json", m);
    assertTrue(m.get(0).blocksJson().contains("\"action_id\":\"herald:share:12\""));
    assertTrue(m.get(0).blocksJson().contains("\"action_id\":\"herald:share:13\""));
  }

  @Test
  void anEmptyLookupGivesItsHint() {
    golden("lookup-empty.json", SlackRenderer.render(new LookupView("zebra", "today", List.of(),
        "Nothing matched \u201czebra\u201d (today). Try fewer words."), SlackRenderer.Audience.EPHEMERAL));
  }

  @Test
  void eachNoticeLevel() {
    golden("notice-info.json", SlackRenderer.render(NoticeView.info("This channel has no daily briefing."),
        SlackRenderer.Audience.EPHEMERAL));
    golden("notice-success.json", SlackRenderer.render(NoticeView.success("Daily briefing at 08:00 Europe/London."),
        SlackRenderer.Audience.EPHEMERAL));
    golden("notice-warning.json", SlackRenderer.render(NoticeView.warning("Feed example.com failed 3 times."),
        SlackRenderer.Audience.EPHEMERAL));
    golden("notice-refusal.json", SlackRenderer.render(NoticeView.error(
        "Only workspace admins and owners can change Herald's settings here."), SlackRenderer.Audience.EPHEMERAL));
    golden("notice-syntax-error.json", SlackRenderer.render(NoticeView.error(
        "\u201c25:00\u201d is not a time; use HH:MM on a 24-hour clock, e.g. 08:00"),
        SlackRenderer.Audience.EPHEMERAL));
  }

  @Test
  void anInfoList() {
    golden("status.json", SlackRenderer.render(new InfoView("Herald status", List.of(
        new InfoView.Block("Feeds", List.of("Harbor Times: ok, 12 items", "Capital <Ledger>: failing (HTTP 503)")),
        new InfoView.Block("Slack", List.of("No Slack API errors since Herald started.")))),
        SlackRenderer.Audience.EPHEMERAL));
  }

  @Test
  void anEphemeralBriefingHasAHeadingAndCards() {
    List<SlackMessage> m = SlackRenderer.render(new BriefingView("Top stories \u00b7 Friday 27 November",
        List.of(SEED), Optional.empty()), SlackRenderer.Audience.EPHEMERAL);
    golden("top-stories.json", m);
    assertEquals("*Top stories \u00b7 Friday 27 November*", m.get(0).blocks().get(0).path("text").path("text")
        .asText());
  }

  @Test
  void aLongBriefingIsSplitWithoutCuttingACard() {
    List<StoryView> stories = SlackViews.seeds(12);
    List<SlackMessage> m = SlackRenderer.render(new BriefingView("Daily briefing", stories, Optional.empty()),
        SlackRenderer.Audience.CHANNEL);
    assertTrue(m.size() > 1);
    int headers = 0;
    for (SlackMessage msg : m) {
      ArrayNode blocks = msg.blocks();
      assertTrue(blocks.size() <= SlackLimits.MAX_BLOCKS);
      String last = blocks.get(blocks.size() - 1).path("type").asText();
      assertEquals("actions", last, "every message ends with a whole card");
      for (JsonNode b : blocks) headers += b.path("type").asText().equals("header") ? 1 : 0;
    }
    assertEquals(12, headers);
    assertTrue(m.get(1).text().endsWith("(continued)"));
  }

  private static void golden(String name, List<SlackMessage> messages) {
    ArrayNode out = JSON.createArrayNode();
    for (SlackMessage m : messages) {
      ObjectNode o = out.addObject();
      o.put("text", m.text());
      o.set("blocks", m.blocks());
    }
    try {
      Golden.assertMatches(SlackRendererTest.class, name, JSON.writeValueAsString(out));
    } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
      throw new AssertionError(e);
    }
  }

  static String all(View v) {
    StringBuilder sb = new StringBuilder();
    for (SlackRenderer.Audience a : SlackRenderer.Audience.values()) {
      for (SlackMessage m : SlackRenderer.render(v, a)) sb.append(m.text()).append('\n').append(m.blocksJson());
    }
    return sb.toString();
  }

  @Test
  void relatedStoriesAreAContextLineAboveTheButtonsAndUnderTheSources() {
    List<RelatedStory> related = List.of(new RelatedStory(698, "Iran holds drills in *the* Strait of Hormuz"));
    JsonNode blocks = SlackRenderer.render(SEED.withRelated(related), SlackRenderer.Audience.CHANNEL).get(0).blocks();
    JsonNode line = blocks.get(blocks.size() - 2);
    assertEquals("context", line.path("type").asText());
    assertEquals("h:" + SEED.storyId() + ":related", line.path("block_id").asText());
    assertEquals("*Related:* #698 Iran holds drills in \u2217the\u2217 Strait of Hormuz",
        line.path("elements").get(0).path("text").asText());
    assertEquals("actions", blocks.get(blocks.size() - 1).path("type").asText());
    List<SlackMessage> sources = SlackRenderer.render(new SourcesView(12, SEED.title(), SEED.sources(), true,
        related), SlackRenderer.Audience.EPHEMERAL);
    JsonNode last = sources.get(sources.size() - 1).blocks();
    assertEquals("*Related:* #698 Iran holds drills in \u2217the\u2217 Strait of Hormuz",
        last.get(last.size() - 1).path("elements").get(0).path("text").asText());
  }
}
