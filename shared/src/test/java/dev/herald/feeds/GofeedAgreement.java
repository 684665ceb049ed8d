package dev.herald.feeds;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.herald.testing.Corpus;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * Herald's parser against gofeed's expected outputs ({@code X.xml} with {@code X.json}; JSON Feed inputs with
 * {@code X_expected.json}): item count, feed title, and each expected item's title, link and parsed dates.
 */
final class GofeedAgreement {
  private GofeedAgreement() {}

  static Agreement run() throws IOException {
    Path root = Corpus.root().resolve("feeds/gofeed/testdata");
    Agreement a = new Agreement("gofeed (expected outputs)");
    ObjectMapper json = new ObjectMapper();
    for (Path[] pair : pairs(root)) {
      JsonNode expected;
      try {
        expected = json.readTree(pair[1].toFile());
      } catch (IOException e) {
        continue; // an expected file that is not JSON (the "invalid" cases) states nothing to compare
      }
      if (expected == null || !expected.isObject()) continue;
      String where = root.relativize(pair[0]).toString();
      Optional<ParsedFeed> feed = CorpusFiles.tryParse(CorpusFiles.read(pair[0]), Optional.empty(), null);
      JsonNode items = expected.has("entries") ? expected.get("entries") : expected.get("items");
      if (items != null && items.isArray()) {
        int ours = feed.map(f -> f.items().size()).orElse(-1);
        a.check("count", ours == items.size(), where, items.size(), ours);
      }
      if (expected.path("title").isTextual()) {
        String t = expected.get("title").asText();
        a.check("title", feed.isPresent() && CorpusFiles.sameText(t, feed.get().title()), where + " feed", t,
            feed.map(f -> f.title().value()).orElse("(not parsed)"));
      }
      if (items == null || feed.isEmpty()) continue;
      for (int i = 0; i < items.size() && i < feed.get().items().size(); i++) {
        item(a, where + " item " + i, items.get(i), feed.get().items().get(i));
      }
    }
    return a;
  }

  private static void item(Agreement a, String where, JsonNode e, RawItem ours) {
    if (e.path("title").isTextual()) {
      String t = e.get("title").asText();
      a.check("title", CorpusFiles.sameText(t, ours.title()), where, t, ours.title().value());
    }
    String link = expectedLink(e);
    if (link != null) a.check("link", link.equals(ours.link()), where, link, ours.link());
    // gofeed's "published" falls back to the update date, as Herald's article date does (RawItem.date())
    date(a, where + " published", e, new String[] {"publishedParsed", "date_published"}, ours.date());
    date(a, where + " updated", e, new String[] {"updatedParsed", "date_modified"}, ours.updated());
  }

  private static void date(Agreement a, String where, JsonNode e, String[] fields, Optional<Instant> ours) {
    for (String f : fields) {
      if (!e.path(f).isTextual()) continue;
      Instant expected = OffsetDateTime.parse(e.get(f).asText()).toInstant();
      a.check("date", CorpusFiles.sameInstant(expected, ours), where, expected, ours.orElse(null));
      return;
    }
  }

  /** The item's web link as gofeed gives it: link, url, or the first alternate of links. */
  private static String expectedLink(JsonNode e) {
    if (e.path("link").isTextual()) return e.get("link").asText();
    if (e.path("url").isTextual()) return e.get("url").asText();
    for (JsonNode l : e.path("links")) {
      if (!l.isObject()) continue;
      String rel = l.path("rel").asText("alternate");
      if (rel.equals("alternate") && l.path("href").isTextual()) return l.get("href").asText();
    }
    return null;
  }

  private static List<Path[]> pairs(Path root) throws IOException {
    List<Path[]> out = new ArrayList<>();
    try (Stream<Path> walk = Files.walk(root)) {
      for (Path p : walk.filter(Files::isRegularFile).sorted().toList()) {
        String name = p.getFileName().toString();
        if (name.endsWith(".xml")) {
          Path expected = p.resolveSibling(name.substring(0, name.length() - 4) + ".json");
          if (Files.exists(expected)) out.add(new Path[] {p, expected});
        } else if (name.endsWith(".json") && !name.endsWith("_expected.json")) {
          Path expected = p.resolveSibling(name.substring(0, name.length() - 5) + "_expected.json");
          if (Files.exists(expected)) out.add(new Path[] {p, expected});
        }
      }
    }
    return out;
  }
}
