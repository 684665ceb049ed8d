package dev.herald.bot.slack;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.herald.render.BriefingView;
import dev.herald.render.InfoView;
import dev.herald.render.LookupView;
import dev.herald.render.NoticeView;
import dev.herald.render.SectionView;
import dev.herald.render.SourcesView;
import dev.herald.render.StoryView;
import dev.herald.render.View;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/** Hostile feed text in every field of every view: no mention, no broadcast, no link but Herald's own. */
class SlackMentionSafetyTest {
  static final ObjectMapper JSON = new ObjectMapper();
  static final StoryView HOSTILE = SlackViews.hostile();
  /** Any Slack control sequence: mentions, broadcasts, channel links, links. */
  static final Pattern CONTROL = Pattern.compile("<[!@#]|<(?:https?|javascript|mailto|ftp):", Pattern.CASE_INSENSITIVE);
  /** A link; plain text may keep a defused "<\u200b!x|y>", which Slack shows literally. */
  static final Pattern LINK = Pattern.compile("<([^|>\u200b][^|>]*)\\|");

  static List<View> views() {
    return List.of(HOSTILE, HOSTILE.withChange("x"), new SectionView(HOSTILE, 0), new SectionView(HOSTILE, 1),
        new SourcesView(66, HOSTILE.title(), HOSTILE.sources(), false),
        new LookupView("<!channel>", "today", List.of(HOSTILE), ""),
        new LookupView("<!here>", "today", List.of(), "Nothing matched <!here> @everyone"),
        new BriefingView("Daily <!channel>", List.of(HOSTILE), Optional.of("note <@U1> @here")),
        NoticeView.error("Unknown topic <!everyone> @channel"),
        new InfoView("Feeds <!here>", List.of(new InfoView.Block("<@U0ADMIN>", List.of("feed <!channel> @here")))));
  }

  @Test
  void noViewProducesAMentionBroadcastOrForeignLink() {
    for (View v : views()) {
      for (SlackRenderer.Audience a : SlackRenderer.Audience.values()) {
        for (SlackMessage m : SlackRenderer.render(v, a)) {
          List<String> texts = texts(m);
          for (String t : texts) {
            Matcher control = CONTROL.matcher(t);
            while (control.find()) {
              // the only control sequences allowed are Herald's own links to http(s) sources
              assertTrue(t.startsWith("<https://", control.start()) || t.startsWith("<http://", control.start()),
                  v.getClass().getSimpleName() + ": " + t);
            }
            Matcher link = LINK.matcher(t);
            while (link.find()) {
              String url = link.group(1);
              assertTrue(url.startsWith("https://ok.example/") || url.startsWith("https://yonhap.example/"), url);
              assertFalse(url.contains("evil"), url);
            }
            for (String word : List.of("@channel", "@here", "@everyone")) {
              assertFalse(t.toLowerCase().contains(word), "broadcast word left whole: " + t);
            }
          }
        }
      }
    }
  }

  @Test
  void everyMrkdwnTextIsVerbatimAndPlainTextHasNoEmojiParsing() {
    for (View v : views()) {
      for (SlackMessage m : SlackRenderer.render(v, SlackRenderer.Audience.EPHEMERAL)) {
        for (JsonNode t : textObjects(m.blocks(), new ArrayList<>())) {
          if (t.path("type").asText().equals("mrkdwn")) assertTrue(t.path("verbatim").asBoolean(), t.toString());
          if (t.path("type").asText().equals("plain_text")) assertFalse(t.path("emoji").asBoolean(), t.toString());
        }
      }
    }
  }

  @Test
  void javascriptAndMalformedUrlsGetNoLink() {
    String sources = SlackRenderer.render(new SourcesView(66, "t", HOSTILE.sources(), false),
        SlackRenderer.Audience.EPHEMERAL).get(0).blocksJson();
    assertFalse(sources.contains("javascript"), sources);
    assertFalse(sources.contains("ok.example"), "a URL with | and > is not a URL: " + sources);
    assertTrue(sources.contains("*[2]* Second &lt;!channel&gt;"), sources);
    assertEquals("<https://a.example/?q=1&amp;r=2|[1]>",
        SlackText.link("https://a.example/?q=1&r=2", "[1]", 12));
    assertEquals("[1]", SlackText.link("ftp://a.example/", "[1]", 12));
    assertEquals("[1]", SlackText.link("https:///nohost", "[1]", 12));
  }

  @Test
  void escapingKeepsTheTextReadable() {
    assertEquals("a &amp; b &lt;c&gt; @\u200bhere @\u200bChannel", SlackText.mrkdwn("a & b <c> @here @Channel"));
    assertEquals("<\u200b!channel> @\u200beveryone", SlackText.plain("<!channel> @everyone"));
    assertEquals("email@herealty.com", SlackText.mrkdwn("email@herealty.com"));
  }

  /** Every text that Slack shows: the notification text and every text object in the blocks. */
  static List<String> texts(SlackMessage m) {
    List<String> out = new ArrayList<>();
    out.add(m.text());
    for (JsonNode t : textObjects(m.blocks(), new ArrayList<>())) out.add(t.path("text").asText());
    return out;
  }

  static List<JsonNode> textObjects(JsonNode node, List<JsonNode> out) {
    if (node.isObject() && (node.path("type").asText().equals("mrkdwn")
        || node.path("type").asText().equals("plain_text"))) {
      out.add(node);
    }
    for (JsonNode child : node) textObjects(child, out);
    return out;
  }
}
