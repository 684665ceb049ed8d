package dev.herald.articles.fulltext;

import dev.herald.model.TextReason;
import java.util.Objects;

/**
 * What a {@link PageReader} made of a page.
 *
 * @param verdict {@link TextReason#PAGE} when the page is the article, else what stands in front of it (paywall,
 *     consent, JavaScript shell, login, AMP stub, video, too little text)
 * @param detail why, in a few words, or empty
 * @param text the article body, paragraphs separated by a blank line; empty unless the verdict is {@code PAGE}
 * @param siteName the site's own name, or empty
 * @param imageUrl the lead image, an https URL on a public host, or empty
 */
public record PageReading(
    TextReason verdict, String detail, String text, String siteName, String imageUrl, String author) {
  public PageReading {
    Objects.requireNonNull(verdict, "verdict == null");
    Objects.requireNonNull(detail, "detail == null");
    Objects.requireNonNull(text, "text == null");
    Objects.requireNonNull(siteName, "siteName == null");
    Objects.requireNonNull(imageUrl, "imageUrl == null");
    Objects.requireNonNull(author, "author == null");
    if (verdict == TextReason.PAGE && text.isBlank()) throw new IllegalArgumentException("an article page without text");
    if (verdict != TextReason.PAGE && !text.isEmpty()) {
      throw new IllegalArgumentException("a page that is not the article has no text: " + verdict);
    }
  }
}
