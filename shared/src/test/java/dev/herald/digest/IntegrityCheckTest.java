package dev.herald.digest;

import static dev.herald.testing.Fixtures.T0;
import static dev.herald.testing.Fixtures.article;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.herald.model.Article;
import dev.herald.model.Section;
import dev.herald.model.Sentence;
import dev.herald.model.Source;
import dev.herald.model.Story;
import dev.herald.model.StorySummary;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class IntegrityCheckTest {
  static final Article NORTHWIND = article("nw", "Northwind Wire", "Storm Isolde kills one",
      "Storm Isolde struck the west coast overnight, killing one person and cutting power to 180,000 homes.", T0);
  static final Article MERIDIAN = article("mp", "The Meridian Post", "Storm rainfall linked to warm seas",
      "Storm Isolde killed one person and cut power to 180,000 homes when it struck the west coast overnight.", T0);
  static final Article HARBOR = article("ht", "Harbor Times", "Harbour closed",
      "Storm Isolde cut power to 180,000 homes on the west coast overnight.", T0);
  static final List<Article> ALL = List.of(NORTHWIND, MERIDIAN, HARBOR);
  static final String LEAD = NORTHWIND.text();

  static DraftSummary draft(String method, DraftSentence... sentences) {
    return new DraftSummary("Storm Isolde", List.of(new DraftSection("Storm Isolde kills one", List.of(sentences))),
        method);
  }

  @Test
  void aVerbatimSentenceCitingEveryArticleThatStatesItPasses() {
    IntegrityReport r = IntegrityCheck.check(draft("extractive", new DraftSentence(LEAD, List.of("nw", "mp"))), ALL);
    assertTrue(r.passed(), r.describe());
    assertEquals(1, r.multiCited());
  }

  @Test
  void citingAnArticleThatOmitsPartOfTheSentenceFails() {
    // Harbor Times reports the power cuts but not the death
    IntegrityReport r = IntegrityCheck.check(draft("extractive", new DraftSentence(LEAD, List.of("nw", "ht"))), ALL);
    assertFalse(r.passed());
    assertEquals(1, r.unsupported());
  }

  @Test
  void anExtractiveSentenceMustOccurInACitedArticle() {
    String invented = "Storm Isolde struck the west coast overnight, killing two people.";
    IntegrityReport r = IntegrityCheck.check(draft("extractive", new DraftSentence(invented, List.of("nw"))), ALL);
    assertEquals(1, r.unsupported());
  }

  @Test
  void uncitedSentencesAndCitationsOutsideTheStoryFail() {
    IntegrityReport r = IntegrityCheck.check(draft("extractive",
        new DraftSentence(LEAD, List.of()), new DraftSentence(LEAD, List.of("nw", "elsewhere"))), ALL);
    assertEquals(2, r.sentences());
    assertEquals(1, r.uncited());
    assertEquals(1, r.outOfRange());
    assertFalse(r.passed());
  }

  @Test
  void aNumberedSummaryIsCheckedThroughItsSources() {
    Story story = new Story(1, 1, T0, T0, T0, 3, 3, "Storm");
    StorySummary ok = CitationNumberer.number(story, draft("extractive", new DraftSentence(LEAD, List.of("nw", "mp"))),
        ALL, Map.of(), T0);
    assertTrue(IntegrityCheck.check(ok, ALL).passed());
    // the same text with its sources swapped: [1] now points at Harbor Times, which does not state it
    StorySummary swapped = new StorySummary(1, 1, "Storm",
        List.of(new Section("Storm", List.of(new Sentence(LEAD, List.of(1))))),
        List.of(new Source(1, "ht", "Harbor Times", "Harbour closed", "", "")), "extractive", T0);
    assertEquals(1, IntegrityCheck.check(swapped, ALL).unsupported());
  }

  @Test
  void writtenSentencesMustQuoteVerbatimAndKeepTheNumbers() {
    String grounded = "Storm Isolde killed one person and cut power to 180,000 homes on the west coast.";
    assertTrue(IntegrityCheck.check(draft("llm", new DraftSentence(grounded, List.of("mp"))), ALL).passed());
    String wrongNumber = "Storm Isolde killed one person and cut power to 190,000 homes on the west coast.";
    assertEquals(1, IntegrityCheck.check(draft("llm", new DraftSentence(wrongNumber, List.of("mp"))), ALL)
        .unsupported());
    String misquote = "Officials said the storm was \"the worst in a century\" for the west coast homes.";
    assertEquals(1, IntegrityCheck.check(draft("llm", new DraftSentence(misquote, List.of("mp"))), ALL)
        .unsupported());
  }

  @Test
  void oppositeDirectionsDoNotSupportEachOther() {
    Article rose = article("r", "A", "Shares", "Quellton shares rose 3.8 percent in Estenburg trading on Thursday.", T0);
    Article fell = article("f", "B", "Shares", "Quellton shares fell 3.8 percent in Estenburg trading on Thursday.", T0);
    IntegrityReport r = IntegrityCheck.check(draft("extractive", new DraftSentence(rose.text(), List.of("r", "f"))),
        List.of(rose, fell));
    assertEquals(1, r.unsupported());
  }
}
