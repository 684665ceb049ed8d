package dev.herald.articles.extract;

import java.util.Locale;
import org.jsoup.nodes.Element;

/**
 * Clues about what a page is, gathered while it is pruned (so from markup that is then thrown away): password
 * fields, video players, "enable JavaScript" notices, paywall and consent boxes, script redirects, an empty
 * single-page-app root. Mutable while one page is read; not shared.
 */
final class PageSignals {
  private static final int MAX_NOTICE_CHARS = 2000;
  private static final int MAX_SCRIPT_SCAN = 4000;

  int passwordFields;
  int videoPlayers;
  boolean paywallBox;
  boolean consentBox;
  boolean scriptRedirect;
  boolean appRoot;
  boolean amp;
  final StringBuilder noscript = new StringBuilder();
  final StringBuilder boxText = new StringBuilder();

  /** Looks at one element before it may be removed. */
  void see(Element e) {
    String tag = e.normalName();
    switch (tag) {
      case "input" -> {
        if (e.attr("type").equalsIgnoreCase("password")) passwordFields++;
      }
      case "video" -> videoPlayers++;
      case "iframe" -> {
        String src = e.attr("src").toLowerCase(Locale.ROOT);
        if (src.contains("youtube") || src.contains("vimeo") || src.contains("player") || src.contains("jwplatform")
            || src.contains("dailymotion") || src.contains("brightcove")) {
          videoPlayers++;
        }
      }
      case "noscript" -> {
        if (noscript.length() < MAX_NOTICE_CHARS) noscript.append(' ').append(e.text());
      }
      case "script" -> {
        String d = e.data();
        if (d.length() < MAX_SCRIPT_SCAN && (d.contains("location.replace(") || d.contains("location.href=")
            || d.contains("location.href =") || d.contains("window.location=") || d.contains("window.location ="))) {
          scriptRedirect = true;
        }
      }
      case "div" -> {
        String id = e.id();
        if ((id.equals("root") || id.equals("app") || id.equals("__next") || id.equals("__nuxt"))
            && e.childrenSize() == 0) {
          appRoot = true;
        }
      }
      default -> { }
    }
    String names = (e.className() + " " + e.id()).toLowerCase(Locale.ROOT);
    if (names.isBlank()) return;
    if (names.contains("paywall") || names.contains("meter") && names.contains("wall") || names.contains("piano")
        || names.contains("subscriber-only") || names.contains("premium-content") || names.contains("regwall")) {
      paywallBox = true;
      keep(e);
    }
    if (names.contains("cookie") || names.contains("consent") || names.contains("gdpr") || names.contains("cmp-")) {
      consentBox = true;
      keep(e);
    }
  }

  private void keep(Element e) {
    if (boxText.length() < MAX_NOTICE_CHARS) boxText.append(' ').append(e.text());
  }
}
