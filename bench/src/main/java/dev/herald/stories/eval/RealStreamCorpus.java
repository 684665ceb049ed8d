package dev.herald.stories.eval;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.herald.articles.ArticleCleaner;
import dev.herald.articles.CleanItem;
import dev.herald.feeds.FeedException;
import dev.herald.feeds.FeedParser;
import dev.herald.feeds.ParsedFeed;
import dev.herald.model.Article;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * The real morning stream: the 20 outlets' feed snapshots in {@code realworld-news/} (16-18 February 2026), parsed and
 * cleaned as ingestion does, in publication order, with an editor's event labels for nine feeds' items read from
 * {@code realworld-news/stories-dev.jsonl} (never copied into the project). The clusterer sees every dated item of
 * every feed; only the labelled ones are scored, so unlabelled items still act as distractors and bridges.
 */
public final class RealStreamCorpus {
  public static final String DIR = "realworld-news";
  public static final String LABELS = DIR + "/stories-dev.jsonl";

  private static final ObjectMapper JSON = new ObjectMapper();

  /**
   * @param stream every dated item of every feed, in publication order (ties by feed and item index)
   * @param labels the gold story of each labelled article, by article id
   */
  public record Stream(List<Article> stream, Map<String, String> labels) {
    /** Only the labelled articles, in stream order, with their labels. */
    public List<LabelledArticle> labelled() {
      List<LabelledArticle> out = new ArrayList<>();
      for (Article a : stream) {
        String label = labels.get(a.id());
        if (label != null) out.add(new LabelledArticle(a, label));
      }
      return out;
    }
  }

  private RealStreamCorpus() {}

  /** The article id of item {@code index} (parse order) of feed file {@code feed}. */
  public static String id(String feed, int index) {
    return feed + "#" + index;
  }

  public static Stream load(Path corpusRoot) {
    Map<String, String> labels = new HashMap<>();
    Map<String, String> titles = new HashMap<>();
    try {
      for (String line : Files.readAllLines(corpusRoot.resolve(LABELS), StandardCharsets.UTF_8)) {
        if (line.isBlank()) continue;
        JsonNode n = JSON.readTree(line);
        String id = id(n.path("feed").asText(), n.path("item").asInt());
        labels.put(id, n.path("story").asText());
        titles.put(id, n.path("title").asText());
      }
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read " + LABELS + ": " + e.getMessage(), e);
    }
    List<Article> stream = new ArrayList<>();
    for (Path f : feedFiles(corpusRoot.resolve(DIR))) stream.addAll(articles(f));
    stream.sort(Comparator.comparing(Article::published).thenComparing(Article::id));
    Map<String, Article> byId = new HashMap<>();
    for (Article a : stream) byId.put(a.id(), a);
    for (String id : labels.keySet()) {
      Article a = byId.get(id);
      if (a == null) throw new IllegalStateException("labelled item " + id + " is not in the parsed stream");
      String want = titles.get(id).strip();
      if (!want.isEmpty() && !a.title().strip().equalsIgnoreCase(want)
          && !a.title().contains(want.substring(0, Math.min(20, want.length())))) {
        throw new IllegalStateException("labelled item " + id + " parses as \"" + a.title() + "\", labelled \""
            + want + "\"");
      }
    }
    return new Stream(List.copyOf(stream), Map.copyOf(labels));
  }

  private static List<Path> feedFiles(Path dir) {
    try (java.util.stream.Stream<Path> s = Files.list(dir)) {
      return s.filter(p -> p.getFileName().toString().matches("[0-9a-f]{16}")).sorted().toList();
    } catch (IOException e) {
      throw new UncheckedIOException("cannot list " + dir + ": " + e.getMessage(), e);
    }
  }

  private static List<Article> articles(Path file) {
    String feed = file.getFileName().toString();
    ParsedFeed parsed;
    try {
      parsed = new FeedParser().parse(Files.readAllBytes(file), Optional.empty(), file.toUri());
    } catch (FeedException e) {
      throw new IllegalStateException(file + ": " + e.getMessage(), e);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read " + file + ": " + e.getMessage(), e);
    }
    ArticleCleaner cleaner = new ArticleCleaner();
    List<Article> out = new ArrayList<>();
    Instant fetched = Instant.parse("2026-02-18T12:00:00Z");
    for (int i = 0; i < parsed.items().size(); i++) {
      CleanItem c = cleaner.clean(parsed.items().get(i), fetched);
      if (c.isEmpty() || c.dateEstimated()) continue;
      out.add(new Article(id(feed, i), feed, feed, c.title(), c.url(), c.canonicalUrl(), c.guid(), c.published(),
          false, fetched, c.description(), c.text(), c.imageUrl(), ""));
    }
    return out;
  }
}
