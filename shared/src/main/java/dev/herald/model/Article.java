package dev.herald.model;

import java.time.Instant;
import java.util.Objects;

/**
 * One news item after cleaning: plain text only, never HTML. Untrusted: every text field comes from a feed and must be
 * escaped by each renderer.
 *
 * @param id stable id, unique in the store
 * @param feedId the {@link FeedSource#id()} it came from
 * @param outlet the outlet name shown in source lists
 * @param title clean headline, may be empty when the item only had text
 * @param url the item's link (may be empty); {@code canonicalUrl} is its normalised form used for identity
 * @param guid the feed's own id for the item, may be empty
 * @param published publication time in UTC; {@code dateEstimated} when the feed gave none and the fetch time was used
 * @param description the feed's one-paragraph description as clean text, may be empty
 * @param text the fullest clean text available (content, else description), may be empty
 * @param imageUrl an http(s) thumbnail, may be empty
 * @param nearDuplicateOf the id of the article this one syndicates (same wire copy), or empty
 */
public record Article(
    String id,
    String feedId,
    String outlet,
    String title,
    String url,
    String canonicalUrl,
    String guid,
    Instant published,
    boolean dateEstimated,
    Instant fetchedAt,
    String description,
    String text,
    String imageUrl,
    String nearDuplicateOf) {

  public Article {
    Checks.notBlank(id, "id");
    Checks.notBlank(feedId, "feedId");
    Checks.notBlank(outlet, "outlet");
    Checks.notNull(title, "title");
    Checks.notNull(url, "url");
    Checks.notNull(canonicalUrl, "canonicalUrl");
    Checks.notNull(guid, "guid");
    Objects.requireNonNull(published, "published == null");
    Objects.requireNonNull(fetchedAt, "fetchedAt == null");
    Checks.notNull(description, "description");
    Checks.notNull(text, "text");
    Checks.notNull(imageUrl, "imageUrl");
    Checks.notNull(nearDuplicateOf, "nearDuplicateOf");
    if (title.isBlank() && text.isBlank() && description.isBlank()) {
      throw new IllegalArgumentException("article " + id + " has no title and no text");
    }
    if (nearDuplicateOf.equals(id)) throw new IllegalArgumentException("article " + id + " duplicates itself");
  }

  /** The body to summarise: the text, else the description, else the title. */
  public String body() {
    if (!text.isBlank()) return text;
    if (!description.isBlank()) return description;
    return title;
  }

  /** The same article summarised from {@code other} text (its page's article body, or its feed text back). */
  public Article withText(String other) {
    return new Article(id, feedId, outlet, title, url, canonicalUrl, guid, published, dateEstimated, fetchedAt,
        description, other, imageUrl, nearDuplicateOf);
  }

  public Article withNearDuplicateOf(String otherId) {
    return new Article(id, feedId, outlet, title, url, canonicalUrl, guid, published, dateEstimated, fetchedAt,
        description, text, imageUrl, otherId);
  }
}
