package dev.herald.delivery;

import dev.herald.feeds.Backoff;
import dev.herald.metrics.HeraldMetrics;
import dev.herald.store.ChannelPauses;
import dev.herald.store.DeliveryState;
import dev.herald.store.OutboxEntry;
import dev.herald.store.OutboxQueue;
import dev.herald.store.OutboxResult;
import dev.herald.store.OutboxRow;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.slf4j.MDC;

/**
 * Sends one claimed row through the platform's {@link Publisher} and says what happened, for the dispatcher to
 * record: sent (with the message id), retry later (rate limit: after the platform's Retry-After; transient: exponential backoff), parked (rejected,
 * or too many attempts) or the channel paused (lost access). A row whose earlier attempt may have posted is looked
 * up with {@link Publisher#findPosted} first, so a crash between the platform accepting a message and Herald
 * recording it never doubles it. Thread-safe.
 */
final class Sender {
  private static final Logger log = LoggerFactory.getLogger(Sender.class);
  private static final Duration DEFAULT_RETRY_AFTER = Duration.ofSeconds(1);

  /** How a send ended, for the dispatcher's in-memory queues. */
  enum Result {
    SENT,
    RETRY,
    PARKED,
    PAUSED,
    UNKNOWN
  }

  /**
   * The outcome: the result to record (the dispatcher records many in one transaction), and the row as it will stand
   * when it is to be retried.
   */
  record Outcome(OutboxRow row, Result result, Optional<OutboxRow> retry, Optional<OutboxResult> record) {
    /** With when the platform answered each request of the attempt, recorded with its result. */
    Outcome withAnswered(List<Instant> answered) {
      return answered.isEmpty() ? this
          : new Outcome(row, result, retry, record.map(r -> r.withAnswered(answered)));
    }
  }

  private final Publisher publisher;
  private final OutboxQueue outbox;
  private final ChannelPauses pauses;
  private final OutboxViews views;
  private final RateGovernor governor;
  private final DeliverySettings.Retries retries;
  private final Clock clock;
  private final HeraldMetrics metrics;

  /** Whether the platform client is up (see {@link Publisher#ready}). */
  boolean clientReady() {
    return publisher.ready();
  }

  Sender(Publisher publisher, OutboxQueue outbox, ChannelPauses pauses, OutboxViews views, RateGovernor governor,
      DeliverySettings.Retries retries, Clock clock) {
    this(publisher, outbox, pauses, views, governor, retries, clock, HeraldMetrics.NONE);
  }

  /** @param metrics told of rate limits and of rows parked when a channel is paused (other outcomes are recorded) */
  Sender(Publisher publisher, OutboxQueue outbox, ChannelPauses pauses, OutboxViews views, RateGovernor governor,
      DeliverySettings.Retries retries, Clock clock, HeraldMetrics metrics) {
    this.metrics = metrics;
    this.publisher = publisher;
    this.outbox = outbox;
    this.pauses = pauses;
    this.views = views;
    this.governor = governor;
    this.retries = retries;
    this.clock = clock;
  }

  /**
   * Sends the row; the outcome carries when the platform answered each request, for the channel's limit across
   * instances.
   */
  Outcome send(OutboxRow row) {
    List<Instant> answered = new ArrayList<>(2);
    // the ids every log line of this send carries (logging.format: json shows them as fields)
    try (MDC.MDCCloseable d = MDC.putCloseable("delivery", row.key());
        MDC.MDCCloseable c = MDC.putCloseable("channel", row.channel().toString())) {
      return attempt(row, answered).withAnswered(answered);
    } catch (RuntimeException e) {
      // a store failure or an adapter bug; it may have posted
      log.error("delivery {}: unexpected failure", row.key(), e);
      return retry(row, "internal error: " + e, true, true, backoff(row.attempts() + 1))
          .withAnswered(answered);
    }
  }

  /** A request of the send came back (or failed) now: the governor counts it, and so will the outbox. */
  private void answered(OutboxEntry e, List<Instant> answered) {
    Instant now = clock.instant();
    answered.add(now);
    governor.answered(e.channel(), now);
  }

