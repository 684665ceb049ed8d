package dev.herald.bench;

import dev.herald.bench.figures.Decimals;
import dev.herald.bench.memory.ProcessMemory;
import dev.herald.bot.cli.JsonLines;
import dev.herald.model.Article;
import dev.herald.stories.ClusterSettings;
import dev.herald.stories.StreamClusterer;
import dev.herald.stories.eval.LabelledArticle;
import dev.herald.stories.eval.LabelledCorpus;
import java.io.PrintWriter;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * Clustering throughput at 10,000 and 100,000 articles. The stream is synthesised from the UCI headlines: copy k of
 * the corpus renames every capitalised word of the headlines (the names that make events distinct) and every word of
 * the URLs with a suffix k, so each copy brings new events rather than extending the last copy's, and articles arrive at a steady 2,000 a day, so the live window holds as many stories at
 * 100,000 articles as at 10,000: what grows is only the archive behind it.
 *
 * <p>Cost is the clustering thread's CPU time per slice of 10,000 articles, over three runs of the 100,000-article
 * stream after a warm-up; each slice's figure is its fastest run (noise from the machine's other work only ever adds
 * time). The cost at 10,000 is the first slice's; the cost at 100,000 is the mean over all ten slices, and the last
 * slice (archive 90,000 to 100,000) is printed too. Every run's slices are printed, so a trend would show.
 *
 * <p>Peak heap is the most heap in use at once (just before a collection) during the first 10,000 and all 100,000
 * articles: it is garbage not yet collected as much as live data, so it follows the heap the JVM allows itself (a
 * quarter of the machine's memory by default), not what clustering needs. What clustering holds is the heap after a
 * full collection at the end, the clusterer and the synthesised stream (the larger part) still reachable.
 */
@Command(
    name = "cluster",
    mixinStandardHelpOptions = true,
    description = "Clustering speed: articles/s at 10,000 and 100,000 articles (synthesised from the UCI headlines), "
        + "peak heap, and the per-article cost ratio. Last line: one JSON object.")
final class BenchClusterCommand implements Runnable {
  static final int SMALL = 10_000;
  static final int LARGE = 100_000;
  static final int RUNS = 3;
  static final Duration SPACING = Duration.ofMillis(86_400_000L / 2_000);
  private static final Pattern CAPITALISED = Pattern.compile("\\b([A-Z][A-Za-z]{2,})\\b");
  private static final Pattern WORD = Pattern.compile("([A-Za-z]{3,})");

  @Spec CommandSpec spec;

  @Option(names = "--corpus", paramLabel = "DIR", description = "the shared data folder (default: $HERALD_CORPUS or "
      + "$HERALD_HOME/../shared/data)")
  Path corpus;

  @Override
  public void run() {
    Path root = CorpusOption.resolve(corpus);
    CorpusOption.require(root, LabelledCorpus.UCI);
    List<LabelledArticle> base = LabelledCorpus.uci(root);
    PrintWriter out = spec.commandLine().getOut();
    List<Article> large = synthesise(base, LARGE);
    List<Article> small = large.subList(0, SMALL);
    out.printf(Locale.ROOT, "synthesised %d articles from %d UCI headlines, one every %d ms of stream time%n",
        large.size(), base.size(), SPACING.toMillis());
    run(small); // warm-up: JIT and class loading, not measured
    List<Result> runs = new ArrayList<>();
    for (int r = 1; r <= RUNS; r++) {
      Result result = run(large);
      runs.add(result);
      out.printf(Locale.ROOT, "run %d: %s us/article per slice of 10,000 (CPU), %,.0f articles/s by wall clock, "
          + "peak heap %.1f MB, live heap after GC %.1f MB, live stories at end %,d, merges %,d%n", r,
          result.sliceMicros(), result.wallPerSecond(), result.peakHeapMb(), result.liveHeapMb(),
          result.liveStories(), result.merges());
    }
    double[] best = new double[LARGE / SMALL];
    for (int i = 0; i < best.length; i++) {
      final int slice = i;
      best[i] = runs.stream().mapToLong(x -> x.sliceNanos()[slice]).min().orElseThrow() / 1e3 / SMALL;
    }
    double at10k = best[0];
    double at100k = java.util.Arrays.stream(best).average().orElseThrow();
    double lastSlice = best[best.length - 1];
    double peak10k = runs.stream().mapToDouble(Result::peakHeapMbAt10k).max().orElseThrow();
    double peak100k = runs.stream().mapToDouble(Result::peakHeapMb).max().orElseThrow();
    double live100k = runs.stream().mapToDouble(Result::liveHeapMb).max().orElseThrow();
    double ratio = at100k / at10k;
    out.printf(Locale.ROOT, "10,000 articles:  %,9.0f articles/s  %6.1f us/article  peak heap %.1f MB%n",
        1e6 / at10k, at10k, peak10k);
    out.printf(Locale.ROOT, "100,000 articles: %,9.0f articles/s  %6.1f us/article  peak heap %.1f MB, after GC %.1f "
        + "MB with the stream (last 10,000: %.1f us/article)%n", 1e6 / at100k, at100k, peak100k, live100k, lastSlice);
    out.printf(Locale.ROOT, "per-article cost at 100k / at 10k: %.2f (must be <= 1.5)%n", ratio);
    Map<String, Object> json = new LinkedHashMap<>();
    json.put("articles_per_s_10k", Math.round(1e6 / at10k));
    json.put("articles_per_s_100k", Math.round(1e6 / at100k));
    json.put("us_per_article_10k", Decimals.round(at10k, 2));
    json.put("us_per_article_100k", Decimals.round(at100k, 2));
    json.put("us_per_article_last_10k_of_100k", Decimals.round(lastSlice, 2));
    json.put("cost_ratio_100k_vs_10k", Decimals.round(ratio, 2));
    json.put("peak_heap_mb_10k", Decimals.round(peak10k, 2));
    json.put("peak_heap_mb_100k", Decimals.round(peak100k, 2));
    json.put("heap_after_gc_mb_100k", Decimals.round(live100k, 2));
    json.put("live_stories_at_end_100k", runs.get(0).liveStories());
    JsonLines.write(out, json);
    out.flush();
  }

  /**
   * One run over the stream.
   *
   * @param sliceNanos the clustering thread's CPU time for each 10,000 articles (the machine is shared: wall time,
   *     kept beside it, mostly measures the neighbours)
   * @param peakHeapMbAt10k the most heap in use at once (before a collection) during the first 10,000 articles
   * @param liveHeapMb the heap in use after a full collection at the end, the clusterer and the stream still held
   */
  record Result(long[] sliceNanos, long wallNanos, double peakHeapMbAt10k, double peakHeapMb, double liveHeapMb,
      int liveStories, int merges, int articles) {
    double wallPerSecond() {
      return articles / (wallNanos / 1e9);
    }

    String sliceMicros() {
      StringBuilder b = new StringBuilder();
      for (long n : sliceNanos) b.append(b.length() == 0 ? "" : " ").append(Math.round(n / 1e3 / SMALL));
      return b.toString();
    }
  }

  static Result run(List<Article> stream) {
    ProcessMemory.watch();
    System.gc();
    ProcessMemory.resetPeak();
    StreamClusterer c = new StreamClusterer(ClusterSettings.defaults());
    ThreadMXBean threads = ManagementFactory.getThreadMXBean();
    long[] slices = new long[Math.max(1, stream.size() / SMALL)];
    double peakAt10k = 0;
    long start = System.nanoTime();
    long sliceStart = threads.getCurrentThreadCpuTime();
    for (int i = 0; i < stream.size(); i++) {
      c.add(stream.get(i));
      if ((i + 1) % SMALL == 0) {
        long t = threads.getCurrentThreadCpuTime();
        slices[(i + 1) / SMALL - 1] = t - sliceStart;
        sliceStart = t;
        if (i + 1 == SMALL) peakAt10k = ProcessMemory.peakHeapMb();
      }
    }
    long wall = System.nanoTime() - start;
    double peak = ProcessMemory.peakHeapMb();
    double live = ProcessMemory.liveHeapMb();
    return new Result(slices, wall, peakAt10k, peak, live, c.liveStories(), c.merges(), stream.size());
  }

  static List<Article> synthesise(List<LabelledArticle> base, int n) {
    List<Article> out = new ArrayList<>(n);
    Instant t0 = base.get(0).article().published();
    for (int i = 0; i < n; i++) {
      Article a = base.get(i % base.size()).article();
      int copy = i / base.size();
      Instant at = t0.plus(SPACING.multipliedBy(i));
      String title = copy == 0 ? a.title() : rename(a.title(), copy);
      String url = copy == 0 ? a.url() : WORD.matcher(a.url()).replaceAll("$1x" + copy);
      out.add(new Article("s" + i, a.feedId(), a.outlet(), title, url, url, "", at, false, at, "", "", "", ""));
    }
    return out;
  }

  private static String rename(String title, int copy) {
    Matcher m = CAPITALISED.matcher(title);
    StringBuilder b = new StringBuilder();
    while (m.find()) m.appendReplacement(b, m.group(1) + "x" + copy);
    m.appendTail(b);
    return b.toString();
  }
}
