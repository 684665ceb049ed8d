package dev.herald.stories;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.herald.model.Article;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * The bundled sample feeds (config/samples, our own fictional content) as clean articles with the event each reports,
 * in publication order: {@code sample-events.jsonl}, derived from the feeds' titles, texts, links and dates.
 */
final class SampleArticles {
  record Labelled(Article article, String event) {}

  private SampleArticles() {}

  static List<Labelled> load() {
    ObjectMapper json = new ObjectMapper();
    List<Labelled> out = new ArrayList<>();
    try (BufferedReader r = new BufferedReader(new InputStreamReader(Objects.requireNonNull(
        SampleArticles.class.getResourceAsStream("sample-events.jsonl")), StandardCharsets.UTF_8))) {
      String line;
      while ((line = r.readLine()) != null) {
        JsonNode n = json.readTree(line);
        Instant at = Instant.parse(n.get("published").asText());
        Article a = new Article(n.get("id").asText(), n.get("feed").asText(), n.get("outlet").asText(),
            n.get("title").asText(), n.get("url").asText(), n.get("url").asText(), n.get("id").asText(), at, false,
            at, "", n.get("text").asText(), "", "");
        out.add(new Labelled(a, n.get("event").asText()));
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return out;
  }
}
