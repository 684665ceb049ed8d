package dev.herald.articles.fulltext;

import crawlercommons.robots.BaseRobotRules;
import crawlercommons.robots.SimpleRobotRulesParser;
import dev.herald.feeds.PageFetcher;
import dev.herald.feeds.RobotsFile;
import java.io.IOException;
import java.net.URI;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Each site's robots.txt rules for Herald's user agent ("herald"), parsed by crawler-commons (RFC 9309) and kept a
 * day. A 4xx robots.txt means no rules; a 5xx or an unreachable site means "not now" (asked again after an hour).
 * Thread-safe.
 */
final class RobotsRules {
  static final String AGENT = "herald";
  static final Duration KEEP = Duration.ofHours(24);
  static final Duration KEEP_FAILED = Duration.ofHours(1);
  /** A longer Crawl-delay than this is read as this. */
  static final Duration MAX_CRAWL_DELAY = Duration.ofSeconds(60);

  /** What robots.txt says about one URL. */
  enum Answer { ALLOWED, DISALLOWED, UNAVAILABLE }

  private record Entry(BaseRobotRules rules, boolean available, Instant until) {}

  private final Clock clock;
  private final SimpleRobotRulesParser parser = new SimpleRobotRulesParser();
  private final ConcurrentHashMap<String, Entry> sites = new ConcurrentHashMap<>();

  RobotsRules(Clock clock) {
    this.clock = clock;
  }

  /** Whether rules for {@code url}'s site are known (no request needed). */
  boolean known(URI url) {
    Entry e = sites.get(site(url));
    return e != null && clock.instant().isBefore(e.until());
  }

  /** The answer for {@code url}, fetching the site's robots.txt through {@code fetcher} when not known. */
  Answer check(PageFetcher fetcher, URI url) {
    String site = site(url);
    Entry e = sites.get(site);
    if (e == null || !clock.instant().isBefore(e.until())) {
      e = fetch(fetcher, url);
      sites.put(site, e);
    }
    if (!e.available()) return Answer.UNAVAILABLE;
    return e.rules().isAllowed(url.toString()) ? Answer.ALLOWED : Answer.DISALLOWED;
  }

  /** The site's Crawl-delay, when its rules are known and set one (at most {@link #MAX_CRAWL_DELAY}). */
  Optional<Duration> crawlDelay(URI url) {
    Entry e = sites.get(site(url));
    if (e == null || e.rules().getCrawlDelay() == BaseRobotRules.UNSET_CRAWL_DELAY) return Optional.empty();
    Duration d = Duration.ofMillis(Math.max(0, e.rules().getCrawlDelay()));
    return Optional.of(d.compareTo(MAX_CRAWL_DELAY) > 0 ? MAX_CRAWL_DELAY : d);
  }

  private Entry fetch(PageFetcher fetcher, URI url) {
    Instant now = clock.instant();
    RobotsFile file;
    try {
      file = fetcher.robots(url);
    } catch (IOException e) {
      return new Entry(parser.failedFetch(503), false, now.plus(KEEP_FAILED));
    }
    if (file.status() >= 200 && file.status() < 300) {
      String robotsUrl = url.resolve("/robots.txt").toString();
      return new Entry(parser.parseContent(robotsUrl, file.body(), file.contentType(), List.of(AGENT)), true,
          now.plus(KEEP));
    }
    if (file.status() >= 400 && file.status() < 500) return new Entry(parser.failedFetch(file.status()), true,
        now.plus(KEEP));
    return new Entry(parser.failedFetch(file.status()), false, now.plus(KEEP_FAILED));
  }

  static String site(URI url) {
    String scheme = String.valueOf(url.getScheme()).toLowerCase(Locale.ROOT);
    int port = url.getPort() >= 0 ? url.getPort() : scheme.equals("https") ? 443 : 80;
    return scheme + "://" + String.valueOf(url.getHost()).toLowerCase(Locale.ROOT) + ":" + port;
  }
}
