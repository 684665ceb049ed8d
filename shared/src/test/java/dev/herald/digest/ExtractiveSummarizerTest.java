package dev.herald.digest;

import static dev.herald.testing.Fixtures.T0;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.herald.model.Article;
import dev.herald.model.Story;
import java.util.List;
import org.junit.jupiter.api.Test;

class ExtractiveSummarizerTest {
  static final Story STORY = new Story(7, 2, T0, T0, T0, 3, 3, "Central bank cuts rate");
  final ExtractiveSummarizer summarizer = new ExtractiveSummarizer();

  static Article article(String id, String outlet, String title, String text) {
    return new Article(id, outlet.toLowerCase().replace(' ', '-'), outlet, title, "https://x.example/" + id, "", "",
        T0.plusSeconds(id.hashCode() & 0xff), false, T0, "", text, "", "");
  }

  static final List<Article> ARTICLES = List.of(
      article("nw", "Northwind Wire", "Central Bank of Valdoria cuts main rate to 3.50% - Northwind Wire",
          "ESTENBURG — The Central Bank of Valdoria cut its main policy rate to 3.50 percent on Thursday.\n\n"
              + "The monetary policy committee voted 5-2 for the cut.\n\nshare tweet pin email\n\n"
              + "Annual inflation slowed to 2.4 percent in October."),
      article("cl", "The Capital Ledger", "Valdorian crown slips after rate cut",
          "The Central Bank of Valdoria cut its main policy rate to 3.50 percent on Thursday. "
              + "The Valdorian crown weakened 0.6 percent against a basket of currencies after the decision. "
              + "Sign up for our newsletter."),
      article("mp", "The Meridian Post", "Governor signals further cuts depend on wage data",
          "Governor Ilse Marrow said further cuts would depend on wage settlements due in early 2027. "
              + "The committee voted 5-2 for the cut."));

  @Test
  void aSentenceSeveralOutletsReportIsToldOnceAndCitesThemAll() {
    DraftSummary d = summarizer.summarize(STORY, ARTICLES, 140);
    List<DraftSentence> all = sentences(d);
    List<DraftSentence> cut = all.stream().filter(s -> s.text().contains("cut its main policy rate")).toList();
    assertEquals(1, cut.size(), "told once: " + all);
    assertEquals(List.of("nw", "cl"), cut.get(0).articleIds());
    DraftSentence vote = all.stream().filter(s -> s.text().contains("voted 5-2")).findFirst().orElseThrow();
    assertEquals(2, vote.articleIds().size(), "both articles state the vote: " + vote);
  }

  @Test
  void theOutputPassesTheIntegrityCheck() {
    DraftSummary d = summarizer.summarize(STORY, ARTICLES, 140);
    IntegrityReport r = IntegrityCheck.check(d, ARTICLES);
    assertTrue(r.passed(), r.describe());
    assertEquals(ExtractiveSummarizer.METHOD, d.method());
  }

  @Test
  void boilerplateAndDatelinesNeverReachTheSummary() {
    for (DraftSentence s : sentences(summarizer.summarize(STORY, ARTICLES, 140))) {
      assertFalse(s.text().contains("share tweet") || s.text().contains("newsletter") || s.text().startsWith("ESTENBURG"),
          s.text());
    }
  }

  @Test
  void theTitleIsTheMostRepresentativeHeadlineWithoutItsOutlet() {
    assertEquals("Central Bank of Valdoria cuts main rate to 3.50%", summarizer.summarize(STORY, ARTICLES, 140).title());
  }

  @Test
  void sectionsHaveHeadingsFromTheStorysOwnWordsAndTheEventComesFirst() {
    DraftSummary d = summarizer.summarize(STORY, ARTICLES, 140);
    assertTrue(d.sections().size() >= 2 && d.sections().size() <= 4, d.sections().toString());
    assertTrue(d.sections().get(0).sentences().get(0).text().contains("cut its main policy rate"), d.toString());
    String first = d.sections().get(0).heading();
    assertFalse(Headings.repeats(first, d.title()), first + " repeats the title");
    assertTrue(ARTICLES.stream().anyMatch(a -> a.title().contains(first) || a.text().contains(first)),
        first + " is drawn from the story's own words");
    assertTrue(d.sections().stream().map(DraftSection::heading)
        .anyMatch(h -> h.equals("Valdorian crown slips after rate cut")), d.sections().toString());
  }

  @Test
  void theWordBudgetIsKept() {
    for (int budget : List.of(15, 30, 60)) {
      int words = sentences(summarizer.summarize(STORY, ARTICLES, budget)).stream()
          .mapToInt(s -> s.text().split(" ").length).sum();
      assertTrue(words <= budget, budget + ": " + words);
      assertTrue(words > 0);
    }
  }

  @Test
  void aSingleArticleStoryIsSummarisedFromItsOwnSentences() {
    DraftSummary d = summarizer.summarize(STORY, ARTICLES.subList(0, 1), 140);
    assertTrue(sentences(d).stream().allMatch(s -> s.articleIds().equals(List.of("nw"))));
  }

