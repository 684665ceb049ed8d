package dev.herald.feeds;

import java.util.Objects;

/**
 * A text field exactly as the feed gave it, after XML decoding: either plain text or HTML (escaped markup, CDATA
 * markup, Atom {@code type="html"} or inline XHTML). Untrusted: the articles stage turns it into clean text.
 *
 * @param value the decoded value, never null, may be empty
 * @param html whether {@code value} is HTML to be rendered to text (rather than literal text)
 */
public record FeedText(String value, boolean html) {
  public static final FeedText EMPTY = new FeedText("", false);

  public FeedText {
    Objects.requireNonNull(value, "value == null");
  }

  public static FeedText html(String value) {
    return value.isEmpty() ? EMPTY : new FeedText(value, true);
  }

  public static FeedText plain(String value) {
    return value.isEmpty() ? EMPTY : new FeedText(value, false);
  }

  public boolean isEmpty() {
    return value.isBlank();
  }
}
