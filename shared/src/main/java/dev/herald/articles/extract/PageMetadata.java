package dev.herald.articles.extract;

import com.fasterxml.jackson.databind.JsonNode;
import dev.herald.feeds.FeedDates;
import java.net.URI;
import java.time.Instant;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.function.Function;
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

  static PageMetadata read(Document doc, URI page, JsonLd ld, PageSignals seen) {
    Map<String, String> metas = metas(doc);
    Function<String, String> meta = key -> metas.getOrDefault(key, "");
    Optional<JsonNode> article = ld.article();
    String title = first(article.map(a -> ld.text(a.get("headline"))).orElse(""), meta.apply("og:title"),
        meta.apply("twitter:title"), seen.headline, title(doc));
    String site = first(meta.apply("og:site_name"),
        article.map(a -> ld.text(a.get("publisher"))).orElse(""), organisation(ld),
        meta.apply("application-name"));
    String author = first(article.map(a -> String.join(", ", distinct(ld.names(a.get("author"))))).orElse(""),
        person(meta.apply("author")), person(meta.apply("article:author")), person(meta.apply("parsely-author")),
        person(meta.apply("sailthru.author")), person(meta.apply("dc.creator")));
    Optional<Instant> published = article.flatMap(a -> date(a.path("datePublished").asText("")));
    for (String name : new String[] {"article:published_time", "og:published_time", "datepublished",
        "pubdate", "publishdate", "publish-date", "date", "dc.date", "dc.date.issued", "sailthru.date",
        "parsely-pub-date", "article.published"}) {
      if (published.isPresent()) break;
      published = date(meta.apply(name));
    }
    if (published.isEmpty()) published = date(seen.time);
    Optional<URI> image = Optional.empty();
    for (String candidate : new String[] {meta.apply("og:image:secure_url"), meta.apply("og:image"),
        meta.apply("twitter:image"), meta.apply("twitter:image:src"),
        article.map(a -> ld.imageUrl(a.get("image"))).orElse(""),
        article.map(a -> ld.imageUrl(a.get("thumbnailUrl"))).orElse("")}) {
      image = Links.httpsImage(candidate, page);
      if (image.isPresent()) break;
    }
    Optional<URI> canonical = Optional.empty();
    for (Element link : doc.head().getElementsByTag("link")) {
      if (link.attr("rel").equalsIgnoreCase("canonical")) {
        canonical = Links.absolute(link.attr("href"), page);
        break;
      }
    }
    if (canonical.isEmpty()) canonical = Links.absolute(meta.apply("og:url"), page);
    Optional<URI> refresh = refresh(doc, page);
    String ogType = meta.apply("og:type").toLowerCase(Locale.ROOT);
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
    for (Element m : doc.head().getElementsByTag("meta")) {
      if (!m.attr("http-equiv").equalsIgnoreCase("refresh")) continue;
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

  /** {@code <meta>} values by lower-case {@code property}, {@code name} or {@code itemprop}; the first one wins. */
  private static Map<String, String> metas(Document doc) {
    Map<String, String> out = new HashMap<>();
    for (Element m : doc.head().getElementsByTag("meta")) {
      String content = m.attr("content").strip();
      if (content.isEmpty()) continue;
      for (String key : new String[] {"property", "name", "itemprop"}) {
        String k = m.attr(key);
        if (!k.isEmpty()) out.putIfAbsent(k.toLowerCase(Locale.ROOT), content);
      }
    }
    return out;
  }

  private static String title(Document doc) {
    Element t = doc.head().getElementsByTag("title").first();
    return t == null ? "" : t.text();
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
