package dev.herald.articles.extract;

import java.util.Set;
import org.jsoup.nodes.Element;

/**
 * What an element's {@code class} and {@code id} say about it. Both are split into words (at {@code - _ : .} spaces
 * and lower-to-upper case changes), so "article-share" is {article, share} and "relatedLinks" is {related, links}.
 * A word names furniture when it matches a furniture {@link Stems stem} ("comments", "sharebar"). Stateless and
 * thread-safe.
 */
final class ClassNames {
  /** Furniture: navigation, sharing, related links, captions, promos, comments, ads. */
  private static final Stems FURNITURE = Stems.of("share", "sharing", "social", "related", "comment", "disqus",
      "newsletter", "promo", "advert", "adslot", "adunit", "ad", "ads", "dfp", "sponsor", "sidebar", "breadcrumb",
      "caption", "credit", "byline", "toolbar", "outbrain", "taboola", "popup", "modal", "cookie", "consent",
      "subscribe", "subscription", "signup", "footer", "nav", "navbar", "navigation", "menu", "recommend", "recirc",
      "trending", "popular", "tags", "tag", "topics", "pagination", "pager", "masthead", "banner", "print", "email",
      "rss", "skip", "hidden", "visually", "sr", "screenreader", "login", "author", "bio", "dateline", "timestamp",
      "published", "updated", "meta", "toc", "gallery", "slideshow", "carousel", "video", "audio", "podcast",
      "figure", "photo", "image", "img", "thumbnail", "icon", "more", "next", "prev", "previous", "teaser", "card",
      "feedback", "rating", "survey", "poll", "alert", "paywall", "offer", "cta");
  /** The body: words publishers use for the article's own container. */
  private static final Set<String> BODY = Set.of("article", "body", "content", "entry", "main", "post", "story",
      "text", "prose", "blog", "column", "hentry", "articlebody", "storybody", "postbody", "entrycontent",
      "richtext", "paragraph", "copy");
  static final String[] NONE = new String[0];

  private ClassNames() {}

  /** The element's class and id, split into lower-case words; {@link #NONE} when it has neither. */
  static String[] words(Element e) {
    String cls = e.attributesSize() == 0 ? "" : e.attr("class");
    String id = e.attributesSize() == 0 ? "" : e.attr("id");
    if (cls.isEmpty() && id.isEmpty()) return NONE;
    String s = cls.isEmpty() ? id : id.isEmpty() ? cls : cls + " " + id;
    java.util.List<String> out = new java.util.ArrayList<>(6);
    StringBuilder w = new StringBuilder(16);
    char prev = ' ';
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      boolean separator = c == ' ' || c == '-' || c == '_' || c == ':' || c == '.' || c == '\t' || c == '\n';
      if (separator || (Character.isUpperCase(c) && Character.isLowerCase(prev))) {
        if (w.length() > 0) out.add(w.toString());
        w.setLength(0);
      }
      if (!separator) w.append(Character.toLowerCase(c));
      prev = c;
    }
    if (w.length() > 0) out.add(w.toString());
    return out.toArray(NONE);
  }

  static boolean isFurniture(String[] words) {
    for (String w : words) if (FURNITURE.matches(w)) return true;
    return false;
  }

  static boolean isBody(String[] words) {
    for (String w : words) if (BODY.contains(w)) return true;
    return false;
  }

  /** Readability's class weight: +25 for a body word, -25 for a furniture word (both may apply). */
  static int weight(Element e) {
    String[] w = words(e);
    if (w.length == 0) return 0;
    int score = 0;
    if (isBody(w)) score += 25;
    if (isFurniture(w)) score -= 25;
    return score;
  }
}
