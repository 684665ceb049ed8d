package dev.herald.articles.extract;

import com.fasterxml.jackson.databind.JsonNode;
import dev.herald.feeds.FeedDates;
import java.net.URI;
import java.time.Instant;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/**
 * The page's own description of itself, read before any cleaning: JSON-LD first (the article object, its publisher,
 * authors, dates and image), then Open Graph, Twitter and plain meta tags, then the markup ({@code <h1>},
 * {@code <title>}, {@code <time>}).
 */
record PageMetadata(String title, String siteName, String author, Optional<Instant> published,
    Optional<URI> image, Optional<URI> canonical, Optional<URI> refresh, boolean video, boolean lockedByMarkup) {
  private static final Set<String> VIDEO_TYPES = Set.of("videoobject");
  private static final Set<String> ORGANISATION_TYPES = Set.of("organization", "newsmediaorganization", "corporation");

  static PageMetadata read(Document doc, URI page, JsonLd ld) {
    Optional<JsonNode> article = ld.article();
    String title = first(article.map(a -> ld.text(a.get("headline"))).orElse(""), meta(doc, "og:title"),
        meta(doc, "twitter:title"), h1(doc), doc.title());
    String site = first(meta(doc, "og:site_name"),
        article.map(a -> ld.text(a.get("publisher"))).orElse(""), organisation(ld),
        meta(doc, "application-name"));
    String author = first(article.map(a -> String.join(", ", distinct(ld.names(a.get("author"))))).orElse(""),
        person(meta(doc, "author")), person(meta(doc, "article:author")), person(meta(doc, "parsely-author")),
        person(meta(doc, "sailthru.author")), person(meta(doc, "dc.creator")));
    Optional<Instant> published = article.flatMap(a -> date(a.path("datePublished").asText("")));
    for (String name : new String[] {"article:published_time", "og:published_time", "datePublished",
        "pubdate", "publishdate", "publish-date", "date", "dc.date", "dc.date.issued", "sailthru.date",
        "parsely-pub-date", "article.published"}) {
      if (published.isPresent()) break;
      published = date(meta(doc, name));
    }
    if (published.isEmpty()) {
      Element time = doc.selectFirst("article time[datetime], time[pubdate][datetime], time[itemprop~=datePublished]");
      if (time != null) published = date(time.attr("datetime"));
    }
    Optional<URI> image = Optional.empty();
    for (String candidate : new String[] {meta(doc, "og:image:secure_url"), meta(doc, "og:image"),
        meta(doc, "twitter:image"), meta(doc, "twitter:image:src"),
        article.map(a -> ld.imageUrl(a.get("image"))).orElse(""),
        article.map(a -> ld.imageUrl(a.get("thumbnailUrl"))).orElse("")}) {
      image = Links.httpsImage(candidate, page);
      if (image.isPresent()) break;
    }
    Element canonicalLink = doc.selectFirst("link[rel~=(?i)^canonical$][href]");
    Optional<URI> canonical = Links.absolute(canonicalLink == null ? "" : canonicalLink.attr("href"), page);
    if (canonical.isEmpty()) canonical = Links.absolute(meta(doc, "og:url"), page);
    Optional<URI> refresh = refresh(doc, page);
    String ogType = meta(doc, "og:type").toLowerCase(Locale.ROOT);
    boolean video = ogType.startsWith("video") || (article.isEmpty() && ld.anyOfType(VIDEO_TYPES));
    boolean locked = article.map(a -> a.path("isAccessibleForFree").asText("true").equalsIgnoreCase("false"))
        .orElse(false);
    return new PageMetadata(clean(title), clean(site), clean(author), published, image, canonical, refresh, video,
        locked);
  }

  /** The name of a stand-alone Organization object (a site's JSON-LD often describes its publisher apart). */
  private static String organisation(JsonLd ld) {
    return ld.firstOfType(ORGANISATION_TYPES).map(o -> o.path("name").asText("")).orElse("");
  }

  private static Optional<URI> refresh(Document doc, URI page) {
    for (Element m : doc.select("meta[http-equiv~=(?i)^refresh$][content]")) {
      String c = m.attr("content");
      int at = c.toLowerCase(Locale.ROOT).indexOf("url=");
      if (at < 0) continue;
      String delay = c.substring(0, at).replaceAll("[^0-9.]", "");
      // a page that reloads itself every few minutes is not a redirect stub
      if (!delay.isEmpty() && !delay.equals(".") && Double.parseDouble(delay) >= 10) continue;
      String target = c.substring(at + 4).strip();
      if (target.length() > 1 && (target.charAt(0) == '\'' || target.charAt(0) == '"')) {
        target = target.substring(1, target.length() - (target.endsWith(target.substring(0, 1)) ? 1 : 0));
      }
      Optional<URI> u = Links.absolute(target, page);
      if (u.isPresent() && !u.get().equals(page)) return u;
    }
    return Optional.empty();
  }

  /** A {@code <meta>} value by {@code property}, {@code name} or {@code itemprop}, case-insensitively. */
  static String meta(Document doc, String key) {
    Element head = doc.head();
    for (Element m : head.getElementsByTag("meta")) {
      if (m.attr("property").equalsIgnoreCase(key) || m.attr("name").equalsIgnoreCase(key)
          || m.attr("itemprop").equalsIgnoreCase(key)) {
        String c = m.attr("content").strip();
        if (!c.isEmpty()) return c;
      }
    }
    return "";
  }

  private static String h1(Document doc) {
    Element h = doc.body() == null ? null : doc.body().selectFirst("h1");
    return h == null ? "" : h.text();
  }

  /** A byline value, or "" when it is a profile URL rather than a name. */
  private static String person(String s) {
    String v = s.strip();
    return v.startsWith("http://") || v.startsWith("https://") ? "" : v;
  }

  private static Optional<Instant> date(String s) {
    return s == null || s.isBlank() ? Optional.empty() : FeedDates.parse(s.strip());
  }

  private static List<String> distinct(List<String> names) {
    return List.copyOf(new LinkedHashSet<>(names));
  }

  private static String first(String... values) {
    for (String v : values) if (v != null && !v.isBlank()) return v;
    return "";
  }

  private static String clean(String s) {
    return s.replaceAll("\\s+", " ").strip();
  }
}
