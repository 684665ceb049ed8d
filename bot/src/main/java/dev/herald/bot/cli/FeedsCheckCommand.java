package dev.herald.bot.cli;

import dev.herald.articles.ArticleCleaner;
import dev.herald.articles.CleanItem;
import dev.herald.articles.fulltext.FullTextCounts;
import dev.herald.articles.fulltext.TeaserRule;
import dev.herald.config.HeraldConfig;
import dev.herald.feeds.FeedCheck;
import dev.herald.feeds.FeedParser;
import dev.herald.feeds.FeedRegistry;
import dev.herald.feeds.FeedStatus;
import dev.herald.feeds.ParsedFeed;
import dev.herald.feeds.RawItem;
import dev.herald.feeds.RoutingFeedFetcher;
import dev.herald.model.FeedHealth;
import dev.herald.model.FeedSource;
import dev.herald.model.TextReason;
import dev.herald.render.Phrases;
import dev.herald.text.ControlChars;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code herald feeds check [ID...]}: fetch feeds now and report items, health and problems. */
@Command(name = "check", mixinStandardHelpOptions = true,
    description = {"Fetch feeds now (all, or the ids given) and report items, health and problems.",
        "Also how many items are teasers, and which text stored articles use (full article text counts).",
        "Stores nothing; a feed that was failing or disabled and reads fine is re-enabled.",
        "Exit 2 when any feed could not be read."})
final class FeedsCheckCommand implements Runnable {
  @Spec CommandSpec spec;

  @Parameters(paramLabel = "ID", arity = "0..*", description = "feed ids (default: every feed)")
  List<String> ids = new ArrayList<>();

  @Option(names = "--json", description = "one JSON object per feed")
  boolean json;

  @Option(names = "--file", paramLabel = "FEEDS_YAML", description = "the instance feed list (default: config/feeds.yaml)")
  Path file;

  @Override
  public void run() {
    PrintWriter out = spec.commandLine().getOut();
    try (FeedsContext ctx = new FeedsContext(file)) {
      FeedRegistry registry = ctx.hasDatabase() ? ctx.registry() : null;
      List<FeedStatus> statuses = new ArrayList<>();
      if (registry != null) {
        statuses.addAll(registry.statusAll());
      } else {
        for (FeedSource f : ctx.instanceFeeds()) statuses.add(new FeedStatus(f, FeedHealth.fresh(f.id())));
      }
      List<FeedStatus> selected = new ArrayList<>();
      for (FeedStatus s : statuses) if (ids.isEmpty() || ids.contains(s.feed().id())) selected.add(s);
      for (String id : ids) {
        if (selected.stream().noneMatch(s -> s.feed().id().equals(id))) throw new CliFailure("no feed with id " + id);
      }
      if (selected.isEmpty()) throw new CliFailure("no feeds configured in " + ctx.feedsFile);
      RoutingFeedFetcher fetcher = RoutingFeedFetcher.fromConfig(ctx.config.fetch(), CliHome.version());
      FeedParser parser = new FeedParser(ctx.config.fetch().maxFeedBytes());
      Map<String, Map<TextReason, Integer>> texts = registry != null ? ctx.texts().countsByFeed() : Map.of();
      ExecutorService pool = Executors.newFixedThreadPool(Math.min(4, selected.size()));
      int failed = 0;
      try {
        List<Future<FeedCheck>> futures = new ArrayList<>();
        for (FeedStatus s : selected) futures.add(pool.submit(() -> FeedCheck.run(s.feed(), fetcher, parser)));
        for (int i = 0; i < selected.size(); i++) {
          FeedStatus s = selected.get(i);
          FeedCheck c = futures.get(i).get();
          boolean reenabled = false;
          if (c.ok() && registry != null && s.state() != FeedStatus.State.OK && s.state() != FeedStatus.State.NEW) {
            registry.reenable(s.feed().id());
            reenabled = true;
          }
          if (!c.ok()) failed++;
          print(out, s, c, reenabled, texts.getOrDefault(s.feed().id(), Map.of()), ctx.config.fullText());
        }
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        throw new CliFailure("interrupted");
      } catch (java.util.concurrent.ExecutionException e) {
        throw new IllegalStateException(e.getCause());
      } finally {
        pool.shutdownNow();
      }
      out.flush();
      if (failed > 0) {
        throw new CliFailure(failed + " of " + Phrases.count(selected.size(), "feed", "feeds") + " could not be read");
      }
    }
  }

  private void print(PrintWriter out, FeedStatus s, FeedCheck c, boolean reenabled, Map<TextReason, Integer> texts,
      HeraldConfig.FullText fullText) {
    String newest = c.newest().map(DateTimeFormatter.ISO_INSTANT::format).orElse(null);
    String teasers = teasers(s.feed(), c, fullText);
    String stored = FullTextCounts.describe(texts);
    if (json) {
      Map<String, Object> line = new LinkedHashMap<>();
      line.put("id", s.feed().id());
      line.put("ok", c.ok());
      line.put("format", c.parsed().map(p -> p.format().label()).orElse(null));
      line.put("items", c.itemCount());
      line.put("newest", newest);
      line.put("problem", c.problem().orElse(null));
      line.put("warnings", c.warnings());
      line.put("seconds", c.took().toMillis() / 1000.0);
      line.put("health", s.describe());
      line.put("reenabled", reenabled);
      line.put("teasers", teasers);
      Map<String, Integer> byReason = new LinkedHashMap<>();
      texts.forEach((r, n) -> byReason.put(r.code(), n));
      line.put("full_text", byReason);
      JsonLines.write(out, line);
      return;
    }
    // the reason phrase, warnings and health come from feed servers: escaped, one line each
    String took = String.format(Locale.ROOT, "%.2f s", c.took().toMillis() / 1000.0);
    String id = ControlChars.escape(s.feed().id());
    if (c.ok()) {
      out.println(id + ": ok, " + c.parsed().orElseThrow().format().label() + ", " + c.itemCount()
          + (c.itemCount() == 1 ? " item" : " items") + (newest == null ? "" : ", newest " + newest) + ", " + took);
    } else {
      out.println(id + ": FAILED: " + ControlChars.escape(c.problem().orElseThrow()) + " (" + took + ")");
    }
    for (String w : c.warnings()) out.println("    warning: " + ControlChars.escape(w));
    out.println("    health: " + ControlChars.escape(s.describe()) + (reenabled ? " -> re-enabled" : ""));
    if (c.ok()) out.println("    teasers: " + teasers);
    if (!stored.isEmpty()) out.println("    full text: " + stored);
  }

  /** "18 of 20 items (full_text auto: their pages are read)". */
  private static String teasers(FeedSource feed, FeedCheck c, HeraldConfig.FullText fullText) {
    TeaserRule rule = new TeaserRule(true, fullText.teaserWords());
    ArticleCleaner cleaner = new ArticleCleaner();
    int n = 0;
    int all = 0;
    for (RawItem raw : c.parsed().map(ParsedFeed::items).orElse(List.of())) {
      CleanItem item = cleaner.clean(raw, Instant.EPOCH);
      if (item.isEmpty()) continue;
      all++;
      if (rule.isTeaser(item.text(), item.cutShort())) n++;
    }
    String mode = !fullText.enabled() ? "full text switched off in herald.yaml"
        : switch (feed.fullText()) {
          case AUTO -> "full_text auto: " + (n == 0 ? "no page is read" : "their pages are read");
          case ALWAYS -> "full_text always: every item's page is read";
          case NEVER -> "full_text never: no page is read";
        };
    return n + " of " + all + " items (" + mode + ")";
  }
}
