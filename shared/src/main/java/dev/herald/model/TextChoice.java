package dev.herald.model;

import java.time.Instant;
import java.util.Objects;

/**
 * Which text an article is summarised from, and why: its page's article body ({@link TextReason#PAGE}) or its feed
 * text (every other reason). What a page said about itself is kept for source lists and story cards. Untrusted: every
 * text field comes from a feed or a web page.
 *
 * @param feedText the feed's own text when the page's replaced it in the article, else empty
 * @param pageUrl the page that was read (after redirects), or empty
 * @param siteName the site's own name from the page ({@code og:site_name}, JSON-LD publisher), or empty
 * @param imageUrl the page's lead image (https), or empty
 * @param detail a one-line detail for people ("HTTP 404 Not Found"), or empty
 * @param attempts page fetches tried (transient failures are retried a few times)
 */
public record TextChoice(
    String articleId,
    String feedId,
    TextReason reason,
    String feedText,
    String pageUrl,
    String siteName,
    String imageUrl,
    String author,
    String detail,
    int attempts,
    Instant decidedAt) {

  public TextChoice {
    Checks.notBlank(articleId, "articleId");
    Checks.notBlank(feedId, "feedId");
    Objects.requireNonNull(reason, "reason == null");
    Checks.notNull(feedText, "feedText");
    Checks.notNull(pageUrl, "pageUrl");
    Checks.notNull(siteName, "siteName");
    Checks.notNull(imageUrl, "imageUrl");
    Checks.notNull(author, "author");
    Checks.notNull(detail, "detail");
    Checks.atLeast(attempts, 0, "attempts");
    Objects.requireNonNull(decidedAt, "decidedAt == null");
  }

  /** A decision that needs no page. */
  public static TextChoice feed(String articleId, String feedId, TextReason reason, String detail, Instant at) {
    return new TextChoice(articleId, feedId, reason, "", "", "", "", "", detail, 0, at);
  }

  /** Whether the article's text is its page's. */
  public boolean usesPage() {
    return reason == TextReason.PAGE;
  }

  public boolean waiting() {
    return reason == TextReason.WAITING;
  }
}