  private Outcome attempt(OutboxRow row, List<Instant> answered) {
    OutboxEntry e = row.entry();
    Optional<Instant> held = governor.heldUntil(clock.instant());
    if (held.isPresent()) {
      // the platform was held back (a refused token, a global limit) after this send was admitted: do not send
      return retry(row, row.lastError().orElse("held back"), false, row.maybePosted(),
          Duration.between(clock.instant(), held.get()));
    }
    Optional<OutboxViews.Rendered> rendered = views.render(e);
    if (rendered.isEmpty()) return park(row, "the story or its summary is no longer stored");
    boolean resolved = false;
    try {
      String messageId;
      if (e.kind().posts()) {
        if (row.maybePosted()) {
          Optional<String> found;
          try {
            found = publisher.findPosted(e.channel(), e.key());
          } finally {
            answered(e, answered);
          }
          if (found.isPresent()) {
            log.info("delivery {}: already posted as {} before a restart; not posting again", e.key(), found.get());
            return sent(row, found.get(), rendered.get().version());
          }
          resolved = true;
        }
        try {
          messageId = publisher.post(e.channel(), rendered.get().view(), e.key());
        } finally {
          answered(e, answered);
        }
      } else {
        messageId = e.targetMessage().orElseThrow();
        try {
          publisher.edit(e.channel(), messageId, rendered.get().view());
        } finally {
          answered(e, answered);
        }
      }
      governor.succeeded();
      return sent(row, messageId, rendered.get().version());
    } catch (PublishException x) {
      return failed(row, x, row.maybePosted() && !resolved);
    }
  }

  private Outcome failed(OutboxRow row, PublishException x, boolean stillUncertain) {
    Instant now = clock.instant();
    String reason = x.kind().name().toLowerCase(java.util.Locale.ROOT) + ": " + x.getMessage();
    switch (x.kind()) {
      case RATE_LIMITED: {
        Duration wait = x.retryAfter().orElse(DEFAULT_RETRY_AFTER);
        metrics.rateLimited(publisher.platform());
        governor.rateLimited(row.channel(), wait, x.global(), now);
        if (row.rateLimited() + 1 >= retries.maxRateLimited()) return park(row, "rate limited too often: " + reason);
        return retry(row, reason, false, stillUncertain, wait);
      }
      case TRANSIENT: {
        int attempts = row.attempts() + 1;
        if (attempts >= retries.maxAttempts()) return park(row, "failed " + attempts + " times: " + reason);
        // a timeout may have posted: ask before posting again
        return retry(row, reason, true, true, backoff(attempts));
      }
      case LOST_ACCESS: {
        if (x.global()) {
          governor.unauthorized(x.getMessage(), now);
          log.error("{}: the platform refused Herald's token: {}", publisher.platform().key(), x.getMessage());
          return retry(row, reason, false, stillUncertain, Duration.ZERO);
        }
        governor.refused(now);
        // rare: written at once, so that the channel's other rows are parked before anything else is sent there
        outbox.park(row.id(), reason, now);
        int parked = pauses.pause(row.channel(), x.getMessage(), now);
        metrics.delivered(publisher.platform(), row.entry().kind(), HeraldMetrics.DeliveryResult.PARKED);
        metrics.parked(1 + parked);
        log.warn("channel {} paused ({} more deliveries parked): {}", row.channel(), parked, x.getMessage());
        return new Outcome(row, Result.PAUSED, Optional.empty(), Optional.empty());
      }
      case REJECTED:
      default:
        return park(row, reason);
    }
  }

  private Outcome sent(OutboxRow row, String messageId, int version) {
    return new Outcome(row, Result.SENT, Optional.empty(),
        Optional.of(OutboxResult.sent(row.id(), row.entry(), messageId, version, clock.instant())));
  }

  private Outcome park(OutboxRow row, String reason) {
    log.warn("delivery {} parked: {}", row.key(), reason);
    return new Outcome(row, Result.PARKED, Optional.empty(),
        Optional.of(OutboxResult.parked(row.id(), row.entry(), reason, clock.instant())));
  }

  private Outcome retry(OutboxRow row, String reason, boolean countAttempt, boolean maybePosted, Duration wait) {
    Instant at = clock.instant().plus(wait.isNegative() ? Duration.ZERO : wait);
    OutboxRow next = new OutboxRow(row.id(), row.entry(), DeliveryState.PENDING,
        row.attempts() + (countAttempt ? 1 : 0), row.rateLimited() + (countAttempt ? 0 : 1), maybePosted, at,
        Optional.of(reason), Optional.empty(), row.createdAt());
    return new Outcome(row, Result.RETRY, Optional.of(next),
        Optional.of(OutboxResult.retry(row.id(), row.entry(), at, reason, countAttempt, maybePosted)));
  }

  /** The wait before attempt {@code attempt + 1}: Herald's backoff, randomly shortened (channels failing together). */
  private Duration backoff(int attempt) {
    return Backoff.after(attempt, retries.base(), retries.max(), Backoff.Jitter.shorter(), Duration.ZERO);
  }
}
