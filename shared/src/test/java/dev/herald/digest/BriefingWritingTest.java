package dev.herald.digest;

import static dev.herald.testing.Fixtures.T0;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.herald.model.Article;
import dev.herald.model.Story;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** The writing defects a reader of real feeds meets, each on a small story written for the purpose. */
class BriefingWritingTest {
  static final Story STORY = new Story(11, 1, T0, T0, T0, 6, 6, "Valdoria talks");
  final ExtractiveSummarizer summarizer = new ExtractiveSummarizer();

  static int seq = 0;

  static Article teaser(String outlet, String title, String description) {
    String id = outlet.toLowerCase().replaceAll("[^a-z0-9]+", "-") + "-" + (++seq);
    return new Article(id, outlet.toLowerCase().replaceAll("[^a-z0-9]+", "-"), outlet, title,
        "https://" + id + ".example/a", "", "", T0.plusSeconds(seq), false, T0, description, description, "", "");
  }

  /** Four outlets on the Valdoria-Ostmark water talks, two on a different event in the same city, one roundup. */
  static List<Article> talksStory() {
    return List.of(
        teaser("Harbor Times", "Valdoria and Ostmark agree water-sharing principles in Estenburg talks",
            "Valdoria and Ostmark agreed on a set of water-sharing principles at talks in Estenburg on Tuesday. "
                + "Negotiators said a treaty draft could follow within weeks."),
        teaser("Capital Ledger", "Valdoria, Ostmark reach water-sharing deal outline - Capital Ledger",
            "Valdoria and Ostmark reached an outline of a water-sharing deal in Estenburg, officials said. "
                + "Farmers' unions in Ostmark welcomed the outline and urged a quick treaty."),
        teaser("Pacific Daily", "Water talks: Valdoria's envoy meets river commission head",
            "Valdoria's envoy met with the head of the U.N."),
        teaser("Meridian Post", "Ostmark hails progress in water talks with Valdoria",
            "Ostmark's foreign minister said the water-sharing talks with Valdoria had made good progress. "
                + "The river has been a source of friction between the two neighbours for decades."),
        teaser("Harbor Times", "Kestria and Lunmark hold prisoner-exchange talks in Estenburg",
            "Negotiators from Kestria and Lunmark concluded the first of two days of prisoner-exchange talks in "
                + "Estenburg on Tuesday, with U.S."),
        teaser("Northwind Wire", "Kestria, Lunmark swap prisoner lists at Estenburg talks",
            "Kestria and Lunmark exchanged lists of prisoners during talks in Estenburg, mediators said. "
                + "Kestria demanded the return of 300 soldiers held by Lunmark."),
        teaser("Capital Ledger", "Valdoria water deal takes shape. And, a Kestria-Lunmark prisoner swap",
            "Opinion, comment and editorials of the day. Nations have \"agreed that wars should have limits.\" "
                + "Figure skating pairs is the best discipline of the Winter Games, fans say."));
  }

  static List<DraftSentence> sentences(DraftSummary d) {
    List<DraftSentence> out = new ArrayList<>();
    for (DraftSection s : d.sections()) out.addAll(s.sentences());
    return out;
  }

  static String text(DraftSummary d) {
    return String.join(" ", sentences(d).stream().map(DraftSentence::text).toList());
  }

  @Test
  void aSentenceAFeedCutAtAnInitialismNeverReachesTheText() {
    String t = text(summarizer.summarize(STORY, talksStory(), 140));
    assertFalse(t.contains("head of the U.N"), t);
    assertFalse(t.contains("with U.S"), t);
  }

  @Test
  void sentencesOfADifferentEventReportedByOtherOutletsAreLeftOut() {
    DraftSummary d = summarizer.summarize(STORY, talksStory(), 140);
    for (DraftSentence s : sentences(d)) {
      assertFalse(s.text().contains("Kestria") || s.text().contains("Lunmark"), s.text());
    }
    assertTrue(text(d).contains("water-sharing"), text(d));
  }

