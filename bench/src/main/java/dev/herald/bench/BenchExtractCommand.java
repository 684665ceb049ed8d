package dev.herald.bench;

import dev.herald.articles.extract.PageExtractor;
import dev.herald.articles.extract.PageVerdict;
import dev.herald.articles.extract.eval.ArticleCorpus;
import dev.herald.articles.extract.eval.ExtractionRun;
import dev.herald.articles.extract.eval.ExtractionScores;
import dev.herald.bench.figures.Decimals;
import dev.herald.bot.cli.JsonLines;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.jsoup.Jsoup;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code herald bench extract}: the article extractor on the benchmark pages ({@code articles/} of the corpus), scored
 * with the benchmark's own metric, beside the whole page's text (the baseline); then its speed against a plain jsoup
 * parse of the same pages (the floor). Pages are read into memory first; both passes run {@code --warmup} times
 * untimed, then {@code --runs} timed rounds alternating their order; medians are reported.
 */
@Command(name = "extract", mixinStandardHelpOptions = true,
    description = {"Score the article extractor on the benchmark pages (4-token shingle precision and recall per page,"
        + " averaged; F1 from those) beside the whole page text, and time it against a plain jsoup parse.",
        "Last line: {\"pages\":..,\"precision\":..,\"recall\":..,\"f1\":..,\"f1_held_out_half\":..,"
            + "\"baseline_f1\":..,\"pages_per_second\":..,\"floor_pages_per_second\":..,\"ratio\":..}"})
final class BenchExtractCommand implements Runnable {
  /** Published F1 on these 91 pages (the corpus's SOURCE.txt). */
  static final String PUBLISHED = "trafilatura 0.963, readability.js 0.950, newspaper 0.950, goose3 0.894,"
      + " boilerpipe 0.861, whole page text 0.659";

  @Spec CommandSpec spec;

  @Mixin FloorBenchOptions options;

  @Option(names = "--pages", description = "also list every page below 0.9 precision or recall, and every verdict"
      + " that is not 'article'")
  boolean pages;

  @Override
  public void run() {
    PrintWriter out = spec.commandLine().getOut();
    BenchOptions.range("--warmup", options.warmup, 0, 100);
    BenchOptions.range("--runs", options.runs, 1, 100);
    Path root = CorpusOption.resolve(options.corpus);
    CorpusOption.require(root, ArticleCorpus.GROUND_TRUTH);
    List<ArticleCorpus.Page> corpusPages = ArticleCorpus.load(root);
    long chars = corpusPages.stream().mapToLong(p -> p.html().length()).sum();
    out.printf(Locale.ROOT, "corpus %s: %d pages, %.1f million characters of HTML%n", root.resolve(ArticleCorpus.DIR),
        corpusPages.size(), chars / 1e6);
    ExtractionRun.Report r = ExtractionRun.run(corpusPages);
    out.printf(Locale.ROOT, "  %-52s %7s %7s %7s%n", "", "P", "R", "F1");
    row(out, "Herald (" + r.all().pages() + " pages)", r.all());
    row(out, "  tune half (even positions, rules tuned on these)", r.tuneHalf());
    row(out, "  held-out half (odd positions)", r.heldOutHalf());
    row(out, "whole page text (baseline)", r.baseline());
    out.println("published F1 on these pages: " + PUBLISHED);
    out.println("verdicts: " + r.verdicts());
    if (pages) listPages(out, r);

    PageExtractor extractor = new PageExtractor();
    FloorTiming.Result t = FloorTiming.run(options.warmup, options.runs, () -> extractPass(extractor, corpusPages),
        () -> floorPass(corpusPages));
    double seconds = t.seconds();
    double floor = t.floorSeconds();
    int n = corpusPages.size();
    out.printf(Locale.ROOT, "herald extractor: median %.3f s for %d pages (%.0f pages/s) over %d runs after %d"
        + " warm-up rounds%n", seconds, n, n / seconds, options.runs, options.warmup);
    out.printf(Locale.ROOT, "jsoup parse floor: median %.3f s (%.0f pages/s); ratio %.2f (target <= 3)%n", floor,
        n / floor, seconds / floor);
    out.printf(Locale.ROOT, "thread CPU time (steadier on a shared machine): extractor %.3f s, floor %.3f s,"
        + " ratio %.2f%n", t.cpuSeconds(), t.floorCpuSeconds(), t.cpuRatio());
    Map<String, Object> json = new LinkedHashMap<>();
    json.put("pages", n);
    json.put("precision", Decimals.round(r.all().precision(), 4));
    json.put("recall", Decimals.round(r.all().recall(), 4));
    json.put("f1", Decimals.round(r.all().f1(), 4));
    json.put("f1_tune_half", Decimals.round(r.tuneHalf().f1(), 4));
    json.put("f1_held_out_half", Decimals.round(r.heldOutHalf().f1(), 4));
    json.put("baseline_f1", Decimals.round(r.baseline().f1(), 4));
    json.put("not_article", n - r.verdicts().getOrDefault(PageVerdict.Kind.ARTICLE, 0));
    json.put("seconds", Decimals.round(seconds, 4));
    json.put("pages_per_second", Math.round(n / seconds));
    json.put("floor_seconds", Decimals.round(floor, 4));
    json.put("floor_pages_per_second", Math.round(n / floor));
    json.put("ratio", Decimals.round(seconds / floor, 4));
    JsonLines.write(out, json);
    out.flush();
  }

  private static void listPages(PrintWriter out, ExtractionRun.Report r) {
    for (ExtractionRun.PageResult p : r.pages()) {
      double precision = p.score().hasPrecision() ? p.score().precision() : 0;
      double recall = p.score().recall();
      if (precision >= 0.9 && recall >= 0.9 && p.verdict().isArticle()) continue;
      out.printf(Locale.ROOT, "  %s P %.2f R %.2f %-40s %s%n", p.page().id().substring(0, 8), precision, recall,
          p.verdict(), p.page().url());
    }
  }

  private static void row(PrintWriter out, String name, ExtractionScores s) {
    out.printf(Locale.ROOT, "  %-52s %7.4f %7.4f %7.4f%n", name, s.precision(), s.recall(), s.f1());
  }

  private static int extractPass(PageExtractor extractor, List<ArticleCorpus.Page> pages) {
    int words = 0;
    for (ArticleCorpus.Page p : pages) words += extractor.extract(p.html(), p.url()).words();
    return words;
  }

  private static int floorPass(List<ArticleCorpus.Page> pages) {
    int nodes = 0;
    for (ArticleCorpus.Page p : pages) nodes += Jsoup.parse(p.html(), p.url().toString()).childNodeSize();
    return nodes;
  }
}
