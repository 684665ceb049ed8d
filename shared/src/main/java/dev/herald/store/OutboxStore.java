package dev.herald.store;

import dev.herald.model.AlertRecord;
import dev.herald.model.Briefing;
import dev.herald.model.BriefingRun;
import dev.herald.model.ChannelPacing;
import dev.herald.model.ChannelKey;
import dev.herald.model.ChannelPause;
import dev.herald.model.OutboxClaim;
import dev.herald.model.OutboxEntry;
import dev.herald.model.OutboxResult;
import dev.herald.model.OutboxRow;
import dev.herald.model.Platform;
import dev.herald.model.PostedMessage;
import java.time.Duration;
import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.Set;

/**
 * The outbox: every send is a row keyed by {@link OutboxEntry#key()}, claimed by a worker with a lease, then sent,
 * retried or parked. Also what was posted (for living-story edits) and which channels are paused.
 *
 * <p>Each method is one transaction. Enqueueing a key that exists does nothing, so a repeated briefing or alert can
 * never send twice. Thread-safe.
 */
public interface OutboxStore {
  /** Enqueues the entries whose keys are new; returns how many were new. */
  int enqueue(List<OutboxEntry> entries);

  /** Records the alert and enqueues its send together; false (and nothing recorded) when the key existed. */
  boolean enqueueAlert(OutboxEntry entry, AlertRecord alert);

  /**
   * Records a daily briefing occurrence, the briefing (what the channel was shown) and its sends together. False,
   * and nothing written, when the channel already has a run for that local day.
   */
  boolean enqueueBriefing(BriefingRun run, Optional<Briefing> briefing, List<OutboxEntry> entries);

  /** Pending rows of the platform, oldest first, at most {@code limit}. */
  List<OutboxRow> pending(Platform platform, int limit);

  /** Like {@link #pending}, only rows with an id above {@code afterId}: what was enqueued since a look. */
  List<OutboxRow> pendingAfter(Platform platform, long afterId, int limit);

  /**
   * How long a row may become visible after rows with higher ids: zero where one writer at a time takes ids in commit
   * order (SQLite); on a database shared by instances, transactions commit in any order. Readers of
   * {@link #pendingAfter} look back this far.
   */
  default Duration commitSkew() {
    return Duration.ZERO;
  }

  /**
   * Claims pending rows for {@code owner} until {@code leaseUntil} and marks them "maybe posted" (a send is about to
   * begin), keeping each channel's limit: a row is claimed only when fewer than {@code pacing}'s burst requests to its
   * channel were answered within its window, by any instance ({@link #record} keeps the answers). Says which rows were
   * claimed and why the others were not (another worker took them, the channel's limit, a send of the channel on
   * its way elsewhere).
   */
  OutboxClaim claim(Collection<Long> ids, String owner, Instant leaseUntil, ChannelPacing pacing);

  /** {@link #claim(Collection, String, Instant, ChannelPacing)} without a per-channel limit: the ids claimed. */
  default List<Long> claim(Collection<Long> ids, String owner, Instant leaseUntil) {
    return claim(ids, owner, leaseUntil, ChannelPacing.NONE).claimed();
  }

  /**
   * Extends the lease of every row {@code owner} still holds (another instance may have reclaimed one whose lease ran
   * out): the ids of the rows it holds now, each until {@code leaseUntil}.
   */
  Set<Long> renew(String owner, Instant leaseUntil);

  /**
   * Gives back rows {@code owner} claimed but did not attempt (shutdown, or a lease too close to its end to start a
   * send): pending again, due now. Rows another instance holds by now are left alone.
   */
  void release(Collection<Long> ids, String owner, Instant now);

  /** Rows whose lease ran out (their worker died) become pending again; returns how many. */
  int reclaimExpired(Instant now);

  /**
   * Records many attempts' results in one transaction (what {@link #sent}, {@link #retry}, {@link #park} do), with
   * when the platform answered each of their requests, for every instance's {@link #claim}.
   */
  void record(List<OutboxResult> results);

  /** Forgets the platform's request answers older than {@code before} (past every window); returns how many. */
  int forgetAnswers(Platform platform, Instant before);

  /**
   * Says that {@code owner} sends the platform's outbox as of {@code now} and returns every owner that said so at
   * or after {@code since}, this one included, in name order; the others are forgotten.
   */
  List<String> senders(Platform platform, String owner, Instant now, Instant since);

  /** How many of the platform's rows (those not yet purged) each worker sent, by the worker's name. */
  java.util.Map<String, Integer> sentBy(Platform platform);

  /** {@code owner} no longer sends the platform's outbox (a graceful stop): the others take its share at once. */
  void leave(Platform platform, String owner);

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

  /** Pauses the channel and parks its pending rows; returns how many were parked. A pause that exists is kept. */
  int pause(ChannelKey channel, String reason, Instant at);

  Optional<ChannelPause> pause(ChannelKey channel);

  /** Lifts the channel's pause and requeues its parked rows (attempts reset); returns how many were requeued. */
  int resume(ChannelKey channel, Instant now);

  List<OutboxRow> parked(ChannelKey channel);

  /** Rows of the channel not yet sent or parked. */
  int unsent(ChannelKey channel);

  /** Rows not yet sent or parked (pending or claimed), per platform; platforms without any are absent. */
  java.util.Map<Platform, Integer> unsentByPlatform();

  Optional<OutboxRow> find(String key);

  /** Every posted message showing the story, in any channel. */
  List<PostedMessage> postedFor(long storyId);

  /** Whether the channel was posted the story at {@code version} or later (as a briefing, an alert or an edit). */
  boolean seen(ChannelKey channel, long storyId, int version);

  /**
   * The newest story version the channel was told about in a message of its own (a briefing story or an alert), sent
   * or on its way; edits and parked rows do not count. Empty when the channel never got the story.
   */
  OptionalInt toldVersion(ChannelKey channel, long storyId);

  /** Whether an update of this message is waiting to be sent. */
  boolean updatePending(ChannelKey channel, String messageId);

  /** When the message was edited at or after {@code since}, oldest first. */
  List<Instant> editsSince(ChannelKey channel, String messageId, Instant since);

  /** Deletes sent and parked rows and edit records last touched before {@code before}; returns rows deleted. */
  int purge(Instant before);
}
