package dev.herald.feeds;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * JSON Feed 1.0 and 1.1 (https://jsonfeed.org/version/1.1). Jackson is bounded: nesting depth {@value #MAX_DEPTH},
 * one string at most the feed size cap. Items without an id, url or title are skipped. Thread-safe.
 */
final class JsonFeedReader {
  static final int MAX_DEPTH = 64;
  private static final ObjectMapper JSON = new ObjectMapper(JsonFactory.builder()
      .streamReadConstraints(StreamReadConstraints.builder()
          .maxNestingDepth(MAX_DEPTH)
          .maxStringLength(64 * 1024 * 1024)
          .maxNumberLength(100)
          .build())
      .build());

  private JsonFeedReader() {}

  static ParsedFeed read(String text, String documentBase, List<String> warnings) throws FeedException {
    JsonNode root;
    try {
      root = JSON.readTree(text);
    } catch (IOException e) {
      String msg = e.getMessage() == null ? e.toString() : e.getMessage().lines().findFirst().orElse("");
      throw new FeedException("not a readable JSON Feed: " + truncate(msg, 120));
    }
    if (root == null || !root.isObject()) throw new FeedException("not a feed: JSON without an object at the top");
    String version = root.path("version").asText("");
    boolean declared = version.startsWith("https://jsonfeed.org/version/") || version.startsWith("http://jsonfeed.org/version/");
    if (!declared) {
      if (!root.path("items").isArray()) throw new FeedException("not a feed: JSON without a JSON Feed \"version\"");
      warnings.add("JSON Feed without a jsonfeed.org version URL; read as JSON Feed 1.1");
    }
    FeedFormat format = version.endsWith("/1") || version.equals("1") || version.equals("1.0")
        ? FeedFormat.JSON_10 : FeedFormat.JSON_11;
    String home = str(root, "home_page_url");
    String base = home.isEmpty() ? documentBase : Links.resolve(documentBase, home);
    List<RawItem> items = new ArrayList<>();
    JsonNode array = root.path("items");
    if (!array.isArray()) warnings.add("JSON Feed without an \"items\" array");
    int unreadable = 0;
    for (JsonNode item : array) {
      if (!item.isObject()) continue;
      String id = str(item, "id");
      String url = Links.resolve(base, Fields.first(str(item, "url"), str(item, "external_url")));
      String title = str(item, "title");
      if (id.isEmpty() && url.isEmpty() && title.isEmpty() && str(item, "content_html").isEmpty()
          && str(item, "content_text").isEmpty() && str(item, "summary").isEmpty()) {
        continue;
      }
      String pub = str(item, "date_published");
      String upd = str(item, "date_modified");
      Optional<Instant> published = FeedDates.parse(pub);
      Optional<Instant> updated = FeedDates.parse(upd);
      if (!pub.isEmpty() && published.isEmpty()) unreadable++;
      FeedText content = !str(item, "content_html").isEmpty() ? FeedText.html(str(item, "content_html"))
          : FeedText.plain(str(item, "content_text"));
      List<String> tags = new ArrayList<>();
      for (JsonNode t : item.path("tags")) if (t.isTextual() && !t.asText().isBlank()) tags.add(t.asText().strip());
      items.add(new RawItem(FeedText.plain(title), url, id, published, updated, Fields.first(pub, upd),
          FeedText.plain(str(item, "summary")), content, author(item), tags,
          Links.resolve(base, Fields.first(str(item, "image"), str(item, "banner_image"))), ""));
    }
    if (unreadable > 0) warnings.add(unreadable + " item date(s) unreadable; the fetch time stands in");
    return new ParsedFeed(format, FeedText.plain(str(root, "title")), home, FeedText.plain(str(root, "description")),
        FeedText.EMPTY, items, warnings);
  }

  private static String author(JsonNode item) {
    for (JsonNode a : item.path("authors")) if (!str(a, "name").isEmpty()) return str(a, "name");
    return str(item.path("author"), "name");
  }

  private static String str(JsonNode node, String field) {
    JsonNode v = node.path(field);
    return v.isTextual() || v.isNumber() ? v.asText().strip() : "";
  }

  private static String truncate(String s, int max) {
    return s.length() > max ? s.substring(0, max) + "…" : s;
  }
}
