package dev.herald.bench;

import com.fasterxml.jackson.databind.JsonNode;
import dev.herald.bench.fanout.FakePlatform;
import dev.herald.bench.fanout.FakePlatforms;
import dev.herald.bench.figures.Decimals;
import dev.herald.bench.memory.FeedServer;
import dev.herald.bench.memory.MemoryHome;
import dev.herald.bench.memory.NewsArchive;
import dev.herald.bench.memory.ProcessMemory;
import dev.herald.bot.cli.CliFailure;
import dev.herald.bot.cli.CliHome;
import dev.herald.bot.cli.JsonLines;
import dev.herald.model.Platform;
import dev.herald.testing.MutableClock;
import java.io.File;
import java.io.IOException;
import java.io.PrintWriter;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code bench memory}: what a running Herald holds. For each archive size (articles filed into stories, every story
 * summarised, as a running Herald stores them; an archive kept with {@code --archives} whose summarising was cut short
 * is completed first, and one with a story left unsummarised is not measured) and each channel count (half Slack,
 * half Discord, across 24 time zones, a daily briefing each, one in ten subscribed to a topic), a separate Herald
 * process is started as {@code run} starts it, against the local fake Slack and Discord (in this process, so they
 * weigh nothing there) and a local feed server whose 40 feeds it polls every minute. Once it is up, one channel in
 * ten moves its briefing to a few minutes later, so a thousand briefings are built and delivered at 10,000 channels.
 * After {@code --seconds}, and once those briefings have run and the outbox is empty, it reports its heap after a
 * full collection, its peak heap (the most in use before any collection), its resident set, live threads and the
 * database's size, with how many briefings ran and messages reached the fakes meanwhile. Then the growth per channel
 * and per article; the last line is one JSON object for the largest run.
 */
@Command(name = "memory", mixinStandardHelpOptions = true,
    description = "Memory of a running Herald at 1,000 and 10,000 channels and 10,000 and 100,000 stored articles "
        + "(separate processes against local fakes); the last line is one JSON object for the largest run.")
final class BenchMemoryCommand implements Callable<Integer> {
  @Spec CommandSpec spec;

  @Option(names = "--channels", split = ",", defaultValue = "1000,10000",
      description = "channel counts (default ${DEFAULT-VALUE})")
  List<Integer> channels;

  @Option(names = "--articles", split = ",", defaultValue = "10000,100000",
      description = "stored articles (default ${DEFAULT-VALUE})")
  List<Integer> articles;

  @Option(names = "--seconds", defaultValue = "240",
      description = "how long each Herald runs at least before it is measured, from when it is up; it runs on until"
          + " the briefings due meanwhile are delivered (default ${DEFAULT-VALUE})")
  int seconds;

  @Option(names = "--xmx", defaultValue = "512m", description = "each Herald's -Xmx (default ${DEFAULT-VALUE})")
  String xmx;

  @Option(names = "--archives", paramLabel = "DIR", description = "keep the built archives in DIR and reuse those "
      + "already there (default: build them afresh in a temporary folder)")
  Path keep;

  /** One run's figures. */
  record Run(int channels, int articles, JsonNode figures, int delivered) {
    double get(String key) {
      return figures.path(key).asDouble();
    }
  }

