package dev.herald.model;

import java.util.Locale;
import java.util.Optional;

/**
 * Why an article's summarised text is its feed text or its page's text. Stored by {@link #code()}; counted per feed
 * in {@code /herald status} and {@code feeds check}.
 */
public enum TextReason {
  /** The page's article body replaced the feed's teaser. */
  PAGE("page", "article page"),
  /** Waiting for its page (this poll's page budget or time was spent, or a transient failure will be retried). */
  WAITING("waiting", "waiting for its page"),
  /** The feed text is the whole article: not a teaser. */
  FULL_IN_FEED("full_in_feed", "full text in the feed"),
  /** {@code full_text: never} on the feed, or full text switched off in herald.yaml. */
  SWITCHED_OFF("off", "full text switched off"),
  NO_LINK("no_link", "no link"),
  ROBOTS("robots", "robots.txt disallows"),
  PAYWALL("paywall", "paywall"),
  CONSENT("consent", "cookie-consent page"),
  JS_SHELL("js_shell", "JavaScript-only page"),
  LOGIN("login", "login page"),
  AMP_REDIRECT("redirect", "AMP or redirect stub"),
  VIDEO("video", "video-only page"),
  TOO_LITTLE("too_little", "too little text on the page"),
  /** The page's text was no longer than the feed's. */
  NOT_LONGER("not_longer", "page no longer than the feed text"),
  NOT_FOUND("not_found", "page not found"),
  NOT_HTML("not_html", "not an HTML page"),
  TOO_LARGE("too_large", "page over the size cap"),
  REFUSED("refused", "private address refused"),
  FAILED("failed", "page could not be fetched");

  private final String code;
  private final String label;

  TextReason(String code, String label) {
    this.code = code;
    this.label = label;
  }

  /** The stored form ("paywall"). */
  public String code() {
    return code;
  }

  /** How people read it ("cookie-consent page"). */
  public String label() {
    return label;
  }

  public static Optional<TextReason> of(String code) {
    String c = code.toLowerCase(Locale.ROOT);
    for (TextReason r : values()) if (r.code.equals(c)) return Optional.of(r);
    return Optional.empty();
  }
}