  @Test
  void aRoundupOfSeveralStoriesLendsNeitherSentencesNorTheTitle() {
    List<Article> articles = talksStory();
    String roundup = articles.get(6).id();
    DraftSummary d = summarizer.summarize(STORY, articles, 140);
    for (DraftSentence s : sentences(d)) assertFalse(s.articleIds().get(0).equals(roundup), s.text());
    String t = text(d);
    assertFalse(t.contains("Opinion, comment and editorials") || t.contains("wars should have limits")
        || t.contains("Figure skating"), t);
    assertFalse(d.title().contains(" And, "), d.title());
  }

  @Test
  void theTitleIsAReportOfTheEventWithoutItsOutlet() {
    List<Article> articles = new ArrayList<>(talksStory());
    articles.add(0, teaser("Harbor Times", "See the water-sharing map for Valdoria and Ostmark",
        "Here is a look at where the water-sharing lines between Valdoria and Ostmark run."));
    articles.add(1, teaser("Meridian Post", "What is in the Valdoria-Ostmark water deal?",
        "Valdoria and Ostmark agreed on water-sharing principles in Estenburg, and this is what they mean."));
    String title = summarizer.summarize(STORY, articles, 140).title();
    assertFalse(title.startsWith("See the") || title.startsWith("What is") || title.endsWith("Capital Ledger"), title);
    assertTrue(title.contains("Valdoria") && title.contains("water-sharing"), title);
  }

  @Test
  void headingsAreWholePhrasesOfThreeToTenWords() {
    List<Article> articles = new ArrayList<>(talksStory());
    articles.add(teaser("Northwind Wire", "Valdoria seems",
        "Valdoria seems to be winning more support for the water-sharing principles among Ostmark's farmers."));
    DraftSummary d = summarizer.summarize(STORY, articles, 140);
    Set<String> noEnd = Set.of("seems", "the", "of", "to", "and", "with", "a", "is", "says");
    for (DraftSection s : d.sections()) {
      String[] words = s.heading().split("\\s+");
      assertTrue(words.length >= 3 && words.length <= 10, s.heading());
      assertFalse(noEnd.contains(words[words.length - 1].toLowerCase()), s.heading());
      assertNotEquals("Valdoria seems", s.heading());
    }
  }

  @Test
  void noHeadingRepeatsTheTitleOrAnotherHeading() {
    List<Article> articles = new ArrayList<>(talksStory());
    articles.add(teaser("Northwind Wire", "Valdoria and Ostmark agree water-sharing principles",
        "Valdoria and Ostmark agreed water-sharing principles in Estenburg after two days of talks. "
            + "The agreement covers the upper river basin."));
    DraftSummary d = summarizer.summarize(STORY, articles, 140);
    List<String> seen = new ArrayList<>();
    for (DraftSection s : d.sections()) {
      assertFalse(Headings.repeats(s.heading(), d.title()), s.heading() + " repeats the title " + d.title());
      for (String h : seen) assertFalse(Headings.repeats(s.heading(), h), s.heading() + " repeats " + h);
      seen.add(s.heading());
    }
  }

  @Test
  void sectionsGroupTheEventAndItsReactionsAcrossOutlets() {
    DraftSummary d = summarizer.summarize(STORY, talksStory(), 140);
    assertTrue(d.sections().size() >= 2, d.sections().toString());
    DraftSection reactions = d.sections().stream()
        .filter(s -> s.sentences().stream().anyMatch(x -> x.text().contains("welcomed"))).findFirst().orElseThrow();
    assertFalse(reactions == d.sections().get(0), "reactions follow the event: " + d.sections());
  }

  @Test
  void aFragmentHeadingIsNeverCut() {
    assertEquals(java.util.Optional.empty(), Headings.fit("China seems"));
    assertEquals(java.util.Optional.of("Tributes poured in from politicians"),
        Headings.fit("Tributes poured in from politicians who described Jackson as an agent of change."));
    assertTrue(Headings.fit("Iran's top diplomat met with the head of the").isEmpty()
        || !Headings.fit("Iran's top diplomat met with the head of the").get().endsWith("the"));
    // an apposition after the subject is left out of a heading
    assertEquals(java.util.Optional.of("Aster Labs released its Aster-3 language model"),
        Headings.fit("Aster Labs, the Estenburg-based company, released its Aster-3 language model on the same day."));
  }

