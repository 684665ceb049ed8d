package dev.herald.stories.eval;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.herald.model.Article;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.List;
import java.util.Random;

/**
 * Readers for the labelled clustering corpora in the shared data folder (never copied into the project):
 * {@code clustering/uci-news-dev/articles.jsonl} (headlines, URLs, publishers and times, Google News story labels)
 * and {@code clustering/multi-news-docs-dev.jsonl} (full texts, editor-made clusters, no titles or dates).
 */
public final class LabelledCorpus {
  public static final String UCI = "clustering/uci-news-dev/articles.jsonl";
  public static final String MULTI_NEWS = "clustering/multi-news-docs-dev.jsonl";
  /** Multi-News has no dates; every document is given this time, so time plays no part. */
  public static final Instant MULTI_NEWS_TIME = Instant.parse("2026-01-01T00:00:00Z");

  private static final ObjectMapper JSON = new ObjectMapper();

  private LabelledCorpus() {}

  /** The UCI headlines in timestamp order (ties by id), labelled with their story. */
  public static List<LabelledArticle> uci(Path corpusRoot) {
    List<LabelledArticle> out = new ArrayList<>();
    for (JsonNode n : lines(corpusRoot.resolve(UCI))) {
      String publisher = n.path("publisher").asText("").strip();
      String outlet = publisher.isEmpty() ? n.path("hostname").asText("unknown") : publisher;
      Instant at = Instant.ofEpochMilli(Long.parseLong(n.path("timestamp_ms").asText()));
      Article a = new Article("uci-" + n.path("id").asText(), "uci", outlet, n.path("title").asText(""),
          n.path("url").asText(""), "", "", at, false, at, "", "", "", "");
      out.add(new LabelledArticle(a, n.path("story").asText()));
    }
    out.sort(Comparator.comparing((LabelledArticle l) -> l.article().published())
        .thenComparing(l -> Long.parseLong(l.article().id().substring(4))));
    return out;
  }

  /**
   * The Multi-News documents in a seeded random order: the file lists each cluster's documents together, and that
   * order would hand any online clusterer the answer.
   */
  public static List<LabelledArticle> multiNews(Path corpusRoot, long seed) {
    List<LabelledArticle> out = new ArrayList<>();
    for (JsonNode n : lines(corpusRoot.resolve(MULTI_NEWS))) {
      Article a = new Article(n.path("doc_id").asText(), "multi-news", "unknown", "", "", "", "", MULTI_NEWS_TIME,
          true, MULTI_NEWS_TIME, "", n.path("text").asText(""), "", "");
      out.add(new LabelledArticle(a, n.path("cluster_id").asText()));
    }
    Collections.shuffle(out, new Random(seed));
    return out;
  }

  private static List<JsonNode> lines(Path file) {
    List<JsonNode> out = new ArrayList<>();
    try (BufferedReader r = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
      String line;
      while ((line = r.readLine()) != null) {
        if (!line.isBlank()) out.add(JSON.readTree(line));
      }
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read " + file + ": " + e.getMessage(), e);
    }
    return out;
  }
}
