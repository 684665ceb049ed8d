package dev.herald.bot.slack;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import dev.herald.model.Citations;
import dev.herald.model.Section;
import dev.herald.model.Sentence;
import dev.herald.model.Source;
import dev.herald.render.BriefingView;
import dev.herald.render.SectionView;
import dev.herald.render.SourcesView;
import dev.herald.render.StoryView;
import dev.herald.render.View;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Random;
import org.junit.jupiter.api.Test;

/** Random stories of every size: Block Kit's limits hold, and cutting never loses a citation or splits a character. */
class SlackLimitsTest {
  static final String ALPHABET = "abcdefghij klmnop qrstu vwxyz &<>@|*_~`.,!?\u00e9\u4e2d";
  static final String[] EMOJI = {"\ud83d\ude00", "\ud83c\uddf0\ud83c\uddf7", "\ud83d\udc4d\ud83c\udffd"};

  @Test
  void randomStoriesRespectEveryLimit() {
    Random random = new Random(7);
    for (int round = 0; round < 60; round++) {
      StoryView story = story(random);
      List<View> views = List.of(story, new SectionView(story, random.nextInt(story.sections().size())),
          new SourcesView(story.storyId(), story.title(), story.sources(), false),
          new BriefingView(text(random, 200), List.of(story, story(random), story(random)), Optional.empty()));
      for (View v : views) {
        for (SlackRenderer.Audience a : SlackRenderer.Audience.values()) {
          for (SlackMessage m : SlackRenderer.render(v, a)) check(m);
        }
      }
      for (int i = 0; i < story.sections().size(); i++) {
        SlackMessage card = SlackRenderer.card(story, java.util.Set.of(i), false);
        check(card);
        assertCitationsKept(story, i, card);
      }
    }
  }

  @Test
  void aHugeSectionIsCutBetweenSentencesKeepingEveryWord() {
    List<Sentence> sentences = new ArrayList<>();
    for (int i = 0; i < 80; i++) sentences.add(new Sentence("Sentence number " + i + " " + "word ".repeat(15),
        List.of(1 + i % 2)));
    Section huge = new Section("Huge", sentences);
    SlackSectionText text = new SlackSectionText(SlackViews.seed().sources());
    List<String> parts = text.texts(huge);
    assertTrue(parts.size() > 1);
    for (String p : parts) assertTrue(p.length() <= SlackLimits.MAX_TEXT);
    StringBuilder expected = new StringBuilder("*Huge*\n");
    for (int i = 0; i < sentences.size(); i++) expected.append(i == 0 ? "" : " ").append(text.sentence(sentences.get(i)));
    assertEquals(expected.toString(), String.join(" ", parts));
  }

  @Test
  void aSentenceTooLongForATextIsShortenedAndKeepsItsCitations() {
    Sentence giant = new Sentence("Giant " + "x".repeat(5_000) + ".", List.of(1, 2));
    List<String> parts = new SlackSectionText(SlackViews.seed().sources()).texts(new Section("H", List.of(giant)));
    assertEquals(1, parts.size());
    String p = parts.get(0);
    assertTrue(p.length() <= SlackLimits.MAX_TEXT);
    assertTrue(p.endsWith("\u2026 <https://yonhap.example/1|[1]><https://yonhap.example/2?a=1&amp;b=2|[2]>"), p);
  }

  @Test
  void cuttingNeverSplitsASurrogatePairOrAnEscape() {
    String emoji = "\ud83d\ude00".repeat(200);
    String cut = SlackText.truncate(emoji, SlackLimits.MAX_HEADER);
    assertTrue(cut.length() <= SlackLimits.MAX_HEADER);
    assertFalse(hasLoneSurrogate(cut), cut);
    for (int max = 2; max < 40; max++) {
      String m = SlackText.mrkdwnPrefix("a&b<c>d ".repeat(20), max);
      assertTrue(m.length() <= max, m);
      assertFalse(m.matches(".*&(a|am|l|g|amp|lt|gt)?\u2026$"), "cut inside an escape: " + m);
    }
  }