  @Test
  void aHeadingIsAStatementsMainClauseNeverAQuestionOrACutClause() {
    // a headline that opens on a lead-in phrase heads its section with its main clause
    assertEquals(java.util.Optional.of("Iran nuclear talks proceed without breakthrough"),
        Headings.fit("Amid threat of U.S. attack, Iran nuclear talks proceed without breakthrough"));
    assertEquals(java.util.Optional.of("Ukrainians weigh the cost of land for peace"),
        Headings.fit("With Russia grinding closer, Ukrainians weigh the cost of land for peace"));
    assertEquals(java.util.Optional.of("Iran conducted live drills in the Strait of Hormuz"), Headings.fit(
        "The day before nuclear talks were set to resume, Iran conducted live drills in the Strait of Hormuz, a "
            + "strategic waterway for oil and gas shipments."));
    // a question tells the reader nothing
    assertEquals(java.util.Optional.empty(), Headings.fit("Why is the Strait of Hormuz off Iran so crucial?"));
    assertEquals(java.util.Optional.empty(), Headings.fit("Will the Valdoria-Ostmark deal hold?"));
    // never cut inside what was reported, after a participle, or before what a word needs to mean anything
    for (String sentence : List.of(
        "The Valdorian Space Agency said all six instruments on Corvus-1 had passed their first health checks.",
        "Twelve Estenburg secondary schools will test a homework tutor built on Aster Labs’ new Aster-3 model.",
        "Jeri is the latest in a series of Peruvian presidents to be removed from office by an act of Congress.",
        // what is asked for is the news: "will ask Valdorian Railways" without it is unfinished
        "The Rail and Transport Workers’ Union will ask Valdorian Railways for a 6 percent pay rise on Monday.")) {
      java.util.Optional<String> h = Headings.fit(sentence);
      assertTrue(h.isEmpty(), sentence + " -> " + h);
    }
  }

  @Test
  void aSourceIsDescribedByWhatItAddsToTheText() {
    Article pacific = teaser("Pacific Daily", "Mediators call rail union and operator to talks on Monday",
        "Valdoria’s National Conciliation Office has invited Valdorian Railways and the union to talks on Monday. "
            + "Transport minister Jonas Fairley urged both sides to reach a pay agreement before Christmas.");
    Article harbor = teaser("Harbor Times", "Rail strike halts most intercity trains",
        "Members of the rail union began a 48-hour strike at Valdorian Railways on Thursday.");
    DraftSummary d = new DraftSummary("Valdoria rail strike", List.of(new DraftSection("Talks on Monday", List.of(
        new DraftSentence("Valdoria’s National Conciliation Office has invited Valdorian Railways and the union to "
            + "talks on Monday.", List.of(pacific.id()))))), ExtractiveSummarizer.METHOD);
    java.util.Map<String, String> described = SourceDescriptions.of(List.of(pacific, harbor), d);
    // the text quotes Pacific Daily's lead: its description is its next fact, not the same sentence again
    assertEquals("Transport minister Jonas Fairley urged both sides to reach a pay agreement before Christmas.",
        described.get(pacific.id()));
    assertEquals("Members of the rail union began a 48-hour strike at Valdorian Railways on Thursday.",
        described.get(harbor.id()));
  }

  /** A death notice whose title report leads with the tributes, and a second report telling the death itself. */
  static List<Article> deathStory() {
    return List.of(
        teaser("Harbor Times", "Rail union founder Ada Korr dies aged 84",
            "Tributes poured in from union members who described Korr as a fearless organiser."),
        teaser("Capital Ledger", "Ada Korr, founder of Valdoria's rail union, dies at 84",
            "The founder of the Rail and Transport Workers' Union died peacefully at home in Estenburg, her family "
                + "said."),
        teaser("Pacific Daily", "Estenburg lowers flags for Ada Korr",
            "Flags at Estenburg Central station were lowered to half-mast on Wednesday in memory of Korr."));
  }

