package dev.herald.model;

import java.util.Locale;
import java.util.Optional;

/**
 * Whether Herald reads the article page behind a feed's items ({@code full_text} in {@code config/feeds.yaml}).
 * {@link #AUTO}: only when the item's feed text is a teaser; {@link #ALWAYS}: every item with a link; {@link #NEVER}:
 * the feed's own text only.
 */
public enum FullTextMode {
  AUTO, ALWAYS, NEVER;

  /** The setting as written in config ("auto"). */
  public String label() {
    return name().toLowerCase(Locale.ROOT);
  }

  public static Optional<FullTextMode> parse(String s) {
    for (FullTextMode m : values()) if (m.label().equals(s.strip().toLowerCase(Locale.ROOT))) return Optional.of(m);
    return Optional.empty();
  }
}
