package dev.herald.feeds;

import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * One feed item as the feed gave it: text fields still hold HTML where the feed put HTML; links are absolute when a
 * base was known. Untrusted.
 *
 * @param title the headline
 * @param link the item's web page (absolute when resolvable), may be empty
 * @param guid the feed's id for the item (RSS guid, Atom id, JSON Feed id), may be empty
 * @param published when it was published, when the feed said so in a readable form
 * @param updated when it was last changed, when the feed said so
 * @param dateText the raw date string the feed gave (published, else updated), may be empty; with no parsed date
 *     it tells a reader why
 * @param summary the description or summary
 * @param content the full content ({@code content:encoded}, Atom content, {@code content_html})
 * @param author the author's name, may be empty
 * @param categories category labels, in feed order
 * @param imageUrl a thumbnail or image enclosure URL, may be empty
 * @param sourceName the original outlet named in RSS {@code <source>} or Atom {@code <source>}, may be empty
 */
public record RawItem(
    FeedText title,
    String link,
    String guid,
    Optional<Instant> published,
    Optional<Instant> updated,
    String dateText,
    FeedText summary,
    FeedText content,
    String author,
    List<String> categories,
    String imageUrl,
    String sourceName) {

  public RawItem {
    Objects.requireNonNull(title, "title == null");
    Objects.requireNonNull(link, "link == null");
    Objects.requireNonNull(guid, "guid == null");
    Objects.requireNonNull(published, "published == null");
    Objects.requireNonNull(updated, "updated == null");
    Objects.requireNonNull(dateText, "dateText == null");
    Objects.requireNonNull(summary, "summary == null");
    Objects.requireNonNull(content, "content == null");
    Objects.requireNonNull(author, "author == null");
    categories = List.copyOf(categories);
    Objects.requireNonNull(imageUrl, "imageUrl == null");
    Objects.requireNonNull(sourceName, "sourceName == null");
  }

  /** The publication date, else the update date. */
  public Optional<Instant> date() {
    return published.isPresent() ? published : updated;
  }
}