  @Test
  void theEventComesBeforeTheReactionsEvenWhenTheTitleReportLeadsWithThem() {
    DraftSummary d = summarizer.summarize(STORY, deathStory(), 140);
    assertTrue(d.sections().get(0).sentences().get(0).text().contains("died peacefully"), d.toString());
    DraftSection reactions = d.sections().stream()
        .filter(s -> s.sentences().stream().anyMatch(x -> x.text().startsWith("Tributes"))).findFirst().orElseThrow();
    assertNotEquals(d.sections().get(0), reactions, d.toString());
  }

  @Test
  void theOpeningSentenceNamesWhoOrWhatTheStoryIsAbout() {
    // the event's only sentence names no one ("The founder of ... died"): a sentence naming Korr opens instead
    List<Article> death = new ArrayList<>(deathStory());
    death.add(teaser("Meridian Post", "How Ada Korr's journey took her from a rail yard to the union's helm",
        "Ada Korr, who died on Tuesday, fought for fair pay as a signal worker, a strike leader and a champion of "
            + "women in the rail trade."));
    DraftSummary d = summarizer.summarize(STORY, death, 140);
    List<DraftSentence> first = d.sections().get(0).sentences();
    assertTrue(first.get(0).text().contains("Korr"), d.toString());
    assertTrue(first.stream().anyMatch(x -> x.text().contains("died peacefully")), d.toString());
    // the lead that opens leans on its title ("Negotiations will continue ..."): a report naming the parties opens
    List<Article> talks = List.of(
        teaser("Harbor Times", "First day of Kestria-Lunmark prisoner talks ends in Estenburg",
            "Negotiations will continue on Wednesday, but expectations for a breakthrough on ending the standoff are "
                + "low."),
        teaser("Capital Ledger", "Kestria and Lunmark hold new round of prisoner talks, but expectations are low",
            "Both sides described earlier rounds as productive, although they did not settle the number of soldiers "
                + "to be freed."),
        teaser("Pacific Daily", "Lunmark shells Kestria again as Valdoria brokers a 3rd round of prisoner talks",
            "Valdoria is brokering a 3rd round of Kestria-Lunmark prisoner talks, but there is little hope of a "
                + "breakthrough in the longest standoff on the continent in 40 years."));
    d = summarizer.summarize(STORY, talks, 140);
    String opening = d.sections().get(0).sentences().get(0).text();
    assertTrue(opening.contains("Kestria") || opening.contains("Lunmark"), d.toString());
  }

  @Test
  void aOneSentenceFirstSectionTakesInAShortNextOneSinceTheCardShowsOnlyTheFirst() {
    List<Article> closure = List.of(
        teaser("Harbor Times", "Ostmark temporarily closes Kessel Strait amid Estenburg water talks",
            "Ostmark announced the temporary closure of the Kessel Strait for live-fire drills as its negotiators held "
                + "another round of water talks with Valdoria in Estenburg."),
        teaser("Capital Ledger", "Ostmark temporarily closed the Kessel Strait as it held water talks with Valdoria",
            "Ostmark announced the temporary closure of the Kessel Strait for live-fire drills as its negotiators held "
                + "another round of water talks with Valdoria in Estenburg."),
        teaser("Meridian Post", "Why is the Kessel Strait off Ostmark so crucial?",
            "The Kessel Strait is considered the region's most critical chokepoint for the grain trade. Ostmark has "
                + "repeatedly threatened to block the waterway and now is partially closing it for drills."));
    DraftSummary d = summarizer.summarize(STORY, closure, 140);
    assertEquals(3, sentences(d).size(), d.toString());
    assertEquals(1, d.sections().size(), d.toString());
    assertTrue(d.sections().get(0).sentences().get(0).text().startsWith("Ostmark announced"), d.toString());
  }

