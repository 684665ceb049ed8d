package dev.herald.feeds;

import dev.herald.config.HeraldConfig;
import dev.herald.model.FeedSource;
import java.nio.file.Path;
import java.util.Locale;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;

/**
 * Where a feed's article pages come from: an http(s) feed's over the network, a file feed's from the {@code pages/}
 * directory beside the feed file ({@link LocalPageFetcher}), so that offline runs over local feeds (the demo,
 * {@code digest}) never touch the network. Thread-safe.
 */
public final class PageFetchers implements Function<FeedSource, PageFetcher> {
  /** The directory beside a file feed that holds its pages. */
  public static final String LOCAL_DIR = "pages";

  private final PageFetcher http;
  private final long maxBytes;
  private final ConcurrentHashMap<Path, PageFetcher> local = new ConcurrentHashMap<>();

  public PageFetchers(PageFetcher http, long maxBytes) {
    this.http = http;
    this.maxBytes = maxBytes;
  }

  /**
   * The production routing: pages over HTTP with the {@code fetch:} settings (User-Agent, timeouts, address policy)
   * and the {@code full_text:} page cap, one request at a time per host; a file feed's pages from beside it.
   */
  public static PageFetchers fromConfig(HeraldConfig.Fetch fetch, HeraldConfig.FullText fullText, String version) {
    return fromConfig(fetch, fullText, version, call -> okhttp3.EventListener.NONE);
  }

  /** {@link #fromConfig(HeraldConfig.Fetch, HeraldConfig.FullText, String)} reporting each request to {@code events}. */
  public static PageFetchers fromConfig(HeraldConfig.Fetch fetch, HeraldConfig.FullText fullText, String version,
      okhttp3.EventListener.Factory events) {
    HttpPageFetcher http = RoutingFeedFetcher.httpBuilder(fetch, version).maxBytes(fullText.maxPageBytes())
        .maxConcurrentPerHost(1).events(events).buildPageFetcher();
    return new PageFetchers(http, fullText.maxPageBytes());
  }

  /** The fetcher of {@code feed}'s pages; a feed Herald does not know (null) reads over the network. */
  @Override
  public PageFetcher apply(FeedSource feed) {
    if (feed == null || !"file".equals(String.valueOf(feed.url().getScheme()).toLowerCase(Locale.ROOT))) return http;
    Path dir = Path.of(feed.url()).toAbsolutePath().getParent().resolve(LOCAL_DIR);
    return local.computeIfAbsent(dir, d -> new LocalPageFetcher(d, maxBytes));
  }
}
