package dev.herald.feeds;

import dev.herald.model.FeedHealth;
import dev.herald.model.FeedSource;
import dev.herald.store.FeedHealthStore;
import java.io.IOException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Objects;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Reads one feed: a conditional fetch, then parsing, keeping the feed's stored health (backoff, disabling,
 * validators). A feed that is disabled or backing off is not fetched unless forced (a manager's check).
 *
 * <p>Never throws for a problem with the feed: a {@link Failed} result carries a one-line reason, and the failure is
 * recorded. A successful {@link Read} is recorded with {@link #succeeded} once its items are stored, so that when
 * storing them fails the validators stay as they were and the next poll fetches the items again. Store failures are
 * not the feed's fault and propagate. Thread-safe as its fetcher and store are; the caller reads one feed at a time.
 */
public final class FeedReader implements FeedStage {
  private static final Logger log = LoggerFactory.getLogger(FeedReader.class);
  private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm 'UTC'")
      .withZone(ZoneOffset.UTC);

  private final FeedFetcher fetcher;
  private final FeedParser parser;
  private final FeedHealthStore health;
  private final Clock clock;
  private final FeedBackoff backoff;

  /** @param maxConsecutiveFailures failures in a row before a feed is disabled */
  public FeedReader(FeedFetcher fetcher, FeedParser parser, FeedHealthStore health, Clock clock,
      int maxConsecutiveFailures) {
    this.fetcher = Objects.requireNonNull(fetcher, "fetcher == null");
    this.parser = Objects.requireNonNull(parser, "parser == null");
    this.health = Objects.requireNonNull(health, "health == null");
    this.clock = Objects.requireNonNull(clock, "clock == null");
    this.backoff = new FeedBackoff(maxConsecutiveFailures);
  }

  /** What reading a feed gave: its items, nothing new, or a reason it could not be read. */
  public sealed interface Result permits Read, NotModified, Failed {}

  /**
   * The feed's items, parsed; not yet recorded in its health ({@link #succeeded}).
   *
   * @param firstRead whether the feed was never read before (its items then never alert)
   * @param at when it was read
   */
  public record Read(FeedSource feed, ParsedFeed parsed, boolean firstRead, Instant at, FeedHealth before,
      Validators validators) implements Result {}

  /** The server said nothing changed since the last read (recorded). */
  public record NotModified() implements Result {}

  /** The feed was not read, or could not be (recorded): a one-line reason. */
  public record Failed(String reason) implements Result {}

  @Override
  public Result read(FeedSource feed, boolean force) {
    FeedHealth h = health.find(feed.id()).orElse(FeedHealth.fresh(feed.id()));
    Instant now = clock.instant();
    if (!force && h.disabled()) return new Failed(h.lastError());
    if (!force && !FeedBackoff.isDue(h, now)) {
      return new Failed("backing off until " + WHEN.format(h.nextAttemptAt().orElseThrow())
          + " after " + h.consecutiveFailures() + " failure(s): " + h.lastError());
    }
    try {
      FetchResult result = fetcher.fetch(feed, new Validators(h.etag(), h.lastModified()));
      if (result instanceof FetchResult.NotModified) {
        health.save(backoff.notModified(h, now));
        return new NotModified();
      }
      FetchResult.Fetched fetched = (FetchResult.Fetched) result;
      ParsedFeed parsed = parser.parse(fetched.body(), fetched.charset(), fetched.finalUri());
      return new Read(feed, parsed, h.neverRead(), now, h, fetched.validators());
    } catch (IOException e) {
      // a workspace's admins see the health of their own feeds: network-level failures stay generic for them
      String reason = feed.scope().isInstance() ? Reasons.describe(e) : Reasons.forWorkspace(e);
      if (!feed.scope().isInstance()) log.info("workspace feed {}: {}", feed.id(), Reasons.describe(e));
      Duration retryAfter = e instanceof RetryLaterException r ? r.retryAfter() : Duration.ZERO;
      health.save(backoff.failed(h, now, reason, feed.pollInterval(), retryAfter));
      return new Failed(reason);
    } catch (RuntimeException e) {
      log.warn("feed {}: unexpected failure while reading it", feed.id(), e);
      String reason = "could not read the feed (" + e.getClass().getSimpleName() + ")";
      health.save(backoff.failed(h, now, reason, feed.pollInterval(), Duration.ZERO));
      return new Failed(reason);
    }
  }

  /** Records a read whose items are stored: failures reset, the validators kept for the next conditional fetch. */
  @Override
  public void succeeded(Read read) {
    health.save(backoff.succeeded(read.before(), read.at(), read.validators(), read.parsed().items().size()));
  }
}
