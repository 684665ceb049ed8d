package dev.herald.articles;

import java.time.Instant;
import java.util.Objects;

/**
 * A feed item cleaned to plain text, before it has an id: what {@link ArticleCleaner} makes of a raw item.
 *
 * @param description the feed's description cleaned (teaser fragment and "[…]" dropped), else the content's lead
 * @param text the fullest clean text (content preferred over description), paragraphs separated by blank lines
 * @param cutShort whether the publisher cut that text short (a truncation mark, a "Continue reading" link): a teaser
 */
public record CleanItem(
    String title,
    String url,
    String canonicalUrl,
    String guid,
    Instant published,
    boolean dateEstimated,
    String description,
    String text,
    String imageUrl,
    boolean cutShort) {

  public CleanItem {
    Objects.requireNonNull(title, "title == null");
    Objects.requireNonNull(url, "url == null");
    Objects.requireNonNull(canonicalUrl, "canonicalUrl == null");
    Objects.requireNonNull(guid, "guid == null");
    Objects.requireNonNull(published, "published == null");
    Objects.requireNonNull(description, "description == null");
    Objects.requireNonNull(text, "text == null");
    Objects.requireNonNull(imageUrl, "imageUrl == null");
  }

  /** Whether there is anything to show: a title or some text. */
  public boolean isEmpty() {
    return title.isBlank() && text.isBlank() && description.isBlank();
  }
}
