package dev.herald.digest;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.herald.model.Article;
import dev.herald.model.Source;
import dev.herald.model.TextChoice;
import dev.herald.model.TextReason;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class StoryImageTest {
  static final Instant T = Instant.parse("2026-11-26T09:00:00Z");

  static Article article(String id, String image) {
    return new Article(id, "f", "F", "T", "https://n.example/" + id, "", id, T, false, T, "x", "x", image, "");
  }

  static TextChoice page(String id, String image) {
    return new TextChoice(id, "f", TextReason.PAGE, "x", "", "", image, "", "", 1, T);
  }

  static final List<Source> SOURCES = List.of(new Source(1, "a", "F", "", "", ""), new Source(2, "b", "F", "", "", ""));

  @Test
  void aFeedThumbnailComesFirstThenAPagesLeadImageInCitationOrder() {
    Map<String, Article> articles = Map.of("a", article("a", ""), "b", article("b", "https://img.example/b-feed.jpg"));
    Map<String, TextChoice> pages = Map.of("a", page("a", "https://img.example/a-page.jpg"));
    assertEquals("https://img.example/b-feed.jpg", StoryImage.pick(SOURCES, articles, pages));
    assertEquals("https://img.example/a-page.jpg",
        StoryImage.pick(SOURCES, Map.of("a", article("a", ""), "b", article("b", "")), pages));
  }

  @Test
  void plainHttpOrAPrivateAddressIsNeverThePicture() {
    Map<String, Article> articles = Map.of("a", article("a", "http://img.example/a.jpg"),
        "b", article("b", "https://192.168.0.10/b.jpg"));
    assertEquals("", StoryImage.pick(SOURCES, articles, Map.of("a", page("a", "https://localhost/x.jpg"))));
  }
}
