package dev.herald.feeds;

import java.util.Map;

/**
 * Namespace URIs to the short keys the mappers use ({@code "atom"}, {@code "dc"}, {@code "content"}, ...). The RSS
 * namespaces map to {@code ""}, so RSS 0.90, 1.0 and 2.0 elements look alike. An undeclared prefix maps to itself,
 * which recovers feeds that write {@code content:encoded} without declaring it.
 */
final class Namespaces {
  static final String ATOM_03 = "http://purl.org/atom/ns#";
  static final String RSS_090 = "http://my.netscape.com/rdf/simple/0.9/";

  private static final Map<String, String> KEYS = Map.ofEntries(
      Map.entry("http://purl.org/rss/1.0/", ""),
      Map.entry(RSS_090, ""),
      Map.entry("http://backend.userland.com/rss2", ""),
      Map.entry("http://blogs.law.harvard.edu/tech/rss", ""),
      Map.entry("http://backend.userland.com/rss", ""),
      Map.entry("http://www.w3.org/2005/Atom", "atom"),
      Map.entry(ATOM_03, "atom"),
      Map.entry("http://purl.org/dc/elements/1.1/", "dc"),
      Map.entry("http://purl.org/dc/elements/1.0/", "dc"),
      Map.entry("http://purl.org/dc/terms/", "dcterms"),
      Map.entry("http://purl.org/rss/1.0/modules/content/", "content"),
      Map.entry("http://search.yahoo.com/mrss/", "media"),
      Map.entry("http://search.yahoo.com/mrss", "media"),
      Map.entry("http://www.itunes.com/dtds/podcast-1.0.dtd", "itunes"),
      Map.entry("http://www.w3.org/1999/xhtml", "xhtml"),
      Map.entry("http://www.w3.org/1999/02/22-rdf-syntax-ns#", "rdf"),
      Map.entry("http://rssnamespace.org/feedburner/ext/1.0", "feedburner"),
      Map.entry("http://www.w3.org/XML/1998/namespace", "xml"));

  private Namespaces() {}

  /** The key for a namespace URI; unknown URIs are their own key. */
  static String key(String uri) {
    String k = KEYS.get(uri);
    if (k != null) return k;
    if (uri.endsWith("/")) {
      k = KEYS.get(uri.substring(0, uri.length() - 1));
      if (k != null) return k;
    }
    return uri;
  }
}
