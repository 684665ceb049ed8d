package dev.herald.articles.extract;

import java.util.Locale;
import java.util.Objects;

/**
 * What a page is: the article, or one of the pages that stand in front of it, with a short reason a person can
 * read in a status line ("paywall: subscription notice and 38 words").
 *
 * @param kind what the page is
 * @param reason why, in a few words; never blank
 */
public record PageVerdict(Kind kind, String reason) {
  public PageVerdict {
    Objects.requireNonNull(kind, "kind == null");
    Objects.requireNonNull(reason, "reason == null");
    if (reason.isBlank()) throw new IllegalArgumentException("reason is blank");
  }

  /** What a page can be. */
  public enum Kind {
    /** The article itself. */
    ARTICLE,
    /** A paywall or subscription wall in front of the article (or a teaser cut off by one). */
    PAYWALL,
    /** A cookie-consent or privacy-choices interstitial. */
    CONSENT,
    /** An empty shell that needs JavaScript to show anything. */
    JAVASCRIPT,
    /** A sign-in or registration page. */
    LOGIN,
    /** A stub that only sends the reader on (an AMP viewer or a meta refresh). */
    REDIRECT,
    /** A video with little or no text. */
    VIDEO,
    /** Too little text to be an article. */
    TOO_SHORT;

    /** The lower-case name used in JSON and status lines: "article", "paywall", "too_short"... */
    public String label() {
      return name().toLowerCase(Locale.ROOT);
    }
  }

  static PageVerdict article(String reason) {
    return new PageVerdict(Kind.ARTICLE, reason);
  }

  public boolean isArticle() {
    return kind == Kind.ARTICLE;
  }

  @Override
  public String toString() {
    return kind.label() + ": " + reason;
  }
}
