package dev.herald.articles.fulltext;

import dev.herald.model.Article;
import dev.herald.model.FullTextMode;
import dev.herald.model.TextReason;
import java.util.Locale;
import java.util.Optional;

/**
 * Whether an article's page should be read. With {@code full_text: auto} an item is a teaser when the publisher cut
 * it short (a truncation mark, a "Continue reading" link), when its text is shorter than {@code teaserWords}, or when
 * its feed is known to give only teasers. Stateless and thread-safe.
 */
public final class TeaserRule {
  private final boolean enabled;
  private final int teaserWords;

  public TeaserRule(boolean enabled, int teaserWords) {
    this.enabled = enabled;
    this.teaserWords = teaserWords;
  }

  /**
   * Empty when the page should be read; otherwise why the feed text stays.
   *
   * @param cutShort the publisher cut the feed text short
   * @param teaserOnlyFeed the feed's items have nearly all been teasers so far
   */
  Optional<TextReason> decide(Article a, FullTextMode mode, boolean cutShort, boolean teaserOnlyFeed) {
    if (!enabled || mode == FullTextMode.NEVER) return Optional.of(TextReason.SWITCHED_OFF);
    String url = a.url().toLowerCase(Locale.ROOT);
    if (!url.startsWith("http://") && !url.startsWith("https://")) return Optional.of(TextReason.NO_LINK);
    if (mode == FullTextMode.ALWAYS) return Optional.empty();
    if (teaserOnlyFeed || isTeaser(a.text(), cutShort)) return Optional.empty();
    return Optional.of(TextReason.FULL_IN_FEED);
  }

  /** Whether a feed text is a teaser: cut short by the publisher, ending in "…", or under the word threshold. */
  public boolean isTeaser(String text, boolean cutShort) {
    return cutShort || words(text) < teaserWords || text.strip().endsWith("…");
  }

  static int words(String text) {
    int n = 0;
    boolean in = false;
    for (int i = 0; i < text.length(); i++) {
      boolean space = Character.isWhitespace(text.charAt(i));
      if (!space && !in) n++;
      in = !space;
    }
    return n;
  }
}
