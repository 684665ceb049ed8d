package dev.herald.feeds;

import java.util.List;
import java.util.Objects;

/**
 * A parsed feed: its own title, link, description and rights line (RSS {@code copyright}, Atom {@code rights},
 * {@code dc:rights}), its items in document order, and what the parser had to recover from (ill-formed XML, a wrong
 * encoding) as one-line warnings. Untrusted text.
 */
public record ParsedFeed(
    FeedFormat format,
    FeedText title,
    String link,
    FeedText description,
    FeedText rights,
    List<RawItem> items,
    List<String> warnings) {
  public ParsedFeed {
    Objects.requireNonNull(format, "format == null");
    Objects.requireNonNull(title, "title == null");
    Objects.requireNonNull(link, "link == null");
    Objects.requireNonNull(description, "description == null");
    Objects.requireNonNull(rights, "rights == null");
    items = List.copyOf(items);
    warnings = List.copyOf(warnings);
  }
}
