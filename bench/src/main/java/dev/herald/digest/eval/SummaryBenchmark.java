package dev.herald.digest.eval;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.herald.bench.figures.Decimals;
import dev.herald.digest.DraftSection;
import dev.herald.digest.DraftSentence;
import dev.herald.digest.DraftSummary;
import dev.herald.digest.IntegrityCheck;
import dev.herald.digest.IntegrityReport;
import dev.herald.digest.Summarizer;
import dev.herald.model.Article;
import dev.herald.model.Story;
import java.io.BufferedReader;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import java.util.stream.Collectors;

/**
 * Scores summarizers on Multi-News style clusters ({@code {cluster_id, documents: [text...], summary}} JSON lines):
 * every system summarises every cluster at the same word budget, and each summary's sentences (headings and citation
 * markers excluded) are scored with {@link Rouge} against the reference and checked with {@link IntegrityCheck}.
 * Single-threaded and deterministic.
 */
public final class SummaryBenchmark {
  private static final ObjectMapper JSON = new ObjectMapper();

  /** One cluster: its documents as articles (no titles, no dates) and the human reference summary. */
  public record Cluster(String id, List<Article> articles, String reference) {}

  /** Mean figures of one system over the clusters; ROUGE as F1 × 100. */
  public record SystemResult(
      String name, int clusters, double rouge1, double rouge2, double rougeL, double words, int sentences,
      int cited, int multiCited, int outOfRange, int unsupported, int failedSummaries, double millisPerCluster) {}

  /** One system's summary of one cluster, as scored: for dumping and scoring elsewhere. */
  public record Output(String cluster, String system, String text, String reference) {}

  private SummaryBenchmark() {}

  /** Reads the clusters file; documents that are blank are left out. */
  public static List<Cluster> load(Path file) throws IOException {
    List<Cluster> out = new ArrayList<>();
    try (BufferedReader r = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
      String line;
      int n = 0;
      while ((line = r.readLine()) != null) {
        n++;
        if (line.isBlank()) continue;
        JsonNode node = JSON.readTree(line);
        String id = node.path("cluster_id").asText("line-" + n);
        List<Article> articles = new ArrayList<>();
        int i = 0;
        for (JsonNode d : node.path("documents")) {
          i++;
          if (d.asText().isBlank()) continue;
          articles.add(new Article(id + "-" + i, "bench", "Document " + i, "", "", "", "", Instant.EPOCH.plusSeconds(i),
              false, Instant.EPOCH, "", d.asText(), "", ""));
        }
        if (articles.isEmpty()) continue;
        out.add(new Cluster(id, articles, node.path("summary").asText()));
      }
    }
    return out;
  }

  /** Runs each system over every cluster at {@code maxWords}; results in the order of {@code systems}. */
  public static List<SystemResult> run(List<Cluster> clusters, Map<String, Summarizer> systems, int maxWords) {
    return run(clusters, systems, maxWords, o -> { });
  }

  /** As {@link #run(List, Map, int)}, handing every scored summary to {@code sink}. */
  public static List<SystemResult> run(
      List<Cluster> clusters, Map<String, Summarizer> systems, int maxWords, Consumer<Output> sink) {
    List<SystemResult> out = new ArrayList<>();
    for (Map.Entry<String, Summarizer> e : systems.entrySet()) {
      out.add(run(clusters, e.getKey(), e.getValue(), maxWords, sink));
    }
    return out;
  }

  static SystemResult run(
      List<Cluster> clusters, String name, Summarizer summarizer, int maxWords, Consumer<Output> sink) {
    Rouge rouge = new Rouge();
    double r1 = 0;
    double r2 = 0;
    double rl = 0;
    long words = 0;
    int sentences = 0;
    int cited = 0;
    int multi = 0;
    int outOfRange = 0;
    int unsupported = 0;
    int failed = 0;
    long nanos = 0;
    long storyId = 1;
    for (Cluster c : clusters) {
      Story story = new Story(storyId++, 1, Instant.EPOCH, Instant.EPOCH, Instant.EPOCH, c.articles().size(),
          c.articles().size(), "");
      long start = System.nanoTime();
      DraftSummary draft;
      try {
        draft = summarizer.summarize(story, c.articles(), maxWords);
      } catch (IllegalArgumentException ex) {
        failed++;
        continue;
      } finally {
        nanos += System.nanoTime() - start;
      }
      String text = text(draft);
      sink.accept(new Output(c.id(), name, text, c.reference()));
      Rouge.Scores s = rouge.score(text, c.reference());
      r1 += s.rouge1();
      r2 += s.rouge2();
      rl += s.rougeL();
      words += text.isBlank() ? 0 : text.split("\\s+").length;
      IntegrityReport report = IntegrityCheck.check(draft, c.articles());
      sentences += report.sentences();
      cited += report.cited();
      multi += report.multiCited();
      outOfRange += report.outOfRange();
      unsupported += report.unsupported();
      if (!report.passed()) failed++;
    }
    int n = Math.max(1, clusters.size());
    return new SystemResult(name, clusters.size(), 100 * r1 / n, 100 * r2 / n, 100 * rl / n, (double) words / n,
        sentences, cited, multi, outOfRange, unsupported, failed, nanos / 1e6 / n);
  }

  /** The summary's sentences in order, without headings or citation markers: what ROUGE scores. */
  public static String text(DraftSummary draft) {
    return draft.sections().stream()
        .flatMap(s -> s.sentences().stream())
        .map(DraftSentence::text)
        .collect(Collectors.joining(" "));
  }

  /** The sections as they would read, for a reader to judge. */
  public static String show(DraftSummary draft) {
    StringBuilder sb = new StringBuilder(draft.title()).append('\n');
    for (DraftSection s : draft.sections()) {
      sb.append("## ").append(s.heading()).append('\n');
      for (DraftSentence t : s.sentences()) sb.append("  ").append(t.text()).append(' ').append(t.articleIds()).append('\n');
    }
    return sb.toString();
  }

  /** Figures as a map for the JSON line. */
  public static Map<String, Object> figures(SystemResult r) {
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("rouge1", Decimals.round(r.rouge1(), 2));
    m.put("rouge2", Decimals.round(r.rouge2(), 2));
    m.put("rougeL", Decimals.round(r.rougeL(), 2));
    m.put("mean_words", Decimals.round(r.words(), 2));
    m.put("sentences", r.sentences());
    m.put("sentences_cited", r.cited());
    m.put("sentences_multi_cited", r.multiCited());
    m.put("citations_out_of_range", r.outOfRange());
    m.put("sentences_unsupported", r.unsupported());
    m.put("summaries_failing_integrity", r.failedSummaries());
    m.put("ms_per_cluster", Decimals.round(r.millisPerCluster(), 2));
    return m;
  }
}
