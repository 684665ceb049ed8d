package dev.herald.feeds;

import dev.herald.config.HeraldConfig;
import dev.herald.model.FeedSource;
import java.io.IOException;
import java.time.Duration;
import java.util.Locale;

/** Sends {@code file:} feeds to a {@link FileFeedFetcher} and http(s) feeds to an {@link HttpFeedFetcher}. */
public final class RoutingFeedFetcher implements FeedFetcher {
  private final FeedFetcher http;
  private final FeedFetcher file;

  public RoutingFeedFetcher(FeedFetcher http, FeedFetcher file) {
    this.http = http;
    this.file = file;
  }

  /**
   * The production fetcher from {@code fetch:} settings: timeouts (connect and read each the whole budget at most 15
   * s, total the configured {@code timeout_seconds}), size cap, private-address policy and per-host limit.
   */
  public static RoutingFeedFetcher fromConfig(HeraldConfig.Fetch config, String version) {
    return fromConfig(config, version, call -> okhttp3.EventListener.NONE);
  }

  /** {@link #fromConfig(HeraldConfig.Fetch, String)} whose HTTP requests are reported to {@code events}. */
  public static RoutingFeedFetcher fromConfig(HeraldConfig.Fetch config, String version,
      okhttp3.EventListener.Factory events) {
    HttpFeedFetcher http = httpBuilder(config, version).events(events).build();
    return new RoutingFeedFetcher(http, new FileFeedFetcher(config.maxFeedBytes()));
  }

  /** The HTTP settings every fetch shares: User-Agent, timeouts, feed size cap, per-host limit, address policy. */
  static HttpFeedFetcher.Builder httpBuilder(HeraldConfig.Fetch config, String version) {
    Duration total = Duration.ofSeconds(config.timeoutSeconds());
    Duration part = total.compareTo(Duration.ofSeconds(15)) > 0 ? Duration.ofSeconds(15) : total;
    return HttpFeedFetcher.builder()
        .userAgent(version, config.contactUrl())
        .connectTimeout(part)
        .readTimeout(part)
        .totalTimeout(total)
        .maxBytes(config.maxFeedBytes())
        .maxConcurrentPerHost(config.maxConcurrentPerHost())
        .addressPolicy(config.allowPrivateAddresses() ? AddressPolicy.ALLOW_ALL : AddressPolicy.PUBLIC_ONLY);
  }

  @Override
  public FetchResult fetch(FeedSource feed, Validators validators) throws IOException {
    String scheme = String.valueOf(feed.url().getScheme()).toLowerCase(Locale.ROOT);
    if (scheme.equals("file")) return file.fetch(feed, validators);
    if (scheme.equals("http") || scheme.equals("https")) return http.fetch(feed, validators);
    throw new FeedException("unsupported URL scheme: " + scheme);
  }
}
