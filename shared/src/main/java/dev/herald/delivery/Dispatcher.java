package dev.herald.delivery;

import dev.herald.threads.DaemonThreads;
import dev.herald.model.ChannelKey;
import dev.herald.model.Platform;
import dev.herald.store.ChannelPacing;
import dev.herald.store.OutboxClaim;
import dev.herald.store.OutboxClaims;
import dev.herald.store.OutboxRef;
import dev.herald.store.OutboxRow;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Sends one platform's outbox. A single dispatcher thread keeps this instance's pending rows in memory per channel,
 * admits sends through the {@link RateGovernor} (at most one in flight per channel), claims the admitted rows in the
 * store with a lease, many in one transaction, and hands them to the sender pool: up to {@link #CLAIM_AHEAD} rows per
 * sender are claimed and not yet sent, so that the claim, the dispatcher's cost, is paid once for many sends. The
 * claim keeps each channel's limit across every instance sending the same outbox (the answers of all their requests
 * are in the store); a row refused for it waits for the time the store names.
 *
 * <p>Several instances share the work through the store: each says every few seconds that it sends this platform
 * ({@link OutboxClaims#senders}), takes its share of the platform-wide limits, and sends the channels that hash to it
 * among the live senders (rendezvous hashing), so that instances do not contend for the same channels; it keeps only
 * those channels' rows in memory, and reads everything pending again when the senders change: when one stops or dies,
 * its channels pass to the others once it is no longer seen (a lease). Results are recorded by a {@link
 * ResultRecorder}, many per transaction, then come back to the dispatcher thread. The store is read for rows above the
 * highest id seen when woken (new rows), swept for rows not yet settled every few seconds (by id and channel: only the
 * rows of its channels that it does not hold are read whole), read whole every half minute, and read whole at the
 * sweep after any instance put rows back to pending with their old ids ({@link OutboxClaims#requeues}: a {@code
 * /herald retry} answered elsewhere, a dead worker's rows reclaimed, claimed rows given back, a send's retry recorded
 * by an instance whose channel passed to another while the send was on its way). A crash between a post and its
 * record leaves the row claimed and "maybe posted": after its lease it is looked up on the platform before anything
 * is posted again.
 *
 * <p>Nothing is sent while the platform client is not up ({@link Publisher#ready}: logging in, registering its
 * commands), nor for one window of the platform-wide limits after it comes up, since those requests count there.
 *
 * <p>{@link #stop} stops admitting, lets in-flight sends finish within the grace period and gives back claimed rows
 * that never started; a send still running after that keeps its claim until the lease runs out, and is then looked
 * up on the platform before anything is posted again.
 */
final class Dispatcher {
  private static final Logger log = LoggerFactory.getLogger(Dispatcher.class);
  /**
   * How often the store is swept for new rows: those enqueued by other processes (this one wakes the dispatcher), and
   * those with lower ids than rows already read that became visible later (see {@link OutboxWatermark}).
   */
  private static final Duration LOOK_EVERY = Duration.ofSeconds(2);
  /**
   * How long after a look when woken (which reads only rows above the highest id seen) the sweep that may find a row
   * committed late below them follows; wakes in between add no sweep, so sweeps come at most this often.
   */
  private static final Duration SWEEP_GAP = Duration.ofMillis(250);
  /** How often everything pending is read again, for changes to older rows made elsewhere. */
  private static final Duration RELOAD_EVERY = Duration.ofSeconds(30);
  /** How soon a claim refused because another instance had the channel busy is tried again. */
  private static final Duration REFUSED_RELOAD = Duration.ofMillis(250);
  /**
   * How often an instance with rows to send asks which instances send this outbox (a small write): one that started
   * gets its channels within this, rather than after the others' rows claimed ahead for them ran out.
   */
  private static final Duration BUSY_LOOK = Duration.ofMillis(50);
  private static final int LOAD_LIMIT = 20_000;
  /**
   * New rows read whole per pass when woken: a fan-out's rows a page at a time, the senders busy with the first page's
   * while the next is read (two instances each read the 10,000 rows of a 2,000-channel fan-out in 84-141 ms at load
   * 10-20 before sending anything).
   */
  private static final int LOAD_PAGE = 1000;
  /**
   * Rows claimed per sender at most, counting the one it sends: the claim (a transaction) is the dispatcher's cost,
   * so it claims for the senders' next turns too, in one batch, instead of one short claim per free sender.
   */
  private static final int CLAIM_AHEAD = 4;

  private final Platform platform;
  private final OutboxClaims outbox;
  private final Sender sender;
  private final RateGovernor governor;
  private final ChannelPacing pacing;
  private final DeliverySettings.Workers workers;
  private final Clock clock;
  private final String owner;
  private final ExecutorService pool;
  /** The last admitting pass stopped at the claim cap, not for want of due rows. */
  private boolean admittedFull;

  private final ChannelQueues queues = new ChannelQueues();
  /** Channels with a send out, until its outcome is recorded and applied: the next row of a channel waits for it. */
  private final Map<ChannelKey, Long> inFlight = new HashMap<>();
  /**
   * Claimed sends on the pool, running or waiting for a sender: at most {@link #claimCap}; a send leaves it before its
   * outcome is recorded.
   */
  private final AtomicInteger sending = new AtomicInteger();
  /**
   * Until when each row this instance holds is surely its own: the lease it was claimed with, extended by each renewal
   * that found the row still held. Another instance takes a row whose lease ran out (this one looked dead to it), so
   * a send starts only while at least half the lease is left: time for the request to be over before anyone else
   * looks for its post.
   */
  private final Map<Long, Instant> leases = new ConcurrentHashMap<>();
  private final ConcurrentLinkedQueue<Sender.Outcome> done = new ConcurrentLinkedQueue<>();
  private final ResultRecorder recorder;
  private final Object signal = new Object();
  /** Held by the sender that renews the leases for a send that waited (see {@link #renewedFor}). */
  private final Object renewing = new Object();
  private final AtomicInteger sentCount = new AtomicInteger();
  private volatile boolean running;
  private volatile boolean reload = true;
  private volatile boolean fresh;
  private final OutboxWatermark watermark;
  /** A claim was refused (another instance holds the row or its channel): read everything pending again then. */
  private Instant reloadAt = Instant.MAX;
  private boolean woken;
  /** A look read only rows above the highest id seen: a sweep comes then ({@link #SWEEP_GAP} after it). */
  private Instant sweepAt = Instant.MAX;
  private Instant lastReload = Instant.MIN;
  /**
   * The outbox's count of requeues ({@link OutboxClaims#requeues}: parked rows requeued, expired claims reclaimed, by
   * any instance) when everything pending was last read: when a sweep finds it moved, rows below the ids it reads came
   * back, and everything is read again.
   */
  private long requeues = -1;
  private Instant lastLook = Instant.MIN;
  private Instant lastRenew = Instant.MIN;
  private Instant lastSeen = Instant.MIN;
  /** A new instance among others sends from then on (see {@link #housekeeping}). */
  private Instant sendFrom = Instant.MIN;
  /** The instances sending this platform's outbox, this one included, as last read. */
  private List<String> senders = List.of();
  /** Whether each channel is this instance's among {@link #senders} (see {@link #mine}), until the senders change. */
  private final Map<ChannelKey, Boolean> mineAmongSenders = new HashMap<>();
  /**
   * When this instance first said it sends the outbox, before its platform client logged in ({@link
   * DeliveryEngine#join}); null when it says so first at its first look.
   */
  private Instant joinedAt;
  /** Whether the platform client was up at the last pass (see {@link Publisher#ready}). */
  private boolean clientReady;
  /** Whether the platform client was ever up; until then a start-up holds it (see {@link #stepAsideWhileDown}). */
  private boolean clientWasUp;
  /** Since when the client that was up is down; null while it is up. */
  private Instant clientDownSince;
  /** This instance stepped aside while its client is down: it does not say it sends the outbox. */
  private volatile boolean away;
  private Thread thread;
  /**
   * Where the store's upkeep runs once started: saying that this instance sends and reading who else does (every
   * {@link #BUSY_LOOK} while sending), renewing leases, returning expired ones and forgetting old answers. Each is a
   * write transaction that took 8-40 ms at load 10 on PostgreSQL; on the dispatcher thread they held up the claims
   * of a fan-out for about a third of its first round. Null before {@link #start} (and in tests that drive {@link
   * #pass} by hand): the upkeep runs on the calling thread.
   */
  private ExecutorService upkeep;
  /** An upkeep task is queued or running: no second one is queued meanwhile. */
  private final AtomicBoolean upkeepBusy = new AtomicBoolean();
  /** The senders an upkeep task read, waiting for the dispatcher thread to apply them. */
  private final AtomicReference<List<String>> looked = new AtomicReference<>();

  Dispatcher(Platform platform, OutboxClaims outbox, Sender sender, RateGovernor governor, ChannelPacing pacing,
      DeliverySettings.Workers workers, Clock clock, String owner, ExecutorService pool,
      java.util.function.Consumer<List<dev.herald.store.OutboxResult>> afterRecord) {
    this.platform = platform;
    this.outbox = outbox;
    this.sender = sender;
    this.governor = governor;
    this.pacing = pacing;
    this.workers = workers;
    this.clock = clock;
    this.owner = owner;
    this.pool = pool;
    this.watermark = new OutboxWatermark(outbox.commitSkew());
    this.recorder = new ResultRecorder(platform, outbox, this::recorded, afterRecord);
  }

  static ExecutorService senderPool(Platform platform, int senders) {
    return Executors.newFixedThreadPool(senders, DaemonThreads.numbered("herald-send-" + platform.key()));
  }

  /**
   * This instance said at {@code at}, before its platform client logged in, that it sends this outbox: the other
   * instances took their smaller share of the platform-wide limits while it logged in. Call before {@link #start}.
   */
  synchronized void joinedAt(Instant at) {
    this.joinedAt = at;
  }

  /** How often an instance with nothing to send looks at who sends the outbox: a third of the lease, at most 2 s. */
  static Duration lookEvery(Duration lease) {
    Duration third = lease.dividedBy(3);
    return third.compareTo(LOOK_EVERY) < 0 ? third : LOOK_EVERY;
  }

  /**
   * How long after a new instance first says it sends the outbox the others surely keep to their smaller share of
   * the platform-wide limits, and the requests they made at their larger share have left the platform's window. They
   * take the smaller share when they next look, and a look comes up to a period late when a pass is slow (a busy
   * machine) with the sends it admitted still waiting for a sender: two periods, then one window (a new instance
   * drew a global 429 2 s after its first look at load 14 when it waited one period).
   */
  static Duration othersShrunkWithin(RateGovernor governor, Duration lease) {
    return governor.platformWindow().plus(lookEvery(lease).multipliedBy(2));
  }

  synchronized void start() {
    if (running) return;
    running = true;
    upkeep = Executors.newSingleThreadExecutor(DaemonThreads.named("herald-upkeep-" + platform.key()));
    thread = new Thread(this::loop, "herald-dispatch-" + platform.key());
    thread.setDaemon(true);
    thread.start();
    recorder.start();
  }

  /** New rows may be waiting: look at the store soon (for rows above the last seen). Cheap; call after every enqueue. */
  void wake() {
    fresh = true;
    signal();
  }

  /** Older rows changed elsewhere (parked rows requeued): read everything pending again soon. */
  void reloadAll() {
    reload = true;
    signal();
  }

  private void signal() {
    synchronized (signal) {
      woken = true;
      signal.notifyAll();
    }
  }

  private void loop() {
    while (running) {
      Duration wait;
      try {
        wait = pass();
      } catch (RuntimeException e) {
        log.error("{} dispatcher: pass failed; retrying", platform.key(), e);
        reload = true;
        wait = Duration.ofSeconds(1);
      }
      synchronized (signal) {
        if (!woken && done.isEmpty() && running) {
          try {
            signal.wait(Math.max(1, Math.min(wait.toMillis(), 1000)));
          } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return;
          }
        }
        woken = false;
      }
    }
  }

  /** A batch of outcomes is in the store: the dispatcher thread applies them on its next pass. */
  private void recorded(List<Sender.Outcome> batch) {
    done.addAll(batch);
    for (Sender.Outcome o : batch) if (o.result() == Sender.Result.UNKNOWN) reload = true;
    synchronized (signal) {
      woken = true;
      signal.notifyAll();
    }
  }

  /**
   * One round: apply completions, re-read the store when due, admit and hand out what may go now. Returns how long
   * nothing can happen (a hint for the wait). Only ever called from one thread.
   */
  Duration pass() {
    Instant now = clock.instant();
    drain(now);
    housekeeping(now);
    boolean sweep = sweepDue(now);
    if (reload || periodicReloadDue(now) || !now.isBefore(reloadAt) || sweep && outbox.requeues() != requeues) {
      // rows requeued elsewhere keep their ids, below what a sweep reads: read everything
      load(now);
    } else {
      // the new rows (a fan-out's) are read whole at once; the sweep that may find rows committed late below them
      // comes a little later. A periodic sweep due at the wake waits for that one too: it would read whole, in one go,
      // every row of this instance's channels beyond the page just read (a 2,000-channel fan-out: 4,300-4,700 rows a
      // instance, 217 ms of PostgreSQL for the two at load 16), which the next pages read anyway
      boolean periodic = sweepAt.equals(Instant.MAX);
      if (fresh) {
        loadNew(now, false);
        if (periodic) sweep = false;
      }
      if (sweep) loadNew(now, true);
    }
    boolean ready = sender.clientReady();
    if (ready && !clientReady) {
      // the client just logged in (or reconnected): the requests of its start-up, which delivery does not pace, count
      // against the platform-wide limits for one window
      sendFrom = later(sendFrom, now.plus(governor.platformWindow()));
    }
    clientReady = ready;
    stepAsideWhileDown(ready, now);
    List<OutboxRow> admitted = ready ? admit(now) : List.of();
    if (!admitted.isEmpty()) handOut(admitted, now);
    return nextWait(clock.instant());
  }

  /**
   * Whether a sweep is due: {@link #SWEEP_GAP} after a look when woken, else {@link #LOOK_EVERY} after the last. While
   * the claims cannot keep up with the rows due (a fan-out's first round) it waits, up to {@link #LOOK_EVERY} longer:
   * it reads every unsettled row's id (the whole fan-out for the commit skew after it was enqueued) on the thread
   * the claims wait for, and is there for rows committed late, which it finds as well a moment later. So does the
   * periodic read of everything pending (every row whole).
   */
  private boolean sweepDue(Instant now) {
    return dueUnlessBehind(sweepAt.equals(Instant.MAX) ? lastLook.plus(LOOK_EVERY) : sweepAt, now);
  }

  /** Whether the read of everything pending every {@link #RELOAD_EVERY} is due; it waits as a sweep does. */
  private boolean periodicReloadDue(Instant now) {
    return dueUnlessBehind(lastReload.plus(RELOAD_EVERY), now);
  }

  /**
   * Whether a read of the store due at {@code due} goes now: once due, unless the claims are behind the rows due
   * (the last admitting pass stopped at the claim cap and a channel's turn has come), for at most {@link #LOOK_EVERY}.
   */
  private boolean dueUnlessBehind(Instant due, Instant now) {
    if (now.isBefore(due)) return false;
    if (!now.isBefore(due.plus(LOOK_EVERY))) return true;
    return !(admittedFull && queues.nextTurn().map(t -> !t.isAfter(now)).orElse(false));
  }

  /**
   * A client that was up and has been down for a lease (a Discord gateway outage on this instance's side, a shard JDA
   * shut down) steps aside: this instance stops saying it sends the outbox, so the others take its channels and, a
   * window later, its share of the platform-wide limits, instead of leaving its channels unsent until it is back.
   * Once it is up again it says so at once and sends when the others surely keep to their smaller share again, as a
   * starting instance does (its client made no request on the way back: a reconnect asks Discord nothing). A client
   * logging in for the first time never steps aside: {@link DeliveryEngine#join} keeps it among the senders.
   */
  private void stepAsideWhileDown(boolean ready, Instant now) {
    Duration lease = workers.lease();
    if (ready) {
      clientWasUp = true;
      clientDownSince = null;
      if (away) {
        away = false;
        lastSeen = now;
        senders(outbox.senders(platform, owner, now, now.minus(lease)));
        governor.share(senders.size(), now);
        reload = true;
        sendFrom = later(sendFrom, now.plus(othersShrunkWithin(governor, lease)));
        log.info("{}: the client is up again; sending again once the other instances keep to their smaller share",
            platform.key());
      }
      return;
    }
    if (!clientWasUp) return;
    if (clientDownSince == null) clientDownSince = now;
    if (!away && !now.isBefore(clientDownSince.plus(lease))) {
      away = true;
      leaveAfterUpkeep();
      log.warn("{}: the client has been down since {}; the other instances take this one's channels until it is back",
          platform.key(), clientDownSince);
    }
  }

  /**
   * Says this instance no longer sends, after any look at who sends already on its way (which would say again that it
   * does): in order on the upkeep thread once started.
   */
  private void leaveAfterUpkeep() {
    if (upkeep != null) {
      try {
        upkeep.execute(this::leave);
        return;
      } catch (RejectedExecutionException e) {
        // stopping: the upkeep has ended
      }
    }
    leave();
  }

  private void drain(Instant now) {
    Sender.Outcome o;
    boolean handedOver = false;
    while ((o = done.poll()) != null) {
      ChannelKey ch = o.row().channel();
      inFlight.remove(ch);
      leases.remove(o.row().id());
      switch (o.result()) {
        case SENT:
          sentCount.incrementAndGet();
          queues.remove(ch, o.row().id());
          break;
        case RETRY:
          if (mine(ch)) {
            queues.put(o.retry().orElseThrow());
          } else {
            // the channel passed to another instance while this send was on its way: that instance read the row
            // while it was claimed, and reads no row below the ids it has seen unless told (see handedOver)
            queues.remove(ch, o.row().id());
            handedOver = true;
          }
          break;
        case PAUSED:
          // the pause parked the channel's pending rows (their claims are refused now), but not one enqueued after
          // it and read meanwhile (a planner that checked the pause a moment earlier): the rows held go on
          queues.remove(ch, o.row().id());
          break;
        default:
          queues.remove(ch, o.row().id());
      }
      // the admitting pass asks the governor when it may really go
      queues.schedule(ch, now);
    }
    if (handedOver) handedOver();
  }

  /**
   * Rows this instance put back to pending with their old ids (a send's retry) are for channels another instance
   * sends now, which may have read them while they were claimed: counted as a requeue, so that the instances read the
   * outbox whole at their next sweep, rather than at their next full read (up to {@link #RELOAD_EVERY} later).
   */
  private void handedOver() {
    try {
      outbox.requeued();
    } catch (RuntimeException e) {
      log.warn("{} dispatcher: cannot tell the other instances of a retry on a channel handed over; they read it"
          + " within {}", platform.key(), RELOAD_EVERY, e);
    }
  }

  private void housekeeping(Instant now) {
    Duration lease = workers.lease();
    Duration third = lease.dividedBy(3);
    Duration every = lookEvery(lease);
    List<String> read = looked.getAndSet(null);
    // an instance that stepped aside does not say it sends (a look read before it did is past)
    if (read != null && !away) applySenders(read, now, false);
    // while sending, an instance that just started is noticed at once: its channels are claimed ahead otherwise
    Duration look = queues.isEmpty() && inFlight.isEmpty() || every.compareTo(BUSY_LOOK) < 0 ? every : BUSY_LOOK;
    if (lastSeen.equals(Instant.MIN)) {
      // the first look decides when this instance may begin to send: on this thread, before anything is admitted
      lastSeen = now;
      applySenders(outbox.senders(platform, owner, now, now.minus(lease)), now, true);
    }
    boolean lookNow = !away && !now.isBefore(lastSeen.plus(look));
    boolean renewNow = now.isAfter(lastRenew.plus(third));
    if (!lookNow && !renewNow) return;
    if (upkeep != null && !upkeepBusy.compareAndSet(false, true)) return; // the last upkeep is still on its way
    if (lookNow) lastSeen = now;
    if (renewNow) lastRenew = now;
    boolean holding = !inFlight.isEmpty();
    Runnable task = () -> upkeep(lookNow, renewNow && holding, renewNow);
    if (upkeep == null) {
      task.run();
      read = looked.getAndSet(null);
      if (read != null) applySenders(read, now, false);
      return;
    }
    try {
      upkeep.execute(() -> {
        try {
          task.run();
        } catch (RuntimeException e) {
          log.warn("{} dispatcher: store upkeep failed; retrying at the next", platform.key(), e);
        } finally {
          upkeepBusy.set(false);
          signal();
        }
      });
    } catch (RejectedExecutionException e) {
      upkeepBusy.set(false); // stopping
    }
  }

  /**
   * The store's upkeep: who sends this outbox ({@link #looked}, applied by the dispatcher thread), the leases of the
   * rows this instance holds, rows whose worker died, answers past every window.
   */
  private void upkeep(boolean look, boolean renew, boolean reclaim) {
    Instant now = clock.instant();
    Duration lease = workers.lease();
    if (look && !away) looked.set(outbox.senders(platform, owner, now, now.minus(lease)));
    if (renew) {
      Instant until = now.plus(lease);
      for (long id : outbox.renew(owner, until)) leases.computeIfPresent(id, (k, v) -> until);
    }
    if (!reclaim) return;
    if (outbox.reclaimExpired(now) > 0) reload = true;
    if (pacing.limited()) outbox.forgetAnswers(platform, now.minus(pacing.window()).minus(Duration.ofMinutes(1)));
  }

  /** Who sends this outbox, as just read: the share of the platform-wide limits, and which channels are this one's. */
  private void applySenders(List<String> latest, Instant now, boolean first) {
    Duration lease = workers.lease();
    List<String> before = senders;
    senders(latest);
    // an instance came or went: the channels this one sends changed, and only its own are in memory
    if (!senders.equals(before)) reload = true;
    governor.share(senders.size(), now);
    if (first && governor.sharedLimits()) {
      // requests this process did not make still count against the platform-wide limits for one window: those of a
      // process killed a moment ago, and this process's adapter logging in and registering its commands (delivery
      // does not pace them; bench crash on Discord drew global 429s a few hundred ms after a restart that began
      // at the full 50 a second). With other instances sending, they must have taken their smaller share too: an
      // instance that joined before its client logged in waited for that then (see DeliveryEngine#join)
      sendFrom = now.plus(governor.platformWindow());
      if (senders.size() > 1) {
        sendFrom = later(sendFrom, (joinedAt != null ? joinedAt : now).plus(othersShrunkWithin(governor, lease)));
      }
    }
  }

  /**
   * Whether the channel is this instance's to send: the live sender whose hash with the channel is highest
   * (rendezvous hashing: when a sender comes or goes, only its channels move).
   */
  private boolean mine(ChannelKey channel) {
    if (senders.size() < 2) return true;
    Boolean mine = mineAmongSenders.get(channel);
    if (mine == null) {
      // worked out once per channel: a fan-out asks for every row it reads and every channel it admits
      mine = mine(channel.toString());
      if (mineAmongSenders.size() >= LOAD_LIMIT) mineAmongSenders.clear();
      mineAmongSenders.put(channel, mine);
    }
    return mine;
  }

  private void senders(List<String> latest) {
    if (!latest.equals(senders)) mineAmongSenders.clear();
    senders = latest;
  }

  /** {@link #mine(ChannelKey)} for a channel key in its stored form. */
  private boolean mine(String key) {
    return senders.size() < 2 || senderOf(senders, owner, key).equals(owner);
  }

  /**
   * Which of the live {@code senders} sends the channel (its key in stored form), as {@code self} sees them: the one
   * whose hash with the channel is highest.
   */
  static String senderOf(List<String> senders, String self, String key) {
    String best = self;
    long bestScore = score(self, key);
    for (String s : senders) {
      long score = score(s, key);
      if (score > bestScore || (score == bestScore && s.compareTo(best) < 0)) {
        best = s;
        bestScore = score;
      }
    }
    return best;
  }

  private static long score(String sender, String channel) {
    long h = 0x9E3779B97F4A7C15L;
    for (int i = 0; i < sender.length(); i++) h = (h ^ sender.charAt(i)) * 0x100000001B3L;
    h = (h ^ '|') * 0x100000001B3L;
    for (int i = 0; i < channel.length(); i++) h = (h ^ channel.charAt(i)) * 0x100000001B3L;
    // a final mix, so that near-identical names still spread (murmur3's fmix64)
    h ^= h >>> 33;
    h *= 0xff51afd7ed558ccdL;
    h ^= h >>> 33;
    h *= 0xc4ceb9fe1a85ec53L;
    return h ^ (h >>> 33);
  }

  private void load(Instant now) {
    reload = false;
    fresh = false;
    sweepAt = Instant.MAX;
    reloadAt = Instant.MAX;
    lastReload = now;
    lastLook = now;
    // read first: rows requeued while the outbox is read are read again at the next sweep
    requeues = outbox.requeues();
    List<OutboxRow> rows = outbox.pending(platform, LOAD_LIMIT);
    Set<Long> flying = flying();
    List<OutboxRow> keep = new ArrayList<>(rows.size());
    boolean handedOver = false;
    for (OutboxRow r : rows) {
      if (!flying.contains(r.id()) && mine(r.channel())) {
        keep.add(r);
      } else if (queues.holds(r.id()) && r.lastError().isPresent() && !mine(r.channel())) {
        // a row retried here whose channel passed to another instance since (see handedOver)
        handedOver = true;
      }
      watermark.saw(r.id());
    }
    queues.replace(keep, now);
    if (handedOver) handedOver();
    watermark.looked(now);
  }

  /**
   * Adds this instance's rows enqueued since the last look; the channels they are for get a turn now. A look when
   * woken reads the rows above the highest id read, so that a burst of enqueues (many briefings due at one minute)
   * costs what it adds, {@link #LOAD_PAGE} rows a pass. A {@code sweep} (every {@link #LOOK_EVERY}, and {@link
   * #SWEEP_GAP} after a look when woken) looks again at every row not yet settled, by id and channel only, and reads
   * whole just the rows of this instance's channels that it does not hold: a sweep during a fan-out reads again every
   * row the fan-out enqueued in the last seconds (the commit skew), and the instance holds nearly all of its own. A
   * row held is not read again here: its changes made elsewhere come with {@link #load}.
   */
  private void loadNew(Instant now, boolean sweep) {
    fresh = false;
    if (sweep) {
      lastLook = now;
      sweepAt = Instant.MAX;
    } else if (sweepAt.equals(Instant.MAX)) {
      // a row enqueued before the wake may have an id below the highest seen: a sweep follows soon
      sweepAt = now.plus(SWEEP_GAP);
    }
    int room = LOAD_LIMIT - queues.size();
    if (room <= 0) return;
    Set<Long> flying = flying();
    List<OutboxRow> rows;
    if (sweep) {
      List<Long> wanted = new ArrayList<>();
      List<OutboxRef> refs = outbox.pendingRefs(platform, watermark.settled(), room);
      for (OutboxRef r : refs) {
        watermark.saw(r.id());
        if (!flying.contains(r.id()) && !queues.holds(r.id()) && mine(r.channelKey())) wanted.add(r.id());
      }
      rows = outbox.pendingRows(wanted);
    } else {
      rows = new ArrayList<>();
      int page = Math.min(room, LOAD_PAGE);
      List<OutboxRow> read = outbox.pendingAfter(platform, watermark.seen(), page);
      for (OutboxRow r : read) {
        watermark.saw(r.id());
        if (!flying.contains(r.id()) && mine(r.channel())) rows.add(r);
      }
      // a full page: the next pass reads on, after handing out what this one may send
      if (read.size() == page && page < room) fresh = true;
    }
    for (OutboxRow r : rows) {
      if (queues.put(r)) queues.schedule(r.channel(), now);
    }
    if (sweep) watermark.looked(now);
  }

  /** The ids of the rows sent or being sent: a read of the store must not queue them again. */
  private Set<Long> flying() {
    return new HashSet<>(inFlight.values());
  }

  private List<OutboxRow> admit(Instant now) {
    List<OutboxRow> admitted = new ArrayList<>();
    int room = claimCap() - sending.get();
    // a claim for a few rows costs nearly what one for many does: wait for room for a batch
    if (sending.get() > refillAt() || queues.isEmpty() || governor.platformAvailableAt(now).isAfter(now)) {
      return admitted;
    }
    if (now.isBefore(sendFrom)) return admitted;
    // channels take turns, earliest first: a channel sent to goes to the back until the governor lets it go again
    while (admitted.size() < room) {
      Optional<ChannelKey> due = queues.pollDue(now);
      if (due.isEmpty()) break;
      ChannelKey ch = due.get();
      // a channel with a send on its way gets its next turn when that send is over
      if (inFlight.containsKey(ch)) continue;
      if (!mine(ch)) {
        // another live instance sends it now (the instances changed since it was read): the reload that follows the
        // change reads its rows again if it becomes this instance's
        queues.removeChannel(ch);
        continue;
      }
      Optional<OutboxRow> row = queues.next(ch, now);
      if (row.isEmpty()) {
        queues.nextDue(ch).ifPresent(at -> queues.schedule(ch, at));
        continue;
      }
      int requests = requests(row.get());
      if (governor.tryAcquire(ch, now, requests)) {
        admitted.add(row.get());
        inFlight.put(ch, row.get().id());
        continue;
      }
      queues.schedule(ch, governor.availableAt(ch, now, requests));
      if (governor.platformAvailableAt(now).isAfter(now)) break;
    }
    admittedFull = admitted.size() >= room;
    return admitted;
  }

  private void handOut(List<OutboxRow> admitted, Instant now) {
    List<Long> ids = new ArrayList<>(admitted.size());
    for (OutboxRow r : admitted) ids.add(r.id());
    OutboxClaim claim = outbox.claim(ids, owner, now.plus(workers.lease()), pacing);
    Set<Long> claimed = new HashSet<>(claim.claimed());
    for (OutboxRow r : admitted) {
      if (!claimed.contains(r.id())) {
        refused(r, claim, now);
        continue;
      }
      queues.remove(r.channel(), r.id());
      sending.incrementAndGet();
      leases.put(r.id(), now.plus(workers.lease()));
      try {
        pool.execute(new SendTask(r));
      } catch (RejectedExecutionException e) {
        sending.decrementAndGet();
        leases.remove(r.id());
        inFlight.remove(r.channel());
        governor.settled(r.channel(), now, requests(r));
        outbox.release(List.of(r.id()), owner, now);
        reload = true;
      }
    }
  }

  /**
   * The requests a send of the row makes at most: a post that an earlier attempt may have made is looked for on the
   * platform first (after a crash or a kill, every row the dead instance had claimed), and that lookup counts against
   * the bot's limit like the post.
   */
  static int requests(OutboxRow row) {
    return row.entry().kind().posts() && row.maybePosted() ? 2 : 1;
  }

  /** A claim refused the row: its slot goes back, and its channel is tried again when it may be taken. */
  private void refused(OutboxRow r, OutboxClaim claim, Instant now) {
    ChannelKey ch = r.channel();
    inFlight.remove(ch);
    governor.settled(ch, now, requests(r));
    if (claim.gone().contains(r.id())) {
      // another instance took it (or it was sent or parked): forget it here; the channel's other rows go on
      queues.remove(ch, r.id());
      queues.schedule(ch, now);
      return;
    }
    Instant paced = claim.pacedUntil().get(ch);
    if (paced != null) {
      // another instance's requests to the channel reached its limit: the store says when the next may go
      queues.schedule(ch, paced);
      return;
    }
    // another instance has a send to the channel on its way: try again shortly, and read the store again soon in
    // case an earlier post of the channel is waiting that this instance does not know about
    queues.schedule(ch, now.plus(REFUSED_RELOAD));
    Instant soon = later(now.plus(REFUSED_RELOAD), lastReload.plus(LOOK_EVERY));
    if (soon.isBefore(reloadAt)) reloadAt = soon;
  }

  /** How many rows may be claimed and not yet sent (sending or waiting for a sender). */
  private int claimCap() {
    return workers.senders() * CLAIM_AHEAD;
  }

  /**
   * The dispatcher claims again once no more than this many claimed rows are left: half the cap, so that a claim
   * takes many rows at once while the other half keeps the senders busy during it. On PostgreSQL a claim is a
   * round trip and a transaction that the dispatcher waits for; claiming whenever a few sends had ended (each
   * recorded batch woke it) made many small claims: with two instances on one machine the dispatchers spent 70% of
   * a fan-out waiting for claims while their senders were idle 86% of the time.
   */
  private int refillAt() {
    return claimCap() / 2;
  }

  private Duration nextWait(Instant now) {
    if (!done.isEmpty() || fresh) return Duration.ZERO;
    // no room for another batch of claims: the send that makes room wakes the dispatcher
    if (sending.get() > refillAt()) return Duration.ofSeconds(1);
    Instant next = now.plusSeconds(1);
    Optional<Instant> turn = queues.nextTurn();
    if (turn.isPresent() && turn.get().isBefore(next)) next = turn.get();
    if (reloadAt.isBefore(next)) next = reloadAt;
    if (sweepAt.isBefore(next)) next = sweepAt;
    next = later(next, governor.platformAvailableAt(now));
    next = later(next, sendFrom);
    // a client logging in says nothing when it is up: ask again soon
    if (!clientReady && now.plus(BUSY_LOOK).isBefore(next)) next = now.plus(BUSY_LOOK);
    return Duration.between(now, next).isNegative() ? Duration.ZERO : Duration.between(now, next);
  }

  private static Instant later(Instant a, Instant b) {
    return a.isAfter(b) ? a : b;
  }

  int sent() {
    return sentCount.get();
  }

  /** Rows in memory waiting for their turn (this instance's channels only). */
  int queued() {
    return queues.size();
  }

  /** Stops admitting, waits up to {@code grace} for in-flight sends, gives back rows that never started. */
  void stop(Duration grace) {
    synchronized (this) {
      if (!running) {
        leave();
        return;
      }
      running = false;
    }
    wake();
    try {
      thread.join(1000);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
    pool.shutdown();
    try {
      if (!pool.awaitTermination(grace.toMillis(), TimeUnit.MILLISECONDS)) {
        log.warn("{} dispatcher: sends still running after {}; their leases will return them", platform.key(), grace);
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
    List<Long> unstarted = new ArrayList<>();
    for (Runnable r : pool.shutdownNow()) {
      if (r instanceof SendTask t) {
        sending.decrementAndGet();
        unstarted.add(t.row.id());
        governor.settled(t.row.channel(), clock.instant(), requests(t.row));
      }
    }
    if (!unstarted.isEmpty()) outbox.release(unstarted, owner, clock.instant());
    recorder.stop();
    stopUpkeep();
    leave();
  }

  /** Lets a look on its way end first: it would otherwise say again, after {@link #leave}, that this one sends. */
  private void stopUpkeep() {
    upkeep.shutdown();
    try {
      if (!upkeep.awaitTermination(2, TimeUnit.SECONDS)) {
        upkeep.shutdownNow();
        log.warn("{} dispatcher: store upkeep still running at stop", platform.key());
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }

  /** The other instances take this one's channels and share at once rather than after its lease. */
  private void leave() {
    try {
      outbox.leave(platform, owner);
    } catch (RuntimeException e) {
      log.warn("{} dispatcher: cannot say it stopped; the others notice after its lease", platform.key(), e);
    }
  }

  /**
   * Whether at least half the row's lease is left: time for its request to be over before another instance could
   * take the row and look for its post.
   */
  private boolean leaseLeft(long id) {
    Instant until = leases.get(id);
    return until != null && clock.instant().plus(workers.lease().dividedBy(2)).isBefore(until);
  }

  /**
   * A send waited for a sender (rows are claimed ahead) or for a CPU until less than half its lease was left: the
   * leases of every row this instance holds are renewed now, once for all the senders that find the same; true when
   * the row is still this instance's with a full lease. False when another instance took it meanwhile (its lease
   * ran out) or the store cannot be reached.
   */
  private boolean renewedFor(long id) {
    synchronized (renewing) {
      if (leaseLeft(id)) return true;
      Instant until = clock.instant().plus(workers.lease());
      try {
        for (long held : outbox.renew(owner, until)) leases.computeIfPresent(held, (k, v) -> until);
      } catch (RuntimeException e) {
        log.warn("{} dispatcher: cannot renew the leases of claimed rows", platform.key(), e);
        return false;
      }
      return leaseLeft(id);
    }
  }

  private final class SendTask implements Runnable {
    final OutboxRow row;

    SendTask(OutboxRow row) {
      this.row = row;
    }

    @Override
    public void run() {
      Sender.Outcome outcome;
      try {
        outcome = leaseLeft(row.id()) || renewedFor(row.id()) ? sender.send(row) : giveBack();
      } finally {
        governor.settled(row.channel(), clock.instant(), requests(row));
        // room for a batch of claims again: the dispatcher may be waiting for it
        if (sending.getAndDecrement() == refillAt() + 1) signal();
      }
      recorder.submit(outcome);
    }


    /** Not sent: the row goes back to the outbox if this instance still holds it; it is read again from there. */
    private Sender.Outcome giveBack() {
      log.warn("{} dispatcher: delivery {} not sent, its lease is nearly over; it goes back to the outbox",
          platform.key(), row.key());
      try {
        outbox.release(List.of(row.id()), owner, clock.instant());
      } catch (RuntimeException e) {
        log.warn("{} dispatcher: cannot give back delivery {}; its lease returns it", platform.key(), row.key(), e);
      }
      return new Sender.Outcome(row, Sender.Result.UNKNOWN, Optional.empty(), Optional.empty());
    }
  }
}