  @Test
  void oneSentenceOfContextJoinsAShortEventSectionInsteadOfStandingAlone() {
    List<Article> removal = List.of(
        teaser("Harbor Times", "Lunmark parliament removes interim President Ilse Varga over corruption probe",
            "Lunmark's parliament voted to remove interim President Ilse Varga over secret payments from a shipping "
                + "firm months before the April elections."),
        teaser("Capital Ledger", "Lunmark parliament ousts President Varga",
            "Varga is the latest in a series of Lunmark presidents to be removed from office by a vote of parliament."));
    DraftSummary d = summarizer.summarize(STORY, removal, 140);
    assertEquals(1, d.sections().size(), d.toString());
    assertEquals(2, d.sections().get(0).sentences().size(), d.toString());
    // the heading is not the opening words of a sentence beneath it
    String heading = d.sections().get(0).heading();
    for (DraftSentence s : d.sections().get(0).sentences()) assertFalse(s.text().startsWith(heading), heading);
  }

  @Test
  void aHeadingInTitleCaseReadsInSentenceCaseKeepingNames() {
    List<ArticleText> texts = ArticleText.of(List.of(teaser("Harbor Times", "Talks end",
        "Ostmark has not agreed to all the red lines set out by Valdoria's Prime Minister Anna Lind, officials said.")));
    assertEquals("Ostmark has not agreed to all Lind's \"red lines\"",
        Headings.sentenceCase("Ostmark Has Not Agreed To All Lind's \"Red Lines\"", texts));
    // a heading in sentence case stays as it is
    assertEquals("Ostmark rejects Lind's red lines", Headings.sentenceCase("Ostmark rejects Lind's red lines", texts));
  }

  @Test
  void aHeadingSpeaksToTheWholeSectionNotToOneOfItsLaterSentences() {
    Set<String> title = Paraphrases.terms("Valdoria and Ostmark agree water-sharing principles in Estenburg talks");
    List<String> section = List.of(
        "Valdoria and Ostmark reached an outline of a water-sharing deal in Estenburg, officials said.",
        "Negotiators said a treaty draft on the river basin could follow within weeks.",
        "Ostmark's farmers' unions welcomed the outline of the deal.");
    double lastOnly = SectionPlanner.fitness("Farmers' unions welcome Ostmark talks", section, title, true);
    double whole = SectionPlanner.fitness("Outline of a deal, treaty draft to follow", section, title, true);
    assertTrue(whole > lastOnly, whole + " <= " + lastOnly);
    // a clause that copies the first words of a sentence beneath it gives way to a headline that says as much
    double copy = SectionPlanner.fitness("Negotiators said a treaty draft on the river basin", section.subList(1, 2),
        title, false);
    double headline = SectionPlanner.fitness("Treaty draft on the river basin due", section.subList(1, 2), title, true);
    assertTrue(headline > copy, headline + " <= " + copy);
  }

  @Test
  void aTitleCaseHeadlineTitlesTheStoryInSentenceCaseKeepingItsNames() {
    List<Article> drills = List.of(
        teaser("Harbor Times", "Ostmark Temporarily Closes Kessel Strait Amid US River Talks",
            "Ostmark announced the temporary closure of the Kessel Strait for live fire drills as its negotiators held "
                + "talks with the US over the disputed river basin."),
        teaser("Capital Ledger", "Ostmark Temporarily Closes Kessel Strait Amid US River Talks",
            "Ostmark has repeatedly threatened to block the Kessel Strait and is now closing it for live fire drills "
                + "during its talks with the US over the river basin."));
    DraftSummary d = summarizer.summarize(STORY, drills, 140);
    // names the sentences capitalise (Kessel Strait) and acronyms (US) stay; the outlet's capitals on common words go
    assertEquals("Ostmark temporarily closes Kessel Strait amid US river talks", d.title());
    assertTrue(IntegrityCheck.check(d, drills).passed(), IntegrityCheck.check(d, drills).problems().toString());
    // a headline in sentence case titles its story as the outlet wrote it
    List<Article> plain = List.of(teaser("Harbor Times", "Ostmark closes Kessel Strait for drills during US talks",
        "Ostmark announced the temporary closure of the Kessel Strait for live fire drills during talks with the US."));
    assertEquals("Ostmark closes Kessel Strait for drills during US talks",
        summarizer.summarize(STORY, plain, 140).title());
    // a word the sentences never write is lower-cased when it is a common word (Harder, Thought), and kept when it is
    // not (Quillon, a name): a Related link to this story reads in the briefing's one style
    List<ArticleText> texts = ArticleText.of(drills);
    assertEquals("Ostmark said it would close Kessel Strait in a day. It's harder than it thought",
        Headings.title("Ostmark Said It Would Close Kessel Strait in a Day. It's Harder Than It Thought", texts));
    assertEquals("Ostmark hands Kessel Strait drills to Quillon command",
        Headings.title("Ostmark Hands Kessel Strait Drills to Quillon Command", texts));
    // a capital after a full stop inside a title stays
    assertEquals("Ostmark closes Kessel Strait. Talks with the US continue", Headings.title(
        "Ostmark Closes Kessel Strait. Talks With The US Continue", ArticleText.of(List.of(teaser("Harbor Times",
            "Talks go on", "Ostmark is closing the Kessel Strait while talks with the US continue in Estenburg.")))));
  }