  private static void check(SlackMessage m) {
    JsonNode blocks = m.blocks();
    assertTrue(blocks.size() <= SlackLimits.MAX_BLOCKS);
    assertTrue(m.text().length() <= SlackLimits.MAX_FALLBACK_TEXT);
    assertFalse(hasLoneSurrogate(m.text()));
    for (JsonNode b : blocks) {
      String type = b.path("type").asText();
      if (b.has("block_id")) assertTrue(b.path("block_id").asText().length() <= SlackLimits.MAX_ACTION_ID);
      if (type.equals("header")) assertTrue(b.path("text").path("text").asText().length() <= SlackLimits.MAX_HEADER);
      if (type.equals("actions")) {
        assertTrue(b.path("elements").size() <= SlackLimits.MAX_ACTIONS);
        for (JsonNode e : b.path("elements")) {
          assertTrue(e.path("text").path("text").asText().length() <= SlackLimits.MAX_BUTTON_LABEL);
          assertTrue(e.path("action_id").asText().length() <= SlackLimits.MAX_ACTION_ID);
          assertTrue(e.path("value").asText().length() <= SlackLimits.MAX_BUTTON_VALUE);
        }
      }
      for (JsonNode t : SlackMentionSafetyTest.textObjects(b, new ArrayList<>())) {
        String s = t.path("text").asText();
        assertFalse(s.isEmpty());
        assertTrue(s.length() <= SlackLimits.MAX_TEXT);
        assertFalse(hasLoneSurrogate(s), s);
      }
    }
  }

  /** Every citation of an expanded section appears in the card, as a whole marker. */
  private static void assertCitationsKept(StoryView story, int index, SlackMessage card) {
    StringBuilder shown = new StringBuilder();
    for (JsonNode b : card.blocks()) {
      if (SlackCards.sectionOf(b.path("block_id").asText(), story.storyId()) == index) {
        shown.append(b.path("text").path("text").asText());
      }
    }
    List<Integer> cited = Citations.numbers(shown.toString());
    for (Sentence s : story.sections().get(index).sentences()) {
      for (int n : s.citations()) assertTrue(cited.contains(n), "lost [" + n + "] in " + shown);
    }
  }

  static boolean hasLoneSurrogate(String s) {
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      if (Character.isHighSurrogate(c)) {
        if (i + 1 >= s.length() || !Character.isLowSurrogate(s.charAt(i + 1))) return true;
        i++;
      } else if (Character.isLowSurrogate(c)) {
        return true;
      }
    }
    return false;
  }

  private static StoryView story(Random r) {
    int sourceCount = 1 + r.nextInt(12);
    List<Source> sources = new ArrayList<>();
    for (int n = 1; n <= sourceCount; n++) {
      sources.add(new Source(n, "a" + n, text(r, 1 + r.nextInt(60)), text(r, r.nextInt(400)), text(r, r.nextInt(500)),
          r.nextBoolean() ? "https://x.example/" + n + "?q=" + r.nextInt() : text(r, 20)));
    }
    List<Section> sections = new ArrayList<>();
    for (int s = 0, k = 1 + r.nextInt(8); s < k; s++) {
      List<Sentence> sentences = new ArrayList<>();
      for (int i = 0, m = 1 + r.nextInt(r.nextInt(10) == 0 ? 60 : 6); i < m; i++) {
        List<Integer> cites = new ArrayList<>();
        for (int c = 0, cc = 1 + r.nextInt(3); c < cc; c++) cites.add(1 + r.nextInt(sourceCount));
        int len = r.nextInt(20) == 0 ? 3_000 + r.nextInt(4_000) : 1 + r.nextInt(300);
        sentences.add(new Sentence(text(r, len), cites));
      }
      sections.add(new Section(text(r, 1 + r.nextInt(r.nextInt(5) == 0 ? 400 : 60)), sentences));
    }
    return new StoryView(1 + r.nextInt(1_000_000), 1, text(r, 1 + r.nextInt(400)), sourceCount,
        sources.stream().map(Source::outlet).distinct().toList(), sections, sources, SlackViews.AT,
        r.nextBoolean() ? Optional.of(text(r, 1 + r.nextInt(300))) : Optional.empty(),
        r.nextBoolean() ? Optional.of(text(r, 1 + r.nextInt(300))) : Optional.empty());
  }

  /** Random non-blank text of about {@code len} chars with escapes, broadcasts and emoji; never a [n] marker. */
  static String text(Random r, int len) {
    StringBuilder sb = new StringBuilder("t");
    while (sb.length() < len) {
      int pick = r.nextInt(40);
      if (pick == 0) sb.append(EMOJI[r.nextInt(EMOJI.length)]);
      else if (pick == 1) sb.append("@here ");
      else if (pick == 2) sb.append("<!channel>");
      else sb.append(ALPHABET.charAt(r.nextInt(ALPHABET.length())));
    }
    return sb.toString();
  }
}
