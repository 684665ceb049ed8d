package dev.herald.feeds;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.herald.testing.Corpus;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * Herald's parser against fastfeedparser's expected parses of real feeds ({@code X.xml} with {@code X.json}): item
 * count, feed title and link, and each entry's title, link and publication date.
 */
final class FastfeedparserAgreement {
  private FastfeedparserAgreement() {}

  static Agreement run() throws IOException {
    Path dir = Corpus.root().resolve("feeds/fastfeedparser/tests/integration");
    Agreement a = new Agreement("fastfeedparser (expected parses of real feeds)");
    ObjectMapper json = new ObjectMapper();
    List<Path> inputs;
    try (Stream<Path> files = Files.list(dir)) {
      inputs = files.filter(p -> p.toString().endsWith(".xml") || p.toString().endsWith("json_feed_sample.json"))
          .sorted().toList();
    }
    for (Path input : inputs) {
      String name = input.getFileName().toString();
      Path expectedFile = name.endsWith(".xml") ? dir.resolve(name.replace(".xml", ".json"))
          : dir.resolve("json_feed_sample.expected.json");
      if (!Files.exists(expectedFile)) continue;
      JsonNode expected = json.readTree(expectedFile.toFile());
      Optional<ParsedFeed> feed = CorpusFiles.tryParse(CorpusFiles.read(input), Optional.empty(), null);
      JsonNode entries = expected.path("entries");
      a.check("count", feed.map(f -> f.items().size()).orElse(-1) == entries.size(), name, entries.size(),
          feed.map(f -> f.items().size()).orElse(-1));
      if (feed.isEmpty()) continue;
      ParsedFeed f = feed.get();
      JsonNode meta = expected.path("feed");
      if (meta.path("title").isTextual()) {
        a.check("title", CorpusFiles.sameText(meta.get("title").asText(), f.title()), name + " feed",
            meta.get("title").asText(), f.title().value());
      }
      if (meta.path("link").isTextual()) {
        a.check("link", meta.get("link").asText().equals(f.link()), name + " feed", meta.get("link").asText(),
            f.link());
      }
      for (int i = 0; i < entries.size() && i < f.items().size(); i++) {
        JsonNode e = entries.get(i);
        RawItem ours = f.items().get(i);
        String where = name + " entry " + i;
        if (e.path("title").isTextual()) {
          a.check("title", CorpusFiles.sameText(e.get("title").asText(), ours.title()), where,
              e.get("title").asText(), ours.title().value());
        }
        if (e.path("link").isTextual()) {
          a.check("link", e.get("link").asText().equals(ours.link()), where, e.get("link").asText(), ours.link());
        }
        if (e.path("published").isTextual()) {
          Instant when = OffsetDateTime.parse(e.get("published").asText()).toInstant();
          a.check("date", CorpusFiles.sameInstant(when, ours.date()), where, when, ours.date().orElse(null));
        }
      }
    }
    return a;
  }
}
