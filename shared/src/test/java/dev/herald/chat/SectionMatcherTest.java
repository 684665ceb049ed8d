package dev.herald.chat;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.herald.model.Section;
import dev.herald.model.Sentence;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** Section references by number or heading: the one {@code /expand} names, and those a half-typed one may name. */
class SectionMatcherTest {
  static final List<Section> SECTIONS = List.of(section("Walkout begins"), section("Talks stall"),
      section("What comes next"));

  static Section section(String heading) {
    return new Section(heading, List.of(new Sentence("Something happened.", List.of(1))));
  }

  @Test
  void aNumberOrTheWordsOfAHeadingNameOneSection() {
    assertEquals(Optional.of(1), SectionMatcher.find(SECTIONS, "2").index());
    assertEquals(Optional.of(1), SectionMatcher.find(SECTIONS, "#2").index());
    assertEquals(Optional.empty(), SectionMatcher.find(SECTIONS, "4").index());
    assertEquals(Optional.of(2), SectionMatcher.find(SECTIONS, "next comes").index());
    assertEquals(List.of("budget"), SectionMatcher.find(SECTIONS, "talks budget").unmatched());
  }

  @Test
  void whileTypingEveryMatchingNumberOrHeadingIsSuggested() {
    assertEquals(List.of(0, 1, 2), SectionMatcher.suggest(SECTIONS, " "));
    assertEquals(List.of(1), SectionMatcher.suggest(SECTIONS, "2"));
    assertEquals(List.of(0, 1), SectionMatcher.suggest(SECTIONS, "AL"));
    assertEquals(List.of(), SectionMatcher.suggest(SECTIONS, "budget"));
  }
}
