package dev.herald.store;

import dev.herald.model.AlertRecord;
import dev.herald.model.Briefing;
import dev.herald.model.ChannelKey;
import dev.herald.model.Platform;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The outbox queue: every send is a row keyed by {@link OutboxEntry#key()}, enqueued once, then sent, retried or
 * parked; what is still unsent; purging what is done. One role of {@link OutboxStore}.
 *
 * <p>Each method is one transaction. Enqueueing a key that exists does nothing, so a repeated briefing or alert can
 * never send twice. Thread-safe.
 */
public interface OutboxQueue {
  /** Enqueues the entries whose keys are new; returns how many were new. */
  int enqueue(List<OutboxEntry> entries);

  /** Records the alert and enqueues its send together; false (and nothing recorded) when the key existed. */
  boolean enqueueAlert(OutboxEntry entry, AlertRecord alert);

  /**
   * Records a daily briefing occurrence, the briefing (what the channel was shown) and its sends together. False,
   * and nothing written, when the channel already has a run for that local day.
   */
  boolean enqueueBriefing(BriefingRun run, Optional<Briefing> briefing, List<OutboxEntry> entries);

  /**
   * Marks the row sent with the platform's message id. For a post, records the posted message; for an update,
   * the version the message now shows and the edit time.
   *
   * @param shownVersion the summarised version the message shows
   */
  void sent(long id, String messageId, int shownVersion, Instant at);

  /**
   * Back to pending, due at {@code at}.
   *
   * @param countAttempt false for a rate limit (the platform's pacing, not a failure)
   * @param maybePosted whether the failed attempt may still have posted (a timeout)
   */
  void retry(long id, Instant at, String error, boolean countAttempt, boolean maybePosted);

  /** Parks the row with its reason: it waits for {@code /herald retry}. */
  void park(long id, String reason, Instant at);

  /** Rows of the channel not yet sent or parked. */
  int unsent(ChannelKey channel);

  /** Rows not yet sent or parked (pending or claimed), per platform; platforms without any are absent. */
  Map<Platform, Integer> unsentByPlatform();

  Optional<OutboxRow> find(String key);

  /** Deletes sent and parked rows and edit records last touched before {@code before}; returns rows deleted. */
  int purge(Instant before);
}
