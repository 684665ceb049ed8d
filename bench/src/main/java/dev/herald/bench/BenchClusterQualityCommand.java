package dev.herald.bench;

import dev.herald.bench.figures.Decimals;
import dev.herald.bot.cli.JsonLines;
import dev.herald.stories.ClusterSettings;
import dev.herald.stories.eval.ClusterScores;
import dev.herald.stories.eval.LabelledArticle;
import dev.herald.stories.eval.LabelledCorpus;
import dev.herald.stories.eval.QualityRun;
import dev.herald.stories.eval.RealStreamCorpus;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * Story clustering quality on the labelled corpora, Herald beside the naive single-pass TF-IDF baseline: B-cubed
 * precision, recall and F1 and pairwise F1, on the whole stream and on its tuning and held-out halves.
 */
@Command(
    name = "cluster-quality",
    mixinStandardHelpOptions = true,
    description = "Clustering quality (B-cubed and pairwise P/R/F1) on UCI headlines, Multi-News texts and the real 20-outlet stream, Herald "
        + "beside a naive TF-IDF single-pass baseline, on each whole stream and on its tuning and held-out halves. "
        + "Last line: one JSON object.")
final class BenchClusterQualityCommand implements Runnable {
  /**
   * The baseline's thresholds: each the best of 0.10, 0.15, ..., 0.40 on that corpus's tuning half, its most generous
   * setting ({@code --tune} prints the search).
   */
  static final double BASELINE_UCI = 0.10;
  /** A conventional fixed threshold, for comparison with published baseline figures (about 0.49 on UCI). */
  static final double BASELINE_FIXED = 0.35;
  static final double BASELINE_MULTI_NEWS = 0.2;
  static final long SEED = 7;

  @Spec CommandSpec spec;

  @Option(names = "--corpus", paramLabel = "DIR", description = "the shared data folder (default: $HERALD_CORPUS or "
      + "$HERALD_HOME/../shared/data)")
  Path corpus;

  @Option(names = "--tune", description = "instead, search the threshold grid on the tuning halves only and print "
      + "every setting's scores, the best (mean tuning-half B-cubed F1) and its held-out scores")
  boolean tune;

  @Option(names = "--ceiling", description = "instead, print how far clustering on Herald's term vectors could get "
      + "on Multi-News without the online constraints (whole-set IDF, gold-linked pairs, offline average link)")
  boolean ceiling;

  @Override
  public void run() {
    Path root = CorpusOption.resolve(corpus);
    CorpusOption.require(root, LabelledCorpus.UCI);
    CorpusOption.require(root, LabelledCorpus.MULTI_NEWS);
    PrintWriter out = spec.commandLine().getOut();
    if (tune) {
      ThresholdSearch.run(root, SEED, out);
      return;
    }
    if (ceiling) {
      CeilingPrinter.run(root, SEED, out);
      return;
    }
    ClusterSettings settings = ClusterSettings.defaults();
    Map<String, Object> json = new LinkedHashMap<>();

    List<LabelledArticle> uci = LabelledCorpus.uci(root);
    List<List<LabelledArticle>> uciHalves = QualityRun.uciHalves(uci);
    out.printf(Locale.ROOT, "UCI News Aggregator headlines, timestamp order: %d articles, %d stories%n",
        uci.size(), uci.stream().map(LabelledArticle::label).distinct().count());
    header(out);
    json.put("uci", row(out, "herald", QualityRun.herald(uci, settings)));
    row(out, "herald tune half", QualityRun.herald(uciHalves.get(0), settings));
    row(out, "herald held-out half", QualityRun.herald(uciHalves.get(1), settings));
    json.put("uci_shuffled_one_instant",
        row(out, "herald shuffled, one time", QualityRun.herald(QualityRun.shuffledAtOneInstant(uci, SEED), settings)));
    json.put("uci_baseline",
        row(out, "baseline t=" + BASELINE_UCI + " (tuned)", QualityRun.baseline(uci, BASELINE_UCI)));
    json.put("uci_baseline_fixed",
        row(out, "baseline t=" + BASELINE_FIXED, QualityRun.baseline(uci, BASELINE_FIXED)));

    List<LabelledArticle> mn = LabelledCorpus.multiNews(root, SEED);
    List<List<LabelledArticle>> mnHalves = QualityRun.multiNewsHalves(mn);
    out.printf(Locale.ROOT, "%nMulti-News documents, seeded random order (seed %d): %d documents, %d clusters%n",
        SEED, mn.size(), mn.stream().map(LabelledArticle::label).distinct().count());
    header(out);
    json.put("multi_news", row(out, "herald", QualityRun.herald(mn, settings)));
    row(out, "herald tune half", QualityRun.herald(mnHalves.get(0), settings));
    row(out, "herald held-out half", QualityRun.herald(mnHalves.get(1), settings));
    json.put("multi_news_baseline",
        row(out, "baseline t=" + BASELINE_MULTI_NEWS + " (tuned)", QualityRun.baseline(mn, BASELINE_MULTI_NEWS)));
    json.put("multi_news_baseline_fixed",
        row(out, "baseline t=" + BASELINE_FIXED, QualityRun.baseline(mn, BASELINE_FIXED)));
    if (Files.isRegularFile(root.resolve(RealStreamCorpus.LABELS))) {
      realStream(out, root, settings, json);
    } else {
      out.printf(Locale.ROOT, "%nreal stream: skipped, %s not found%n", root.resolve(RealStreamCorpus.LABELS));
    }
    JsonLines.write(out, json);
    out.flush();
  }

