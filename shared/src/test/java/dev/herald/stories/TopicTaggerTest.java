package dev.herald.stories;

import static dev.herald.stories.TestArticles.article;
import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.herald.model.Topic;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

class TopicTaggerTest {
  private final TopicTagger tagger = new TopicTagger(
      List.of(
          new Topic("economy", List.of("rate cut", "central bank"), List.of()),
          new Topic("ai", List.of("AI", "open-weight"), List.of()),
          new Topic("tech", List.of("software"), List.of("techline"))),
      feed -> Map.of("harbor-times", List.of("world")).getOrDefault(feed, List.of()));

  @Test
  void aPhraseInTheHeadlineTagsEvenWithAPluralOrCapitals() {
    assertEquals(Set.of("economy"), tagger.tag(article("1", "Ledger", "Governor signals further Rate Cuts", "", 
        "2026-11-26T12:00:00Z")));
  }

  @Test
  void aPhraseOnceInTheTextIsAPassingMentionTwiceIsTheSubject() {
    assertEquals(Set.of(), tagger.tag(article("1", "Ledger", "Shares rise",
        "Investors shrugged off the central bank.", "2026-11-26T12:00:00Z")));
    assertEquals(Set.of("economy"), tagger.tag(article("2", "Ledger", "Shares rise",
        "The central bank met. The central bank cut.", "2026-11-26T12:00:00Z")));
  }

  @Test
  void wordsMatchWholeNotInsideOtherWords() {
    assertEquals(Set.of(), tagger.tag(article("1", "Wire", "Maine fair opens", "", "2026-11-26T12:00:00Z")));
    assertEquals(Set.of("ai"), tagger.tag(article("2", "Wire", "Aster Labs releases open-weight model", "",
        "2026-11-26T12:00:00Z")));
  }

  @Test
  void feedsGiveTheirOwnTopicsAndTopicsNameTheirFeeds() {
    assertEquals(Set.of("world"), tagger.tag(article("1", "Harbor Times", "Library renovation approved", "",
        "2026-11-26T12:00:00Z")));
    assertEquals(Set.of("tech"), tagger.tag(article("2", "Techline", "Library renovation approved", "",
        "2026-11-26T12:00:00Z")));
  }
}
