package dev.herald.articles;

import dev.herald.feeds.FeedText;
import dev.herald.feeds.RawItem;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Locale;

/**
 * Turns a raw feed item into a {@link CleanItem}: HTML to text, boilerplate and tracking pixels removed, the full
 * content preferred for the text and the cleaned feed description kept for source lists, links limited to http(s),
 * and the date checked (missing, unreadable or more than a day in the future: the fetch time, marked estimated).
 * Stateless and thread-safe.
 */
public final class ArticleCleaner {
  /** Longest title kept, in chars. */
  public static final int MAX_TITLE = 300;
  /** Longest description kept, in chars. */
  public static final int MAX_DESCRIPTION = 1_000;
  /** Longest text kept, in chars. */
  public static final int MAX_TEXT = 100_000;
  private static final Duration FUTURE_TOLERANCE = Duration.ofDays(1);

  public CleanItem clean(RawItem raw, Instant fetchedAt) {
    String title = title(raw.title());
    List<String> rawSummary = paragraphs(raw.summary());
    List<String> rawContent = paragraphs(raw.content());
    List<String> summary = CleanText.withoutBoilerplate(rawSummary);
    List<String> content = CleanText.withoutBoilerplate(rawContent);
    String summaryText = String.join("\n\n", summary);
    boolean teaser = CleanText.isTruncated(summaryText);
    String description = CleanText.untruncate(String.join(" ", summary));
    if (description.isEmpty() && !content.isEmpty()) description = content.get(0);
    if (TitleKey.normalise(description).equals(TitleKey.normalise(title))) description = "";
    String text;
    if (!content.isEmpty()) {
      text = String.join("\n\n", content);
    } else {
      text = teaser ? CleanText.untruncate(summaryText) : summaryText;
    }
    Instant published = raw.date().orElse(null);
    boolean estimated = published == null || published.isAfter(fetchedAt.plus(FUTURE_TOLERANCE));
    if (estimated) published = fetchedAt;
    String url = web(raw.link());
    String image = web(raw.imageUrl());
    if (image.isEmpty() && raw.content().html()) image = web(HtmlText.firstImage(raw.content().value()));
    if (image.isEmpty() && raw.summary().html()) image = web(HtmlText.firstImage(raw.summary().value()));
    return new CleanItem(title, url, CanonicalUrl.of(url), CleanText.limit(CleanText.normalise(raw.guid()), 500),
        published, estimated, CleanText.limit(description, MAX_DESCRIPTION), CleanText.limit(text, MAX_TEXT), image,
        CleanText.isCutShort(content.isEmpty() ? rawSummary : rawContent));
  }

  /** A feed's title (or any one-line field) as clean text, at most {@link #MAX_TITLE} chars. */
  public static String title(FeedText t) {
    return CleanText.limit(line(t), MAX_TITLE);
  }

  private static String line(FeedText t) {
    if (t.isEmpty()) return "";
    return t.html() ? HtmlText.line(t.value()) : CleanText.normalise(t.value());
  }

  private static List<String> paragraphs(FeedText t) {
    if (t.isEmpty()) return List.of();
    if (t.html()) return HtmlText.paragraphs(t.value());
    String n = CleanText.normalise(t.value());
    return n.isEmpty() ? List.of() : List.of(n);
  }

  /** The URL when it is absolute http(s) and not absurdly long, else "". */
  static String web(String url) {
    String u = url.strip();
    String lower = u.toLowerCase(Locale.ROOT);
    if (!(lower.startsWith("http://") || lower.startsWith("https://")) || u.length() > 2_000) return "";
    for (int i = 0; i < u.length(); i++) if (Character.isWhitespace(u.charAt(i)) || u.charAt(i) < 0x20) return "";
    return u;
  }
}
