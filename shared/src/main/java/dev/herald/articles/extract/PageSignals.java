package dev.herald.articles.extract;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.jsoup.nodes.DataNode;
import org.jsoup.nodes.Element;

/**
 * What the pruner saw on its one pass over the page, before throwing markup away: the JSON-LD scripts, the first
 * headline and publication {@code <time>}, and clues about what the page is (password fields, video players,
 * "enable JavaScript" notices, paywall and consent boxes, script redirects, an empty single-page-app root). Mutable
 * while one page is read; not shared.
 */
final class PageSignals {
  private static final int MAX_NOTICE_CHARS = 2000;
  private static final int MAX_SCRIPT_SCAN = 4000;
  private static final int MAX_BOXES = 8;
  private static final int MAX_JSON_LD = 20;
  private static final Stems PAYWALL = Stems.of("paywall", "regwall", "meter", "metered", "piano", "premium",
      "subscriber", "locked");
  private static final Stems CONSENT = Stems.of("cookie", "cookies", "consent", "gdpr", "cmp", "onetrust",
      "didomi", "quantcast");

  int passwordFields;
  int videoPlayers;
  boolean paywallBox;
  boolean consentBox;
  boolean scriptRedirect;
  boolean appRoot;
  boolean amp;
  final StringBuilder noscript = new StringBuilder();
  private final List<Element> boxes = new ArrayList<>();
  /** The text of the JSON-LD scripts, in page order. */
  final List<String> jsonLd = new ArrayList<>();
  /** The first {@code <h1>}'s text, "" when none. */
  String headline = "";
  /** The {@code datetime} of the first publication {@code <time>}, "" when none. */
  String time = "";

  /** Looks at one element before it may be removed. */
  void see(Element e, String[] words) {
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
      case "h1" -> {
        if (headline.isEmpty()) headline = e.text();
      }
      case "time" -> {
        if (time.isEmpty() && e.hasAttr("datetime") && (e.hasAttr("pubdate")
            || e.attr("itemprop").equalsIgnoreCase("datePublished") || e.closest("article") != null)) {
          time = e.attr("datetime");
        }
      }
      case "script" -> {
        if (e.attr("type").strip().equalsIgnoreCase("application/ld+json")) {
          if (jsonLd.size() < MAX_JSON_LD) jsonLd.add(e.data());
          return;
        }
        // only a short inline script can be a redirect stub's; a long one is never copied out
        if (e.childNodeSize() == 1 && e.childNode(0) instanceof DataNode d) {
          String data = d.getWholeData();
          if (data.length() < MAX_SCRIPT_SCAN && (data.contains("location.replace(") || data.contains("location.href=")
              || data.contains("location.href =") || data.contains("window.location=")
              || data.contains("window.location ="))) {
            scriptRedirect = true;
          }
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
    if (words.length == 0) return;
    for (String w : words) {
      if (PAYWALL.matches(w)) {
        paywallBox = true;
        keep(e);
      } else if (CONSENT.matches(w)) {
        consentBox = true;
        keep(e);
      }
    }
  }

  private void keep(Element e) {
    if (boxes.size() < MAX_BOXES) boxes.add(e);
  }

  /** The text of the first paywall and consent boxes seen, at most a few thousand characters (read on demand). */
  String boxText() {
    StringBuilder b = new StringBuilder();
    for (Element e : boxes) {
      if (b.length() >= MAX_NOTICE_CHARS) break;
      String t = e.text();
      b.append(' ').append(t, 0, Math.min(t.length(), MAX_NOTICE_CHARS));
    }
    return b.toString();
  }
}
