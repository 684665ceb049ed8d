package dev.herald.text;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

class SentenceSplitterTest {
  @Test
  void splitsAtFullStopsQuestionAndExclamationMarks() {
    assertEquals(List.of("The bank cut rates.", "Did it help?", "Yes!"),
        SentenceSplitter.split("The bank cut rates. Did it help? Yes!"));
  }

  @Test
  void aMentionOrHandleAfterAFullStopStartsANewSentence() {
    // joined to the sentence before, a feed's trailing "@everyone" made that sentence unusable (a handle) and cost a
    // one-sentence story its whole summary
    assertEquals(List.of("Dockworkers walked out at the harbour on Monday, the union said.", "@everyone"),
        SentenceSplitter.split("Dockworkers walked out at the harbour on Monday, the union said. @everyone"));
    assertEquals(List.of("The vote passed.", "@heraldnews reports more."),
        SentenceSplitter.split("The vote passed. @heraldnews reports more."));
    assertEquals(List.of("A wildfire spread toward the town, firefighters said.", "<!subteam^S1> <@U9|x>"),
        SentenceSplitter.split("A wildfire spread toward the town, firefighters said. <!subteam^S1> <@U9|x>"));
    assertEquals(List.of("Write to news@herald.example for copies."),
        SentenceSplitter.split("Write to news@herald.example for copies."));
  }

  @Test
  void honorificsAndAbbreviationsDoNotEndASentence() {
    assertEquals(List.of("Dr. Lee met Gov. Marrow and Sen. Ames in the U.S. Senate on Monday.", "They talked."),
        SentenceSplitter.split("Dr. Lee met Gov. Marrow and Sen. Ames in the U.S. Senate on Monday. They talked."));
  }

  @Test
  void initialsStayInsideTheName() {
    assertEquals(List.of("Site director Oliver J. T. O'Grady led the dig.", "It ended in May."),
        SentenceSplitter.split("Site director Oliver J. T. O'Grady led the dig. It ended in May."));
  }

  @Test
  void decimalsAndPricesAreNotSentenceEnds() {
    assertEquals(List.of("The rate fell to 3.50 percent, and $1.5 billion moved.", "Shares rose 2.1%."),
        SentenceSplitter.split("The rate fell to 3.50 percent, and $1.5 billion moved. Shares rose 2.1%."));
  }

  @Test
  void monthAbbreviationsBeforeADayContinueTheSentence() {
    assertEquals(List.of("The vote is on Nov. 26 in No. 3 hall.", "Turnout rose in Nov.", "The count is on Dec. 3."),
        SentenceSplitter.split("The vote is on Nov. 26 in No. 3 hall. Turnout rose in Nov. The count is on Dec. 3."));
  }

  @Test
  void aQuotedQuestionFollowedByItsSpeakerIsOneSentence() {
    assertEquals(List.of("\"Is there something wrong with it?\" fan Jordan Deuschleman asked."),
        SentenceSplitter.split("\"Is there something wrong with it?\" fan Jordan Deuschleman asked."));
  }

  @Test
  void aClosingQuoteStaysWithItsSentence() {
    assertEquals(List.of("He said “We held it back.”", "Then he left."),
        SentenceSplitter.split("He said “We held it back.” Then he left."));
  }

  @Test
  void lineBreaksAlwaysEndASentenceAndWhitespaceIsCollapsed() {
    assertEquals(List.of("Long Story Short", "The index was released."),
        SentenceSplitter.split("Long Story Short\n\n The index \u00a0was\t released."));
  }

  @Test
  void blankTextHasNoSentences() {
    assertEquals(List.of(), SentenceSplitter.split(" \n \n "));
  }
}
