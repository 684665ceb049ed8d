package dev.herald.digest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Set;
import org.junit.jupiter.api.Test;

class ParaphrasesTest {
  static final Set<String> NO_TITLE = Set.of();

  static boolean retells(String sentence, String told, String title) {
    return Paraphrases.retells(SentenceFeatures.of(sentence), SentenceFeatures.of(told), Paraphrases.terms(title));
  }

  @Test
  void theSameFactInAnotherOutletsWordsIsARetelling() {
    String told = "Valdoria and the United States reached an understanding on key principles for a trade deal at talks "
        + "in Estenburg.";
    // the speaker and the adjective of the country differ, the fact does not
    assertTrue(retells("The Valdorian trade minister, Ilse Marrow, said both sides had agreed on a set of principles "
        + "for a trade deal.", told, ""));
    // a weekday and a subordinate clause add nothing to the head fact
    assertTrue(retells("The U.S. and Valdoria agreed principles for a trade deal on Tuesday, after months of "
        + "disputes over steel tariffs.", told, ""));
  }

  @Test
  void aRemovalToldAsImpeachmentByOneAndOustingByAnotherIsOneFact() {
    String told = "Congress voted to impeach interim President Ada Korr over secret meetings with foreign "
        + "businessmen months before the April election.";
    String title = "Marrish Congress removes interim President Korr amid corruption probe";
    assertTrue(retells("Marrish lawmakers on Tuesday ousted interim president Ada Korr, the country's seventh head of "
        + "state in ten years.", told + " Lawmakers voted.", title));
    assertTrue(retells("The Marrish Congress on Tuesday impeached interim president Ada Korr, the seventh head of "
        + "state in ten years.", told, title));
  }

  @Test
  void aWordFamilyAndAnAttributionDoNotMakeANewFact() {
    String told = "Valdoria announced the temporary closure of the Senne Strait on Tuesday for live fire drills as its "
        + "negotiators met the other side.";
    assertTrue(retells("Valdoria says it temporarily closed the Senne Strait — a vital shipping route — as talks "
        + "began.", told, ""));
    assertTrue(retells("The day before talks were set to resume, Valdoria conducted live drills in the Senne Strait, "
        + "a waterway for grain shipments.", told, ""));
  }

  @Test
  void distinctFactsAreKept() {
    String told = "Valdoria announced the temporary closure of the Senne Strait on Tuesday for live fire drills.";
    // background on the same place: its own fact
    assertFalse(retells("The Senne Strait carries a fifth of the region's grain exports.", told, ""));
    // a different claim about the same actors
    assertFalse(retells("Valdoria has repeatedly threatened to block the strait during past disputes.", told, ""));
    // the same words with another number: a different fact
    assertFalse(retells("The strike cancelled 60 percent of intercity trains on Thursday.",
        "The strike cancelled 80 percent of intercity trains on Thursday.", ""));
    // the same words, negated: the opposite fact
    assertFalse(retells("Valdoria did not close the Senne Strait for live fire drills.", told, ""));
  }

  @Test
  void theTitleAloneIsNotATellingOfTheFact() {
    // the sentence retells only the headline: the told sentence shares none of its substance
    assertFalse(retells("Marrish Congress removed interim President Korr on Tuesday.",
        "The vote came four months before the national election.",
        "Marrish Congress removes interim President Korr amid corruption probe"));
  }

  @Test
  void aShortHeadIsNeverCalledARetelling() {
    // "Jon Esker, who ..." has a two-word head: too little to judge
    assertFalse(retells("Jon Esker, who captained the side for a decade, scored twice in the final.",
        "Jon Esker scored twice in the final.", ""));
  }

  @Test
  void theHeadFactDropsLeadInSpeakerAndSubordinateClauses() {
    assertEquals("Valdoria conducted live drills in the Senne Strait",
        Paraphrases.head("The day before talks were set to resume, Valdoria conducted live drills in the Senne Strait, "
            + "a waterway for grain shipments."));
    assertEquals("both sides had agreed on a set of principles",
        Paraphrases.head("The trade minister, Ilse Marrow, said both sides had agreed on a set of principles."));
    assertEquals("Valdoria and Marrland agreed to a set of principles",
        Paraphrases.head("Valdoria and Marrland agreed to a set of principles laying the groundwork for a deal."));
    assertEquals("Storm Isolde struck the west coast overnight",
        Paraphrases.head("Storm Isolde struck the west coast overnight, killing one person, the police said."));
  }

  @Test
  void looseTermsJoinSpellingsOfOneCountryAndWordFamilies() {
    assertEquals(Paraphrases.terms("U.S. talks"), Paraphrases.terms("United States talks"));
    assertTrue(Paraphrases.holds(Paraphrases.terms("Valdoria"), "valdorian"));
    assertTrue(Paraphrases.holds(Paraphrases.terms("temporary"), Paraphrases.terms("temporarily").iterator().next()));
    assertFalse(Paraphrases.holds(Paraphrases.terms("rail"), "rain"));
  }

  @Test
  void theSelectorTellsAFactOnceAndKeepsTheNextFact() {
    var texts = ArticleText.of(java.util.List.of(
        ExtractiveSummarizerTest.article("a", "Northwind Wire", "Valdoria closes Senne Strait for drills",
            "Valdoria announced the temporary closure of the Senne Strait on Tuesday for live fire drills. "
                + "The navy said the drills would last three days."),
        ExtractiveSummarizerTest.article("b", "Harbor Times", "Strait shut as talks resume",
            "Valdoria says it temporarily closed the Senne Strait — a vital shipping route — as talks began. "
                + "The Senne Strait carries a fifth of the region's grain exports.")));
    var chosen = new SentenceSelector(Candidate.of(texts), "Valdoria closes Senne Strait for drills").select(200, 0);
    var told = chosen.stream().map(Candidate::text).toList();
    assertTrue(told.get(0).startsWith("Valdoria announced the temporary closure"), told.toString());
    assertFalse(told.stream().anyMatch(t -> t.startsWith("Valdoria says it temporarily closed")), told.toString());
    assertTrue(told.stream().anyMatch(t -> t.contains("fifth of the region's grain")), told.toString());
    // deterministic: the same input chooses the same sentences
    assertEquals(told, new SentenceSelector(Candidate.of(texts), "Valdoria closes Senne Strait for drills")
        .select(200, 0).stream().map(Candidate::text).toList());
  }
}
