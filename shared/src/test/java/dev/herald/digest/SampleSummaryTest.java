package dev.herald.digest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.ObjectMapper;
import dev.herald.model.Article;
import dev.herald.model.Section;
import dev.herald.model.Sentence;
import dev.herald.model.Source;
import dev.herald.model.Story;
import dev.herald.model.StorySummary;
import dev.herald.testing.Golden;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Summaries of the bundled sample stories: what a new user sees first must read like the seed briefing. To read them
 * all, run the command: {@code bot/herald summarize --in config/samples/stories.jsonl} (or {@code bot/herald digest
 * --feeds config/samples --format text}).
 */
class SampleSummaryTest {
  static final Instant NOW = Instant.parse("2026-11-27T08:00:00Z");
  static Map<String, List<Article>> stories;

  @BeforeAll
  static void load() throws IOException {
    stories = SampleStories.load();
  }

  static StorySummary summarize(String event, int maxWords) {
    List<Article> articles = stories.get(event);
    long outlets = articles.stream().map(Article::outlet).distinct().count();
    Story story = new Story(1 + List.copyOf(stories.keySet()).indexOf(event), 1, NOW, NOW, NOW, articles.size(),
        (int) outlets, "");
    return new CheckedSummarizer(new ExtractiveSummarizer(), maxWords).summarize(story, articles, NOW).summary()
        .orElseThrow(() -> new AssertionError("no summary for " + event));
  }

  /** The summary as the seed briefing lays it out. */
  static String render(StorySummary s) {
    StringBuilder sb = new StringBuilder(s.title()).append('\n');
    sb.append("Updated (").append(s.sources().size()).append(s.sources().size() == 1 ? " article)" : " articles)");
    sb.append('\n');
    for (Section section : s.sections()) sb.append(section.heading()).append('\n').append(section.text()).append('\n');
    sb.append("Sources (").append(s.sources().size()).append(s.sources().size() == 1 ? " article)" : " articles)");
    sb.append('\n');
    for (Source src : s.sources()) {
      sb.append('[').append(src.n()).append("] ").append(src.outlet()).append(": ").append(src.headline())
          .append(": ").append(src.description()).append('\n');
    }
    return sb.toString();
  }

  @Test
  void theAster3StoryReadsLikeTheSeedBriefing() {
    Golden.assertMatches(SampleSummaryTest.class, "aster-3.txt", render(summarize("aster-3", 140)));
  }

  /** Several outlets state the same facts here, so sentences carry several citations. */
  @Test
  void theStormStoryCitesEveryOutletThatStatesASentence() {
    Golden.assertMatches(SampleSummaryTest.class, "storm-isolde.txt", render(summarize("storm-isolde", 140)));
  }

  @Test
  void everySampleStoryGetsAPassingSummaryAtTheChatBudget() {
    for (String event : stories.keySet()) {
      StorySummary s = summarize(event, 140);
      int words = 0;
      for (Section section : s.sections()) {
        for (Sentence sentence : section.sentences()) {
          assertFalse(sentence.citations().isEmpty(), event + ": uncited " + sentence.text());
          words += sentence.text().split(" ").length;
        }
      }
      assertTrue(words <= 140, event + ": " + words + " words");
      assertTrue(IntegrityCheck.check(s, stories.get(event)).passed(), event);
      assertEquals(stories.get(event).size(), s.sources().size(), event + ": every article listed as a source");
    }
  }

  @Test
  void multiArticleStoriesHaveTwoToFourSectionsWithHeadingsFromTheArticles() {
    for (String event : stories.keySet()) {
      if (stories.get(event).size() < 2) continue;
      StorySummary s = summarize(event, 140);
      assertTrue(s.sections().size() >= 2 && s.sections().size() <= 4, event + ": " + s.sections().size());
      for (Section section : s.sections()) {
        String h = section.heading().toLowerCase(Locale.ROOT);
        assertFalse(h.matches("section \\d+|summary|details|more"), event + ": generic heading " + h);
        assertTrue(section.heading().split(" ").length <= 14, event + ": long heading " + h);
        assertFalse(h.equals(s.title().toLowerCase(Locale.ROOT)), event + ": heading repeats the title");
      }
    }
  }

  @Test
  void aFactSeveralOutletsReportCitesEachOutletThatStatesItAndNoOther() {
    StorySummary s = summarize("storm-isolde", 140);
    // Northwind Wire and The Meridian Post both report the death and the 180,000 homes; Harbor Times reports the
    // homes but not the death, so it must not be cited for this sentence.
    assertEquals(List.of("Northwind Wire", "The Meridian Post"), outletsCitedBy(s, "Storm Isolde struck the west coast"));
    // the red wind warning is in Northwind Wire and Harbor Times
    assertEquals(List.of("Northwind Wire", "Harbor Times"), outletsCitedBy(s, "The National Meteorological Service kept"));
  }

  private static List<String> outletsCitedBy(StorySummary s, String start) {
    for (Section section : s.sections()) {
      for (Sentence sentence : section.sentences()) {
        if (sentence.text().startsWith(start)) {
          return sentence.citations().stream().map(n -> s.source(n).outlet()).toList();
        }
      }
    }
    throw new AssertionError("no sentence starts with " + start + " in\n" + render(s));
  }

  @Test
  void titlesCarryNoOutletSuffix() {
    for (String event : stories.keySet()) {
      String title = summarize(event, 140).title();
      for (Article a : stories.get(event)) assertFalse(title.endsWith(a.outlet()), event + ": " + title);
    }
  }

  /** Writes {@code config/samples/stories.jsonl}, the {@code summarize} command's demo input, or checks it is current. */
  @Test
  void theDemoInputFileMatchesTheSampleFeeds() throws IOException {
    ObjectMapper json = new ObjectMapper();
    StringBuilder sb = new StringBuilder();
    for (Map.Entry<String, List<Article>> e : stories.entrySet()) {
      List<Map<String, Object>> articles = new ArrayList<>();
      for (Article a : e.getValue()) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("id", a.id());
        m.put("title", a.title());
        m.put("source", a.outlet());
        m.put("url", a.url());
        m.put("published", a.published().toString());
        m.put("description", a.description());
        m.put("text", a.text());
        articles.add(m);
      }
      Map<String, Object> line = new LinkedHashMap<>();
      line.put("id", e.getKey());
      line.put("articles", articles);
      sb.append(json.writeValueAsString(line)).append('\n');
    }
    Path file = SampleStories.samples().resolve("stories.jsonl");
    if (Boolean.getBoolean("herald.golden.update")) Files.writeString(file, sb.toString(), StandardCharsets.UTF_8);
    assertEquals(sb.toString(), Files.readString(file, StandardCharsets.UTF_8),
        file + " is out of date: run with -Dherald.golden.update=true");
  }
}
