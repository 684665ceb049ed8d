package dev.herald.feeds;

import dev.herald.text.ControlChars;
import java.net.URI;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/**
 * Finds the feed an HTML page advertises ({@code <link rel="alternate" type="application/rss+xml" href>}), so that
 * someone who pasted a site's address is told which URL to add. Only reads the page already fetched. Stateless.
 */
final class Autodiscovery {
  private Autodiscovery() {}

  /** The first advertised RSS, Atom or JSON feed URL, absolute when the page's URL is known; "" when none. */
  static String feedLink(String html, URI pageUri) {
    String base = pageUri != null && pageUri.getScheme() != null && pageUri.getScheme().startsWith("http")
        ? pageUri.toString() : "";
    Document doc = Jsoup.parse(html, base);
    for (Element link : doc.select("link[rel~=(?i)alternate][href]")) {
      String type = link.attr("type").toLowerCase(java.util.Locale.ROOT);
      if (type.contains("rss") || type.contains("atom") || type.contains("feed+json")) {
        // as browsers do, tabs and line breaks inside a URL are dropped; any other control means it is no URL
        String href = (base.isEmpty() ? link.attr("href") : link.absUrl("href")).replaceAll("[\\t\\r\\n]", "").strip();
        return href.length() > 300 || href.codePoints().anyMatch(c -> c == ' ' || ControlChars.isControl(c)) ? ""
            : href;
      }
    }
    return "";
  }
}