  private static void realStream(PrintWriter out, Path root, ClusterSettings settings, Map<String, Object> json) {
    RealStreamCorpus.Stream real = RealStreamCorpus.load(root);
    List<LabelledArticle> labelled = real.labelled();
    out.printf(Locale.ROOT, "%nReal stream (20 outlets' feeds, 16-18 Feb 2026), publication order: %d items, scored on "
        + "the %d an editor labelled (%d stories)%n", real.stream().size(), labelled.size(),
        labelled.stream().map(LabelledArticle::label).distinct().count());
    header(out);
    List<Map<String, String>> halves = QualityRun.storyHalves(real.labels());
    List<ClusterScores> herald =
        QualityRun.herald(real.stream(), List.of(real.labels(), halves.get(0), halves.get(1)), settings);
    json.put("real", row(out, "herald, whole stream", herald.get(0)));
    json.put("real_tune_half", row(out, "herald, tune half's stories", herald.get(1)));
    json.put("real_held_out_half", row(out, "herald, held-out half's stories", herald.get(2)));
    json.put("real_labelled_only", row(out, "herald, labelled items only", QualityRun.herald(labelled, settings)));
    json.put("real_singletons", row(out, "all singletons", QualityRun.singletons(labelled)));
    json.put("real_baseline", row(out, "baseline t=" + BASELINE_FIXED + ", whole stream",
        QualityRun.baseline(real.stream(), real.labels(), BASELINE_FIXED)));
    row(out, "baseline t=" + BASELINE_MULTI_NEWS + ", whole stream",
        QualityRun.baseline(real.stream(), real.labels(), BASELINE_MULTI_NEWS));
  }

  private static void header(PrintWriter out) {
    out.printf(Locale.ROOT, "  %-30s %7s %7s %7s %7s %7s %7s %9s%n", "method", "B3 P", "B3 R", "B3 F1", "pair P",
        "pair R", "pair F1", "clusters");
  }

  private static Map<String, Object> row(PrintWriter out, String name, ClusterScores s) {
    out.printf(Locale.ROOT, "  %-30s %7.4f %7.4f %7.4f %7.4f %7.4f %7.4f %9d%n", name, s.precision(), s.recall(),
        s.f1(), s.pairPrecision(), s.pairRecall(), s.pairF1(), s.clusters());
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("b3_precision", Decimals.round(s.precision(), 4));
    m.put("b3_recall", Decimals.round(s.recall(), 4));
    m.put("b3_f1", Decimals.round(s.f1(), 4));
    m.put("pairwise_precision", Decimals.round(s.pairPrecision(), 4));
    m.put("pairwise_recall", Decimals.round(s.pairRecall(), 4));
    m.put("pairwise_f1", Decimals.round(s.pairF1(), 4));
    m.put("clusters", s.clusters());
    return m;
  }
}
