package dev.herald.metrics;

import dev.herald.model.DeliveryKind;
import dev.herald.model.Platform;
import java.time.Duration;
import java.util.Locale;

/**
 * What Herald measures about itself, reported by the stage where it happens. Every tag value comes from a closed set
 * (the enums below, {@link Platform}, {@link DeliveryKind}, the configured summarizer's name), so the number of series
 * stays bounded however many channels, stories and feeds there are: no id ever reaches a meter.
 *
 * <p>Implementations are thread-safe, cheap (they run on delivery and ingestion threads) and never throw. Each method
 * does nothing by default, so {@link #NONE} is the whole of a "no metrics" implementation.
 */
public interface HeraldMetrics {
  /** Measures nothing. */
  HeraldMetrics NONE = new HeraldMetrics() {};

  /** One fetch of a feed ended (redirects and body included); feeds skipped by backoff are not fetched. */
  default void feedFetched(FetchResult result, Duration took) {}

  /** New articles stored by one ingestion of a feed (edits of stored articles are not new). */
  default void articlesIngested(int count) {}

  /**
   * A story's summary was written (or not).
   *
   * @param summarizer the configured summarizer ({@code extractive} or {@code llm})
   */
  default void summaryWritten(String summarizer, SummaryResult result) {}

  /** One attempt at an outbox row ended. */
  default void delivered(Platform platform, DeliveryKind kind, DeliveryResult result) {}

  /** A row was sent this long after it became due (its {@code notBefore}): queueing, pacing and retries together. */
  default void deliveryLag(Platform platform, Duration lag) {}

  /** The platform answered "slow down" (HTTP 429). */
  default void rateLimited(Platform platform) {}

  /** Deliveries parked: given up on until {@code /herald retry} (too many failures, a refusal, lost access). */
  default void parked(int deliveries) {}

  /** One channel's daily briefing occurrence ran. */
  default void briefing(BriefingResult result) {}

  /** A slash command (or button) was acknowledged to the platform this long after Herald received it. */
  default void slashAcknowledged(Platform platform, Duration took) {}

  /** How a feed fetch ended. */
  enum FetchResult {
    /** New content (a 200). */
    FETCHED,
    /** Unchanged since the last fetch (a 304). */
    NOT_MODIFIED,
    /** Unreachable, refused, too large, an HTTP error. */
    FAILED;

    /** The tag value: {@code fetched}, {@code not_modified}, {@code failed}. */
    public String tag() {
      return name().toLowerCase(Locale.ROOT);
    }
  }

  /** How writing a summary ended. */
  enum SummaryResult {
    /** Written by the configured summarizer and stored. */
    WRITTEN,
    /** The configured summarizer failed (a language model's bad answer) and the extractive one wrote it. */
    FALLBACK,
    /** Nothing stored: no articles, or the integrity check refused every candidate. */
    FAILED;

    public String tag() {
      return name().toLowerCase(Locale.ROOT);
    }
  }

  /** How one delivery attempt ended. */
  enum DeliveryResult {
    SENT,
    /** To be tried again later (a transient failure or a rate limit). */
    RETRY,
    /** Given up on (also every row of a channel that lost access). */
    PARKED;

    public String tag() {
      return name().toLowerCase(Locale.ROOT);
    }
  }

  /** How one channel's briefing occurrence ended. */
  enum BriefingResult {
    /** Stories enqueued. */
    SENT,
    /** Nothing new: a one-line notice enqueued. */
    EMPTY,
    /** The day already had its briefing (a repeat after a restart), or the channel has none. */
    SKIPPED,
    /** The channel's deliveries are paused. */
    PAUSED,
    /** Missed while Herald was down and folded into the next, due soon. */
    FOLDED,
    /** An error: the scheduler will try the occurrence again. */
    FAILED;

    public String tag() {
      return name().toLowerCase(Locale.ROOT);
    }
  }
}
