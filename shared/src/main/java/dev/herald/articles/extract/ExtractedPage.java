package dev.herald.articles.extract;

import java.net.URI;
import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * What {@link PageExtractor} read from one HTML page.
 *
 * <p>{@code paragraphs} is the article body as clean paragraphs, and is empty unless the verdict says the page is the
 * article: a paywall notice, a consent banner or a login form is never returned as text. The metadata fields are
 * filled whatever the verdict (a paywalled page still names its site), {@code ""} when the page does not say.
 *
 * @param title the headline ({@code ""} when the page has none)
 * @param siteName the publisher's name ({@code og:site_name}, JSON-LD {@code publisher})
 * @param author the byline, authors joined with ", "
 * @param published the publication time, when the page gives a readable one
 * @param image the lead image: an absolute https URL on a public host, never http or a private address
 * @param canonical the page's canonical address ({@code link rel=canonical}, {@code og:url}), or where a redirect
 *     stub points; absolute http(s)
 * @param paragraphs the body, one entry per paragraph (no blank entries)
 * @param verdict whether this page is the article, and if not what it is and why
 */
public record ExtractedPage(String title, String siteName, String author, Optional<Instant> published,
    Optional<URI> image, Optional<URI> canonical, List<String> paragraphs, PageVerdict verdict) {
  public ExtractedPage {
    Objects.requireNonNull(title, "title == null");
    Objects.requireNonNull(siteName, "siteName == null");
    Objects.requireNonNull(author, "author == null");
    Objects.requireNonNull(published, "published == null");
    Objects.requireNonNull(image, "image == null");
    Objects.requireNonNull(canonical, "canonical == null");
    Objects.requireNonNull(verdict, "verdict == null");
    paragraphs = List.copyOf(paragraphs);
    if (!verdict.isArticle() && !paragraphs.isEmpty()) {
      throw new IllegalArgumentException("a page that is not the article has no text: " + verdict);
    }
  }

  /** Whether the body is the article (and so {@link #text()} may be used instead of the feed's text). */
  public boolean isArticle() {
    return verdict.isArticle();
  }

  /** The body, paragraphs separated by a blank line; {@code ""} when the page is not the article. */
  public String text() {
    return String.join("\n\n", paragraphs);
  }

  /** Words in the body. */
  public int words() {
    int n = 0;
    for (String p : paragraphs) n += Words.count(p);
    return n;
  }
}