  @Test
  void aNameIsSpeltOneWayWithTheAccentsTheOutletsGiveIt() {
    List<Article> removal = List.of(
        teaser("Harbor Times", "Lunmark parliament ousts interim President Andrés Várga",
            "Lunmark's parliament voted to remove interim President Andres Varga over secret payments from a shipping "
                + "firm months before the April elections."),
        teaser("Capital Ledger", "Lunmark parliament removes President Várga over corruption probe",
            "Varga is the latest in a series of Lunmark presidents to be removed from office by a vote of parliament."));
    DraftSummary d = summarizer.summarize(STORY, removal, 140);
    String all = d.title() + " " + text(d) + " " + d.sections().stream().map(DraftSection::heading).toList();
    assertTrue(all.contains("Várga") && !all.contains("Varga") && !all.contains("Andres "), all);
    // the sentences still match their articles: accents alone changed
    assertTrue(IntegrityCheck.check(d, removal).passed(), IntegrityCheck.check(d, removal).problems().toString());
    assertEquals("Andrés Várga spoke", Spellings.of(ArticleText.of(removal)).apply("Andres Varga spoke"));
  }

  @Test
  void aFactIsToldInTheVersionMostOutletsStateSoEveryOneIsCredited() {
    List<Article> drills = List.of(
        teaser("Harbor Times", "Ostmark closes Kessel Strait for drills",
            "Ostmark announced the temporary closure of the Kessel Strait on Tuesday for live fire drills in a rare show "
                + "of force as its negotiators held talks with Valdoria over the disputed river basin."),
        // an AP-style teaser without a final full stop: its whole sentence is still a sentence
        teaser("Capital Ledger", "Ostmark temporarily closed the Kessel Strait during talks",
            "Ostmark announced the temporary closure of the Kessel Strait for live fire drills as its negotiators held "
                + "talks with Valdoria over the disputed river basin"));
    DraftSummary d = summarizer.summarize(STORY, drills, 140);
    DraftSentence first = d.sections().get(0).sentences().get(0);
    assertEquals(2, first.articleIds().size(), d.toString());
    assertTrue(first.text().endsWith("river basin."), first.text());
    assertTrue(IntegrityCheck.check(d, drills).passed(), IntegrityCheck.check(d, drills).problems().toString());
  }

  @Test
  void aTeaserCutWithoutAFullStopStaysOutWhileAWholeOneIsClosed() {
    assertEquals("Lunmark's parliament has voted to remove interim President Ilse Varga from office.",
        ArticleText.closed("Lunmark's parliament has voted to remove interim President Ilse Varga from office"));
    // ending on a word that cannot end a sentence, or too short to tell: left as the feed wrote it
    assertEquals("Negotiators from Kestria and Lunmark concluded the first of two days of talks with the",
        ArticleText.closed("Negotiators from Kestria and Lunmark concluded the first of two days of talks with the"));
    assertEquals("Talks resume in Estenburg", ArticleText.closed("Talks resume in Estenburg"));
  }

