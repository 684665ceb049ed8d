package dev.herald.model;

import static dev.herald.testing.Fixtures.T0;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

class StorySummaryTest {
  static final Source S1 = new Source(1, "a", "Yonhap", "Headline", "Desc", "https://x.example/1");
  static final Source S2 = new Source(2, "b", "Kyodo", "Headline 2", "", "");

  static Section section(Sentence... s) {
    return new Section("Heading", List.of(s));
  }

  @Test
  void aCitationBeyondTheSourcesIsRejected() {
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> new StorySummary(1, 1, "T",
        List.of(section(new Sentence("x.", List.of(3)))), List.of(S1, S2), "extractive", T0));
    assertEquals("citation out of range: [3] in \"Heading\"", e.getMessage());
  }

  @Test
  void anUncitedSentenceIsRejected() {
    assertThrows(IllegalArgumentException.class, () -> new StorySummary(1, 1, "T",
        List.of(section(new Sentence("x.", List.of()))), List.of(S1), "extractive", T0));
  }

  @Test
  void sourcesMustBeNumberedOneToN() {
    Source wrong = new Source(3, "b", "Kyodo", "", "", "");
    assertThrows(IllegalArgumentException.class, () -> new StorySummary(1, 1, "T",
        List.of(section(new Sentence("x.", List.of(1)))), List.of(S1, wrong), "extractive", T0));
  }

  @Test
  void singleOutletIsDerivedFromTheSources() {
    StorySummary one = new StorySummary(1, 1, "T", List.of(section(new Sentence("x.", List.of(1)))),
        List.of(S1, new Source(2, "c", "Yonhap", "", "", "")), "extractive", T0);
    assertTrue(one.singleOutlet());
  }

  @Test
  void listsAreCopied() {
    List<Section> sections = new java.util.ArrayList<>(List.of(section(new Sentence("x.", List.of(1)))));
    StorySummary s = new StorySummary(1, 1, "T", sections, List.of(S1), "extractive", T0);
    sections.clear();
    assertEquals(1, s.sections().size());
  }
}
