package dev.herald.articles.extract;

import java.util.Locale;
import java.util.Set;
import org.jsoup.nodes.Element;

/**
 * What an element's {@code class} and {@code id} say about it. Both are split into words (at {@code - _ :} spaces
 * and lower-to-upper case changes), so "article-share" is {article, share} and "relatedLinks" is {related, links}.
 * A word counts when it equals or starts with one of the known stems.
 */
final class ClassNames {
  /** Furniture: navigation, sharing, related links, captions, promos, comments, ads. */
  private static final String[] FURNITURE = {"share", "sharing", "social", "related", "relatedlinks", "comment",
      "disqus", "newsletter", "promo", "advert", "adslot", "adunit", "ad", "ads", "dfp", "sponsor", "sidebar",
      "breadcrumb", "caption", "credit", "byline", "toolbar", "outbrain", "taboola", "popup", "modal", "cookie",
      "consent", "subscribe", "subscription", "signup", "footer", "nav", "navbar", "navigation", "menu",
      "recommend", "recirc", "trending", "popular", "tags", "tag", "topics", "pagination", "pager",
      "masthead", "banner", "print", "email", "rss", "skip", "hidden", "visually", "sr", "screenreader", "login",
      "byline", "author", "bio", "dateline", "timestamp", "published", "updated", "meta", "toc", "gallery", "slideshow",
      "carousel", "video", "player", "audio", "podcast", "figure", "photo", "image", "img", "thumbnail", "icon",
      "more", "next", "prev", "previous", "teaser", "card", "feedback", "rating", "survey", "poll", "alert",
      "paywall", "offer", "cta"};
  /** The body: words publishers use for the article's own container. */
  private static final Set<String> BODY = Set.of("article", "body", "content", "entry", "main", "post", "story",
      "text", "prose", "blog", "column", "hentry", "articlebody", "storybody", "postbody", "entrycontent",
      "richtext", "paragraph", "copy");

  private ClassNames() {}

  /** The element's class and id, split into lower-case words. */
  static String[] words(Element e) {
    String s = (e.className() + " " + e.id()).strip();
    if (s.isEmpty()) return new String[0];
    StringBuilder b = new StringBuilder(s.length() + 8);
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      if (Character.isUpperCase(c) && i > 0 && Character.isLowerCase(s.charAt(i - 1))) b.append(' ');
      b.append(c == '-' || c == '_' || c == ':' || c == '.' ? ' ' : c);
    }
    return b.toString().toLowerCase(Locale.ROOT).trim().split("\\s+");
  }

  static boolean isFurniture(String[] words) {
    for (String w : words) {
      for (String f : FURNITURE) {
        if (w.equals(f) || (f.length() >= 4 && w.startsWith(f))) return true;
      }
    }
    return false;
  }

  static boolean isBody(String[] words) {
    for (String w : words) if (BODY.contains(w)) return true;
    return false;
  }

  /** Readability's class weight: +25 for a body word, -25 for a furniture word (both may apply). */
  static int weight(Element e) {
    String[] w = words(e);
    int score = 0;
    if (isBody(w)) score += 25;
    if (isFurniture(w)) score -= 25;
    return score;
  }
}