  @Test
  void aSentenceHoldingABracketedNumberIsNeverChosen() {
    Article wiki = article("wk", "Wiki", "Rates", "The Central Bank of Valdoria cut its main rate to 3.50 percent [2] "
        + "on Thursday. The committee voted 5-2 for the cut at its November meeting.");
    for (DraftSentence s : sentences(summarizer.summarize(STORY, List.of(wiki), 140))) {
      assertFalse(s.text().contains("[2]"), s.text());
    }
  }

  @Test
  void theSameInputGivesTheSameSummary() {
    assertEquals(summarizer.summarize(STORY, ARTICLES, 140), summarizer.summarize(STORY, ARTICLES, 140));
  }

  @Test
  void aStoryWithoutArticlesIsRejected() {
    assertThrows(IllegalArgumentException.class, () -> summarizer.summarize(STORY, List.of(), 140));
  }

  @Test
  void aPreviewOfTheReportedEventLendsNoSentenceAndNoHeading() {
    List<Article> talks = List.of(
        article("r1", "Northwind Wire", "Valdoria and Marrland agree ceasefire terms at Estenburg talks",
            "Valdoria and Marrland agreed the terms of a ceasefire at talks in Estenburg on Tuesday. "
                + "The ceasefire takes effect at midnight on Friday under the supervision of forty observers."),
        article("r2", "Harbor Times", "Ceasefire terms agreed in Estenburg after two days of talks",
            "Negotiators from Valdoria and Marrland agreed ceasefire terms in Estenburg after two days of talks. "
                + "Prisoner exchanges will begin next week, the Marrish delegation said."),
        article("pv", "The Meridian Post", "Valdoria and Marrland to hold ceasefire talks in Estenburg",
            "The ceasefire talks in Estenburg take place as both armies mass troops along the border river. "
                + "Diplomats expect the talks to last two days."));
    DraftSummary d = summarizer.summarize(STORY, talks, 140);
    for (DraftSentence s : sentences(d)) assertFalse(s.articleIds().contains("pv") && s.articleIds().size() == 1, s.text());
    assertFalse(sentences(d).stream().anyMatch(s -> s.text().contains("take place as both armies")), d.toString());
    for (DraftSection section : d.sections()) {
      assertFalse(section.heading().contains("to hold"), section.heading());
    }
    // a headline telling a further step of its own is no preview: "to add" beside "releases" lends its sentence
    List<Article> launch = List.of(
        article("l1", "Techline", "Aster Labs releases Aster-9 model",
            "Aster Labs released its Aster-9 model on Thursday with openly downloadable weights. "
                + "The model was trained on text in forty languages."),
        article("l2", "Harbor Times", "Aster Labs releases Aster-9 to researchers",
            "Aster Labs released the Aster-9 model to researchers on Thursday. Researchers welcomed the open weights."),
        article("l3", "The Courier", "Aster Labs to add 300 jobs in Port Marren",
            "Aster Labs will hire 300 engineers at its Port Marren office over the next two years."));
    assertTrue(sentences(summarizer.summarize(STORY, launch, 140)).stream()
        .anyMatch(s -> s.text().contains("hire 300 engineers")));
  }

  @Test
  void aFeatureTellsBackgroundAfterTheReportsNeverTheEvent() {
    List<Article> death = List.of(
        article("d1", "Northwind Wire", "Union founder Ada Korr dies aged 84",
            "Ada Korr, who founded the Rail and Transport Workers' Union, died in Estenburg on Tuesday aged 84. "
                + "Her family said she died peacefully at home."),
        article("d2", "Harbor Times", "Rail union founder Ada Korr dies at 84",
            "Rail union founder Ada Korr died on Tuesday at the age of 84, the union announced. "
                + "Flags at Estenburg Central were lowered to half-mast on Wednesday."),
        article("f1", "The Courier", "How Ada Korr helped build Valdoria's strongest union",
            "Ada Korr organised signal staff across twelve depots during the winter of 1979. "
                + "She negotiated the first national rail pay agreement in 1984."));
    DraftSummary d = summarizer.summarize(STORY, death, 140);
    DraftSection first = d.sections().get(0);
    assertFalse(first.sentences().stream().anyMatch(s -> s.articleIds().equals(List.of("f1"))), d.toString());
    assertFalse(first.heading().contains("helped build"), first.heading());
    int lastReport = -1;
    int firstFeature = Integer.MAX_VALUE;
    List<DraftSentence> all = sentences(d);
    for (int i = 0; i < all.size(); i++) {
      if (all.get(i).articleIds().get(0).equals("f1")) firstFeature = Math.min(firstFeature, i);
      else lastReport = i;
    }
    assertTrue(firstFeature == Integer.MAX_VALUE || firstFeature > lastReport, "reports first: " + all);
  }

  static List<DraftSentence> sentences(DraftSummary d) {
    return d.sections().stream().flatMap(s -> s.sentences().stream()).toList();
  }
}