  @Override
  public Integer call() throws Exception {
    for (int c : channels) BenchOptions.range("--channels", c, 2, 100_000);
    for (int a : articles) BenchOptions.range("--articles", a, 100, 1_000_000);
    BenchOptions.range("--seconds", seconds, 10, 3_600);
    if (!xmx.matches("\\d+[mMgG]")) throw new CliFailure("--xmx must be like 512m or 2g, got \"" + xmx + "\"");
    PrintWriter out = spec.commandLine().getOut();
    Path topics = CliHome.home().resolve("config/topics.yaml");
    Path dir = BenchOptions.tempDir("herald-memory-");
    if (keep != null) Files.createDirectories(keep);
    int most = channels.stream().mapToInt(Integer::intValue).max().orElseThrow();
    List<Run> runs = new ArrayList<>();
    try (FakePlatform slack = FakePlatforms.start(Platform.SLACK, (most + 1) / 2);
        FakePlatform discord = FakePlatforms.start(Platform.DISCORD, (most + 1) / 2);
        FeedServer feeds = new FeedServer(Clock.systemUTC())) {
      String[] discordUrls = discord.url().split("\\|", 2);
      for (int a : articles) {
        Path archive = archive(out, keep == null ? dir : keep, topics, a);
        for (int c : channels) {
          MemoryHome.Endpoints at = new MemoryHome.Endpoints(slack.url(), discordUrls[0], discordUrls[1], freePort(),
              feeds);
          long writing = System.nanoTime();
          Path home = MemoryHome.create(dir.resolve("run-" + c + "-" + a), archive, topics, c, at,
              Instant.now());
          long written = (System.nanoTime() - writing) / 1_000_000_000L;
          int before = slack.delivered() + discord.delivered();
          JsonNode figures = measure(home);
          Run r = new Run(c, a, figures, slack.delivered() + discord.delivered() - before);
          runs.add(r);
          out.printf(Locale.ROOT, "%,6d channels %,7d articles: heap after GC %6.1f MB, peak heap %6.1f MB, RSS %6.1f"
              + " MB (peak %6.1f), %3d threads, db %6.1f MB; %,d live stories; home written in %d s, up in %d s,"
              + " measured after %d s:"
              + " %,d of %,d briefings run (%,d stories), %,d messages delivered, %,d unsent; polling brought %,d"
              + " articles into %,d stories (%,d without a summary of their latest version)%n",
              c, a, r.get("heap_after_gc_mb"), r.get("peak_heap_mb"), r.get("rss_mb"), r.get("peak_rss_mb"),
              (int) r.get("threads"), r.get("db_mb"), (int) r.get("live_stories"), written, (int) r.get("startup_s"),
              (int) r.get("ran_s"), (int) r.get("briefings_run"), (int) r.get("briefings_due"),
              (int) r.get("briefing_stories"), r.delivered(), (int) r.get("unsent"), (int) r.get("articles_polled"),
              (int) r.get("stories_polled"),
              (int) r.get("stories_polled_unsummarised"));
          if (r.get("briefings_run") < r.get("briefings_due") || r.delivered() == 0 || r.get("unsent") > 0
              || r.get("stories_polled_unsummarised") > 0) {
            out.println("  WARNING: this Herald was measured before its briefings were all delivered or its new"
                + " stories summarised; the last warnings of its log:");
            List<String> log = Files.readAllLines(home.resolve("herald.log")).stream()
                .filter(l -> l.contains("WARN") || l.contains("ERROR")).toList();
            log.subList(Math.max(0, log.size() - 5), log.size()).forEach(l -> out.println("    " + l));
          }
          out.flush();
        }
      }
    } finally {
      BenchOptions.delete(dir);
    }
    growth(out, runs);
    Run largest = runs.stream().max(java.util.Comparator.comparingLong(r -> (long) r.channels() * r.articles()))
        .orElseThrow();
    Map<String, Object> json = new LinkedHashMap<>();
    json.put("channels", largest.channels());
    json.put("articles", largest.articles());
    json.put("heap_after_gc_mb", Decimals.round(largest.get("heap_after_gc_mb"), 1));
    json.put("peak_heap_mb", Decimals.round(largest.get("peak_heap_mb"), 1));
    json.put("rss_mb", Decimals.round(largest.get("rss_mb"), 1));
    json.put("threads", (int) largest.get("threads"));
    json.put("db_mb", Decimals.round(largest.get("db_mb"), 1));
    JsonLines.write(out, json);
    return 0;
  }

  /** The archive of {@code a} articles in {@code dir}: reused if {@code --archives} kept one there, else built. */
  private Path archive(PrintWriter out, Path dir, Path topics, int a) throws IOException {
    Path file = dir.resolve("archive-" + a + ".db");
    long started = System.nanoTime();
    Consumer<String> progress = step -> {
      out.printf(Locale.ROOT, "  %s (%d s)%n", step, (System.nanoTime() - started) / 1_000_000_000L);
      out.flush();
    };
    if (keep != null && Files.exists(file)) {
      out.printf(Locale.ROOT, "archive: %,d articles, reusing %s (built %s)%n", a, file,
          Files.getLastModifiedTime(file));
      out.flush();
      NewsArchive.Summaries s = NewsArchive.complete(file, new MutableClock(Instant.EPOCH), progress);
      out.printf(Locale.ROOT, "archive: %,d stories, %,d with a summary; %.1f MB on disk%n", s.stories(),
          s.summarised(), ProcessMemory.databaseMb(file));
      out.flush();
      requireSummaries(file, s);
      return file;
    }
    Path building = file.resolveSibling(file.getFileName() + ".building");
    NewsArchive.Built b = NewsArchive.build(building, CliHome.home(), topics, a, new MutableClock(Instant.now()),
        progress);
    for (String suffix : new String[] {"-wal", "-shm", ""}) {
      Path part = Path.of(building + suffix);
      if (Files.exists(part)) Files.move(part, Path.of(file + suffix), StandardCopyOption.REPLACE_EXISTING);
    }
    out.printf(Locale.ROOT, "archive: %,d articles filed into %,d stories in %d s, %,d summaries in %d s;"
        + " %.1f MB on disk%n", b.articles(), b.stories(), b.filing().toSeconds(), b.summaries(),
        b.summarising().toSeconds(), ProcessMemory.databaseMb(file));
    out.flush();
    requireSummaries(file, new NewsArchive.Summaries(b.stories(), b.summaries()));
    return file;
  }

