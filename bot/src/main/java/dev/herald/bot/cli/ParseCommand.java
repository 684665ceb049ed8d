package dev.herald.bot.cli;

import dev.herald.articles.ArticleCleaner;
import dev.herald.articles.CleanItem;
import dev.herald.config.HeraldConfig;
import dev.herald.feeds.FeedException;
import dev.herald.feeds.FeedParser;
import dev.herald.feeds.FetchResult;
import dev.herald.feeds.ParsedFeed;
import dev.herald.feeds.RawItem;
import dev.herald.feeds.Reasons;
import dev.herald.feeds.RoutingFeedFetcher;
import dev.herald.feeds.Validators;
import dev.herald.model.FeedSource;
import dev.herald.render.Phrases;
import java.io.IOException;
import java.io.PrintWriter;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code herald parse FILE|URL [--json]}: what Herald reads from one feed, item by item. */
@Command(name = "parse", mixinStandardHelpOptions = true,
    description = {"Fetch or read one feed and print its items, one line each.",
        "With --json, one JSON object each: {title, link, published (UTC ISO-8601, null when the feed gives no",
        "readable date), summary, guid}.",
        "Recovered problems are warnings on stderr. Exit 2 with one line on stderr when the feed cannot be read."})
final class ParseCommand implements Runnable {
  private static final DateTimeFormatter SHORT = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm'Z'")
      .withZone(ZoneOffset.UTC);

  @Spec CommandSpec spec;

  @Parameters(paramLabel = "FILE|URL", description = "a feed file, or an http(s) URL")
  String source;

  @Option(names = "--json", description = "one JSON object per item")
  boolean json;

  @Override
  public void run() {
    PrintWriter out = spec.commandLine().getOut();
    PrintWriter err = spec.commandLine().getErr();
    HeraldConfig config = CliHome.config(CliHome.home());
    ParsedFeed feed = read(config.fetch());
    for (String w : feed.warnings()) err.println("herald: warning: " + w);
    ArticleCleaner cleaner = new ArticleCleaner();
    Instant now = Instant.now();
    if (!json) {
      out.println("# " + firstNonBlank(cleaner.clean(titleOnly(feed), now).title(), "(untitled feed)") + " — "
          + feed.format().label() + ", " + Phrases.count(feed.items().size(), "item", "items"));
    }
    for (RawItem item : feed.items()) {
      CleanItem c = cleaner.clean(item, now);
      String published = c.dateEstimated() ? null : DateTimeFormatter.ISO_INSTANT.format(c.published());
      if (json) {
        Map<String, Object> line = new LinkedHashMap<>();
        line.put("title", c.title());
        line.put("link", c.url());
        line.put("published", published);
        line.put("summary", c.description());
        line.put("guid", c.guid());
        JsonLines.write(out, line);
      } else {
        out.println((c.dateEstimated() ? "(no date)        " : SHORT.format(c.published())) + "  "
            + firstNonBlank(c.title(), "(untitled)") + (c.url().isEmpty() ? "" : "  <" + c.url() + ">"));
      }
    }
    out.flush();
  }

  private ParsedFeed read(HeraldConfig.Fetch fetchConfig) {
    FeedParser parser = new FeedParser(fetchConfig.maxFeedBytes());
    String lower = source.toLowerCase(java.util.Locale.ROOT);
    try {
      if (lower.startsWith("http://") || lower.startsWith("https://")) {
        URI uri;
        try {
          uri = URI.create(source.strip());
        } catch (IllegalArgumentException e) {
          throw new CliFailure(source + ": not a valid URL");
        }
        FeedSource feed = FeedSource.of("cli", "cli", uri, List.of());
        FetchResult r = RoutingFeedFetcher.fromConfig(fetchConfig, CliHome.version()).fetch(feed, Validators.NONE);
        if (!(r instanceof FetchResult.Fetched f)) throw new CliFailure(source + ": unexpected 304 Not Modified");
        return parser.parse(f.body(), f.charset(), f.finalUri());
      }
      if (lower.matches("^[a-z][a-z0-9+.-]*://.*")) {
        throw new CliFailure(source + ": only http:// and https:// URLs (or local files) can be read, not "
            + lower.substring(0, lower.indexOf(':')) + "://");
      }
      Path path = Path.of(source);
      if (Files.isDirectory(path)) throw new CliFailure(source + ": is a directory; give one feed file");
      if (!Files.exists(path)) throw new CliFailure(source + ": no such file");
      if (!Files.isRegularFile(path)) throw new CliFailure(source + ": not a regular file");
      if (Files.size(path) > fetchConfig.maxFeedBytes()) {
        throw new CliFailure(source + ": larger than fetch.max_feed_bytes (" + fetchConfig.maxFeedBytes() + ")");
      }
      return parser.parse(Files.readAllBytes(path), java.util.Optional.empty(), path.toUri());
    } catch (FeedException e) {
      throw new CliFailure(source + ": " + e.getMessage());
    } catch (IOException e) {
      throw new CliFailure(source + ": " + Reasons.describe(e));
    }
  }

  private static RawItem titleOnly(ParsedFeed feed) {
    return new RawItem(feed.title(), "", "", java.util.Optional.empty(), java.util.Optional.empty(), "",
        dev.herald.feeds.FeedText.EMPTY, dev.herald.feeds.FeedText.EMPTY, "", List.of(), "", "");
  }

  private static String firstNonBlank(String a, String b) {
    return a == null || a.isBlank() ? b : a;
  }
}
