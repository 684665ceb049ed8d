package dev.herald.stories;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

class EntityTermsTest {
  @Test
  void capitalisedRunsBecomeFoldedPhrases() {
    assertEquals(List.of("simon anholt", "good country index", "zurich town hall"),
        EntityTerms.of("Policy advisor Simon Anholt made the Good Country Index in Zürich Town Hall."));
  }

  @Test
  void singleCapitalisedWordsAreNotNames() {
    assertEquals(List.of("united states"),
        EntityTerms.of("Sweden tops the index. The United States is 21st, behind Canada."));
  }

  @Test
  void aSentenceOpeningStopWordAndPossessiveAreDropped() {
    assertEquals(List.of("calgary zoo", "calgary zoo"),
        EntityTerms.of("The Calgary Zoo closed. Then Calgary Zoo's staff left."));
  }

  @Test
  void punctuationBreaksARun() {
    assertEquals(List.of("angela merkel"),
        EntityTerms.of("He met Ford, Obama and then Angela Merkel (CDU) Leader"));
  }

  @Test
  void emptyAndLowerCaseTextsHaveNoNames() {
    assertEquals(List.of(), EntityTerms.of(""));
    assertEquals(List.of(), EntityTerms.of("nothing capitalised here at all"));
  }
}
