package dev.herald.delivery;

import static dev.herald.testing.Fixtures.T0;
import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.herald.model.Section;
import dev.herald.model.Sentence;
import dev.herald.model.Source;
import dev.herald.model.StorySummary;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class ChangeLineTest {
  static final Section STRIKE = new Section("Valdoria rail strike",
      List.of(new Sentence("Rail workers walked out at dawn.", List.of(1, 2)),
          new Sentence("Most intercity trains were cancelled.", List.of(3))));

  static StorySummary summary(int version, List<Section> sections, String... outlets) {
    List<Source> sources = new ArrayList<>();
    for (int i = 0; i < outlets.length; i++) {
      sources.add(new Source(i + 1, "a" + (i + 1), outlets[i], "Headline", "", ""));
    }
    return new StorySummary(9, version, "Rail strike", sections, sources, "extractive", T0);
  }

  @Test
  void aSectionTheReaderSawUnderAnotherHeadingIsNotNew() {
    StorySummary before = summary(1, List.of(STRIKE), "Harbor Times", "Capital Ledger", "Pacific Daily");
    Section renamed = new Section("Rail strike halts most intercity trains across Valdoria", STRIKE.sentences());
    Section reactions = new Section("Unions call for talks",
        List.of(new Sentence("The union said it was ready to talk.", List.of(4))));
    StorySummary after = summary(2, List.of(renamed, reactions),
        "Harbor Times", "Capital Ledger", "Pacific Daily", "Techline");
    assertEquals("1 more article: Techline \u00b7 new section: Unions call for talks",
        ChangeLine.between(Optional.of(before), after));
  }

  @Test
  void aSectionThatGainedASentenceSaysSo() {
    StorySummary before = summary(1, List.of(STRIKE), "Harbor Times", "Capital Ledger", "Pacific Daily");
    List<Sentence> more = new ArrayList<>(STRIKE.sentences());
    more.add(new Sentence("Freight trains kept running.", List.of(4)));
    StorySummary after = summary(2, List.of(new Section("Valdoria rail strike", more)),
        "Harbor Times", "Capital Ledger", "Pacific Daily", "Harbor Times");
    assertEquals("1 more article \u00b7 more in Valdoria rail strike", ChangeLine.between(Optional.of(before), after));
  }
}
