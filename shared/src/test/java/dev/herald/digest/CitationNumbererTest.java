package dev.herald.digest;

import static dev.herald.testing.Fixtures.T0;
import static dev.herald.testing.Fixtures.article;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.herald.model.Article;
import dev.herald.model.Source;
import dev.herald.model.Story;
import dev.herald.model.StorySummary;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class CitationNumbererTest {
  final Article a = article("a", "Yonhap", "Lee meets Takaichi", "Lee met Takaichi.", T0);
  final Article b = article("b", "Kyodo", "Takaichi in Seoul", "Takaichi visited Seoul.", T0.plusSeconds(60));
  final Article c = article("c", "NHK", "Summit ends", "The summit ended.", T0.minusSeconds(60));
  final Story story = new Story(7, 3, T0, T0, T0, 3, 3, "Summit");

  @Test
  void numbersFollowFirstAppearanceAcrossSections() {
    DraftSummary draft = new DraftSummary("Leaders meet", List.of(
        new DraftSection("Meeting", List.of(new DraftSentence("Lee met Takaichi.", List.of("b", "a")))),
        new DraftSection("Visit", List.of(new DraftSentence("Takaichi visited Seoul.", List.of("a"))))),
        "extractive");
    StorySummary s = CitationNumberer.number(story, draft, List.of(a, b, c), Map.of(), T0);

    assertEquals("Lee met Takaichi [1][2].", s.sections().get(0).text());
    assertEquals("Takaichi visited Seoul [2].", s.sections().get(1).text(), "an article keeps its number everywhere");
    assertEquals(List.of("b", "a", "c"), s.sources().stream().map(Source::articleId).toList());
    assertEquals(List.of(1, 2, 3), s.sources().stream().map(Source::n).toList());
  }

  @Test
  void uncitedArticlesFollowOldestFirstSoTheListCoversTheStory() {
    Article d = article("d", "AP", "Later", "Later.", T0.plusSeconds(600));
    DraftSummary draft = new DraftSummary("T", List.of(
        new DraftSection("H", List.of(new DraftSentence("Lee met Takaichi.", List.of("a"))))), "extractive");
    StorySummary s = CitationNumberer.number(story, draft, List.of(d, a, b, c), Map.of(), T0);
    assertEquals(List.of("a", "c", "b", "d"), s.sources().stream().map(Source::articleId).toList());
  }

  @Test
  void descriptionsComeFromTheMapWhenGiven() {
    DraftSummary draft = new DraftSummary("T", List.of(
        new DraftSection("H", List.of(new DraftSentence("Lee met Takaichi.", List.of("a"))))), "extractive");
    StorySummary s = CitationNumberer.number(story, draft, List.of(a), Map.of("a", "One line."), T0);
    assertEquals(new Source(1, "a", "Yonhap", "Lee meets Takaichi", "One line.", "https://yonhap.example/a"),
        s.source(1));
  }

  @Test
  void aCitationOfAnArticleOutsideTheStoryIsRejected() {
    DraftSummary draft = new DraftSummary("T", List.of(
        new DraftSection("H", List.of(new DraftSentence("Made up.", List.of("zzz"))))), "llm");
    assertThrows(IllegalArgumentException.class,
        () -> CitationNumberer.number(story, draft, List.of(a), Map.of(), T0));
  }
}
