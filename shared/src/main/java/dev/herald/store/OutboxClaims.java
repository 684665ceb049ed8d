package dev.herald.store;

import dev.herald.model.Platform;
import java.time.Duration;
import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The outbox as a dispatcher works it: pending rows claimed by a worker with a lease, renewed, released or reclaimed
 * when the worker died; the results recorded in batches; which workers share a platform's sending. One role of
 * {@link OutboxStore}.
 *
 * <p>Each method is one transaction. Thread-safe.
 */
public interface OutboxClaims {
  /** Pending rows of the platform, oldest first, at most {@code limit}. */
  List<OutboxRow> pending(Platform platform, int limit);

  /** Like {@link #pending}, only rows with an id above {@code afterId}: what was enqueued since a look. */
  List<OutboxRow> pendingAfter(Platform platform, long afterId, int limit);

  /**
   * The ids and channels of the platform's pending rows with an id above {@code afterId}, oldest first, at most
   * {@code limit}: a reader that holds most of them, or sends only some channels, reads whole rows only for the
   * others ({@link #pendingRows}).
   */
  List<OutboxRef> pendingRefs(Platform platform, long afterId, int limit);

  /** The rows among {@code ids} that are pending, oldest first. */
  List<OutboxRow> pendingRows(Collection<Long> ids);

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
   * How many times rows went back to pending with the ids they had, below what readers of {@link #pendingAfter} and
   * {@link #pendingRefs} look for: parked rows requeued ({@link ChannelPauses#resume}) and expired claims reclaimed
   * ({@link #reclaimExpired}), claimed rows given back ({@link #release}) and the rows {@link #requeued} names, by any
   * instance. Each such transaction counts once, with its rows; a dispatcher whose
   * count moved since it last read {@link #pending} reads it again. One small read.
   */
  long requeues();

  /**
   * Counts once in {@link #requeues} rows that an earlier transaction put back to pending with their old ids: a send's
   * retry recorded ({@link #record}) by an instance that no longer sends the channel, which the instance sending it
   * now read while the row was still claimed.
   */
  void requeued();

  /**
   * Records many attempts' results in one transaction (what {@link OutboxQueue#sent}, {@link OutboxQueue#retry},
   * {@link OutboxQueue#park} do), with when the platform answered each of their requests, for every instance's
   * {@link #claim}.
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
  Map<String, Integer> sentBy(Platform platform);

  /** {@code owner} no longer sends the platform's outbox (a graceful stop): the others take its share at once. */
  void leave(Platform platform, String owner);
}