  @Test
  void aSentenceThatALaterChoiceTellsWithMoreGivesWayToIt() {
    Candidate brief = new Candidate(0, 0, SentenceFeatures.of(
        "Lunmark's parliament has voted to remove interim President Ilse Varga from office."));
    Candidate fuller = new Candidate(1, 0, SentenceFeatures.of(
        "Parliament voted to remove interim President Ilse Varga over secret payments from a shipping firm just "
            + "months before national elections in April."));
    List<Candidate> chosen = new SentenceSelector(List.of(brief, fuller), "Lunmark removes President Varga")
        .select(140, -1);
    assertEquals(List.of(fuller), chosen);
  }
  /** Six outlets' one-sentence teasers of one removal vote: each retells the vote, two add a fact of their own. */
  static List<Article> removalTeasers() {
    return List.of(
        teaser("Harbor Times", "Ostmark parliament removes interim leader Tamsin Vor",
            "Ostmark's parliament voted to remove interim leader Tamsin Vor over undeclared meetings with foreign "
                + "shipping magnates, weeks before national elections in May."),
        teaser("Capital Ledger", "Ostmark parliament removes interim leader Vor in reshuffle",
            "Vor is the latest in a run of Ostmark leaders to be removed by a vote of parliament."),
        teaser("Northwind Wire", "Ostmark parliament votes to remove interim leader Tamsin Vor",
            "Ostmark's parliament voted to remove interim leader Tamsin Vor"),
        teaser("Meridian Post", "Ostmark removes leader Tamsin Vor",
            "Ostmark's parliament voted to remove interim leader Tamsin Vor, five months after she replaced Edda "
                + "Quill, who had also been removed from office."),
        teaser("Pacific Daily", "Ostmark leader removed after five months",
            "Ostmark's parliament on Monday removed interim leader Tamsin Vor, the country's sixth head of "
                + "government in eight years."));
  }

  @Test
  void aThinStoryOfTeasersTellsWhatTheirRetellingsAdd() {
    DraftSummary d = summarizer.summarize(STORY, removalTeasers(), 140);
    List<DraftSentence> all = sentences(d);
    // two sentences said all the teasers share; a third tells what one retelling adds (who she replaced, or how many
    // leaders before her), not the bare vote a third time
    assertEquals(SentenceSelector.THIN, all.size(), text(d));
    assertTrue(text(d).contains("Edda Quill") || text(d).contains("sixth head of government"), text(d));
    assertFalse(text(d).contains("Ostmark's parliament voted to remove interim leader Tamsin Vor ["), text(d));
  }

  @Test
  void aSectionLeadsWithTheReportWhoseHeadlineHeadsIt() {
    List<CitedSentence> section = new ArrayList<>();
    for (String s : List.of("Valdoria and Ostmark agreed on water-sharing principles at talks in Estenburg.",
        "The talks took place as Ostmark massed troops near the river border.",
        "Ostmark has not accepted all of Valdoria's demands on dam releases, its envoy said.")) {
      section.add(new CitedSentence(new Candidate(section.size(), 0, SentenceFeatures.of(s)), List.of(section.size())));
    }
    // the summary's opening stays first; the sentence of the report whose headline heads the section follows it
    List<CitedSentence> led = SectionPlanner.leadBy(section, 2, 1);
    assertEquals(List.of(0, 2, 1), led.stream().map(CitedSentence::origin).toList());
    // in a later section it leads; a heading cut from the section's own words leaves the order alone
    assertEquals(2, SectionPlanner.leadBy(section, 2, 0).get(0).origin());
    assertEquals(section, SectionPlanner.leadBy(section, -1, 0));
  }

