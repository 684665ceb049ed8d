package dev.herald.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;
import org.junit.jupiter.api.Test;

class SentenceTest {
  @Test
  void citationsGoBeforeTheFullStop() {
    assertEquals("Cooperation is critical [1][2].", new Sentence("Cooperation is critical.", List.of(2, 1)).render());
  }

  @Test
  void aSentenceEndingInAQuoteTakesItsCitationsAfterIt() {
    assertEquals("He said \u201cwe are ready.\u201d [3]", new Sentence("He said \u201cwe are ready.\u201d", List.of(3))
        .render());
  }

  @Test
  void aSentenceWithoutFinalPunctuationTakesCitationsAtTheEnd() {
    assertEquals("Talks continue [1]", new Sentence("Talks continue", List.of(1)).render());
  }

  @Test
  void citationsAreSortedAndDistinct() {
    assertEquals(List.of(1, 4), new Sentence("x.", List.of(4, 1, 4)).citations());
  }

  @Test
  void textMayNotCarryItsOwnMarkers() {
    assertThrows(IllegalArgumentException.class, () -> new Sentence("Already cited [1].", List.of(1)));
  }

  @Test
  void citationNumbersStartAtOne() {
    assertThrows(IllegalArgumentException.class, () -> new Sentence("x.", List.of(0)));
  }
}
