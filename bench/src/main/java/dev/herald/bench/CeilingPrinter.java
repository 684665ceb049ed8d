package dev.herald.bench;

import dev.herald.bot.cli.JsonLines;
import dev.herald.stories.ClusterSettings;
import dev.herald.stories.eval.ClusterScores;
import dev.herald.stories.eval.LabelledArticle;
import dev.herald.stories.eval.LabelledCorpus;
import dev.herald.stories.eval.QualityRun;
import dev.herald.stories.eval.RepresentationCeiling;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * {@code bench cluster-quality --ceiling}: how far clustering on Herald's term vectors could get on the Multi-News
 * documents without the online constraints ({@link RepresentationCeiling}), beside what Herald reaches.
 */
final class CeilingPrinter {
  static final double[] TAUS = {0.05, 0.08, 0.10, 0.12, 0.15, 0.20};
  static final double[] LINK_THRESHOLDS = {0.06, 0.08, 0.10, 0.12, 0.14, 0.16, 0.18, 0.20, 0.25};

  private CeilingPrinter() {}

  static void run(Path root, long seed, PrintWriter out) {
    List<LabelledArticle> mn = LabelledCorpus.multiNews(root, seed);
    ClusterSettings settings = ClusterSettings.defaults();
    RepresentationCeiling.Report r = RepresentationCeiling.analyse(mn, settings, TAUS, LINK_THRESHOLDS);
    out.printf(Locale.ROOT, "Multi-News documents: %d, %d of them furniture only once stripped%n", mn.size(),
        r.furnitureOnly());
    out.printf(Locale.ROOT, "  %-68s %7s %7s %7s%n", "", "B3 P", "B3 R", "B3 F1");
    Map<String, Object> json = new LinkedHashMap<>();
    json.put("furniture_only_documents", r.furnitureOnly());
    json.put("gold_furniture_apart_b3_f1", row(out, "gold clusters, furniture-only documents apart",
        r.goldFurnitureApart()));
    List<Map<String, Object>> linked = new ArrayList<>();
    for (RepresentationCeiling.Linked l : r.linked()) {
      double f1 = row(out, String.format(Locale.ROOT, "gold linked by pairs >= %.2f (%d same-, %d cross-cluster pairs)",
          l.tau(), l.sameClusterPairs(), l.crossClusterPairs()), l.scores());
      Map<String, Object> m = new LinkedHashMap<>();
      m.put("tau", l.tau());
      m.put("same_cluster_pairs", l.sameClusterPairs());
      m.put("cross_cluster_pairs", l.crossClusterPairs());
      m.put("b3_f1", f1);
      linked.add(m);
    }
    json.put("gold_linked", linked);
    json.put("average_link_threshold", r.averageLink().threshold());
    json.put("average_link_b3_f1", row(out, String.format(Locale.ROOT,
        "offline average link, whole-set IDF, best threshold %.2f", r.averageLink().threshold()),
        r.averageLink().scores()));
    json.put("herald_b3_f1", row(out, "Herald (online, one pass)",
        QualityRun.herald(mn, settings)));
    JsonLines.write(out, json);
    out.flush();
  }

  private static double row(PrintWriter out, String name, ClusterScores s) {
    out.printf(Locale.ROOT, "  %-68s %7.4f %7.4f %7.4f%n", name, s.precision(), s.recall(), s.f1());
    return Math.round(s.f1() * 10000) / 10000.0;
  }
}