  @Test
  void aHeadingIsAWholePhraseNeverTheOpeningWordsCutInsideOne() {
    // the phrase describing the subject is left out, and the clause ends before the participle clause
    assertEquals(java.util.Optional.of("The three-time Ostmark chess champion died peacefully"), Headings.fit(
        "The three-time Ostmark chess champion remembered for daring openings died peacefully surrounded by "
            + "family, her club said."));
    // never a verb whose clause is cut off, a time whose "when" is cut off, nor the speaker without what was said
    assertEquals("Officials urgently try to find a breakthrough", Headings.opening(
        "The direct talks last week came as officials urgently try to find a breakthrough on the issue of the "
            + "dam's releases, fearing the truce could collapse.", List.of()));
    assertEquals("The Valdorian president is in Ostmark", Headings.opening(
        "The Valdorian president is in Ostmark at a time when the country is looking to renew its rail fleet, "
            + "with a preliminary order for more than 100 trains.", List.of()));
    assertEquals("A 19-year-old man ran toward the Estenburg parliament", Headings.opening(
        "A 19-year-old man ran toward the Estenburg parliament with a starting pistol on Monday before guards "
            + "stopped him without incident, said the Estenburg police chief Mara Lund.", List.of()));
    for (String sentence : List.of(
        "Thousands of people across Valdoria are celebrating the start of the harvest festival, with parades "
            + "from Estenburg to the coast.",
        "At an event in Estenburg, a Valdorian official said a remote tremor in 2021 was caused by an Ostmark "
            + "test blast.")) {
      String h = Headings.opening(sentence, List.of());
      String next = sentence.substring(sentence.indexOf(h) + h.length()).strip().split("[\\s,]+")[0];
      assertFalse(Set.of("of", "said", "the", "a").contains(next), h + " | " + next);
    }
    // an absolute clause ("with festivities taking place ...") heads the sentence when its opening has no cut
    assertEquals("Festivities taking place from Estenburg to the coast", Headings.opening(
        "Thousands of people around Valdoria are celebrating the start of the harvest festival, with festivities "
            + "taking place from Estenburg to the coast.", List.of()));
    // a quotation's sentence with no whole phrase to give passes the heading to the next sentence
    assertEquals("Officials urgently try to find a breakthrough", Headings.opening(List.of(
        "'The blockade of the valley is still going on', the Kestrian ministry says, warning the mediators not to act "
            + "as 'cover'.",
        "The direct talks last week came as officials urgently try to find a breakthrough on the issue of the "
            + "militia's weapons, fearing the truce could collapse."), List.of()));
    // a key phrase never ends on the preposition of the verb before it
    assertFalse(KeyPhrases.phrases("A man ran toward the parliament on Monday.").stream()
        .anyMatch(p -> p.get(p.size() - 1).equalsIgnoreCase("toward")));
  }

  @Test
  void aTitleCaseHeadlineReadsInSentenceCaseNamesKept() {
    List<ArticleText> texts = ArticleText.of(List.of(teaser("Harbor Times", "Envoy visits Estenburg",
        "The Valdorian envoy said Ostmark was ready to sign. Advisers of Lind's party backed the deal.")));
    // a possessive is read by its word: "Lind's" is a name the sentences write capitalised
    assertEquals("Envoy says Ostmark ready to sign Lind's deal",
        Headings.sentenceCase("Envoy Says Ostmark Ready To Sign Lind's Deal", texts));
    // a word the sentences never write is lower-cased when it is a common word, kept when it is not (a name)
    assertEquals("Envoy stresses Ostmark support for Quillon's deal",
        Headings.sentenceCase("Envoy Stresses Ostmark Support For Quillon's Deal", texts));
    // a title keeps a capital after a full stop inside it
    assertEquals("Lind said he'd sign in a day. It's harder than he thought.",
        Headings.title("Lind Said He'd Sign in a Day. It's Harder Than He Thought.", texts));
    // a one-sentence title drops the full stop an outlet closed it with; "U.S." keeps its own
    assertEquals("How Lind won the Estenburg vote", Headings.title("How Lind won the Estenburg vote.", texts));
    assertEquals("Envoy visits the U.S.", Headings.title("Envoy visits the U.S.", texts));
    // a compound that opens a Title Case title is read part by part
    assertEquals("18-year-old man arrested after running toward Estenburg parliament",
        Headings.title("18-Year-Old Man Arrested After Running Toward Estenburg Parliament", texts));
  }
}