  /** A Herald in the state has every stored story summarised: an archive short of that is not measured. */
  private static void requireSummaries(Path file, NewsArchive.Summaries s) {
    if (!s.complete()) {
      throw new CliFailure(String.format(Locale.ROOT, "%s: only %,d of %,d stories have a summary (the others failed"
          + " the summary check); not measuring an archive a running Herald would not hold", file, s.summarised(),
          s.stories()));
    }
  }

  /** Heap (after GC) and database growth between the smallest and largest channel counts and archive sizes. */
  private void growth(PrintWriter out, List<Run> runs) {
    int c0 = channels.stream().mapToInt(Integer::intValue).min().orElseThrow();
    int c1 = channels.stream().mapToInt(Integer::intValue).max().orElseThrow();
    int a0 = articles.stream().mapToInt(Integer::intValue).min().orElseThrow();
    int a1 = articles.stream().mapToInt(Integer::intValue).max().orElseThrow();
    for (int a : new java.util.TreeSet<>(List.of(a0, a1))) {
      if (c0 == c1) break;
      Run small = find(runs, c0, a);
      Run large = find(runs, c1, a);
      out.printf(Locale.ROOT, "per channel at %,d articles: heap after GC %+.2f KB, RSS %+.2f KB, threads %+d%n", a,
          (large.get("heap_after_gc_mb") - small.get("heap_after_gc_mb")) * 1024 / (c1 - c0),
          (large.get("rss_mb") - small.get("rss_mb")) * 1024 / (c1 - c0),
          (int) (large.get("threads") - small.get("threads")));
    }
    for (int c : new java.util.TreeSet<>(List.of(c0, c1))) {
      if (a0 == a1) break;
      Run small = find(runs, c, a0);
      Run large = find(runs, c, a1);
      out.printf(Locale.ROOT, "per article at %,d channels: heap after GC %+.2f KB, database %+.2f KB%n", c,
          (large.get("heap_after_gc_mb") - small.get("heap_after_gc_mb")) * 1024 / (a1 - a0),
          (large.get("db_mb") - small.get("db_mb")) * 1024 / (a1 - a0));
    }
  }

  private static Run find(List<Run> runs, int c, int a) {
    return runs.stream().filter(r -> r.channels() == c && r.articles() == a).findFirst().orElseThrow();
  }

  /** Runs one Herald process in {@code home} and returns its JSON figures. */
  private JsonNode measure(Path home) throws IOException, InterruptedException {
    String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
    File log = home.resolve("herald.log").toFile();
    ProcessBuilder b = new ProcessBuilder(List.of(java, "-Xmx" + xmx, "-cp", System.getProperty("java.class.path"),
        "dev.herald.bench.BenchMain", "bench", "memory-worker", "--seconds", Integer.toString(seconds)))
        .redirectErrorStream(true).redirectOutput(log);
    b.environment().put("HERALD_HOME", home.toString());
    b.environment().put("SLACK_BOT_TOKEN", "xoxb-bench");
    b.environment().put("SLACK_SIGNING_SECRET", "bench-signing-secret");
    b.environment().remove("SLACK_APP_TOKEN");
    b.environment().put("DISCORD_TOKEN", "bench-token");
    b.environment().put("HERALD_LOG_LEVEL", "WARN");
    Process p = b.start();
    if (!p.waitFor(seconds + BenchMemoryWorkerCommand.DRAIN_SECONDS + 1_200L, TimeUnit.SECONDS)) {
      p.destroyForcibly();
      throw new IllegalStateException("a measured Herald did not finish; see " + log);
    }
    List<String> lines = Files.readAllLines(log.toPath());
    String last = lines.stream().filter(l -> l.startsWith("{")).reduce((x, y) -> y).orElse("");
    if (p.exitValue() != 0 || last.isEmpty()) {
      throw new CliFailure("a measured Herald failed (exit " + p.exitValue() + "): "
          + String.join(" | ", lines.subList(Math.max(0, lines.size() - 5), lines.size())));
    }
    return JsonLines.JSON.readTree(last);
  }

  private static int freePort() throws IOException {
    try (ServerSocket s = new ServerSocket(0)) {
      return s.getLocalPort();
    }
  }
}
