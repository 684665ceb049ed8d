package dev.herald.delivery;

import dev.herald.feeds.Backoff;
import dev.herald.model.ChannelKey;
import dev.herald.model.WorkspaceKey;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.HashMap;
import java.util.Iterator;
import java.util.Map;
import java.util.Optional;

/**
 * One platform's send budget: a sliding window per channel and one for the whole bot, a token bucket per workspace,
 * cool-downs the platform asked for (Retry-After, per channel or global), and a budget of refused requests
 * (401/403 within a window: a revoked token, missing permissions; Discord bans IPs that pass 10,000 in 10 minutes)
 * past which sending stops until old ones age out. A 429 is the platform's pacing: it cools the channel (or every
 * channel) for its Retry-After and never spends that budget. A platform that rejects Herald's token stops sending for
 * a while, doubling up to an hour while it keeps refusing.
 *
 * <p>When several instances send one outbox, each keeps its {@link #share} of the platform-wide limits (the bot's
 * global rate, a workspace's rate) and of the refused budget (Discord counts invalid requests per IP address, which
 * instances may share); the cool-downs stay this instance's own (see {@link #rateLimited}); a channel's limit holds across them through the outbox, which counts every
 * instance's answers ({@code ChannelPacing}), while this window paces this instance's own sends.
 *
 * <p>The windows ({@link SlidingWindow}) count each request from its admission until a full window after its answer,
 * so the platform never sees more than the limit in any window, whatever the delays on the way: Herald can pace at
 * the documented limit itself (Discord's 50 a second, Slack's one a second per channel) instead of below it. A send
 * takes a slot for each request it may make (a lookup before a post takes its own). Every {@link #tryAcquire} must be
 * matched by one {@link #settled} with the same count when the send is over, and every request the send made
 * reported with {@link #answered}.
 *
 * <p>Thread-safe (every method is synchronized; all calls are short).
 */
final class RateGovernor {
  private static final Duration FIRST_AUTH_HOLD = Duration.ofMinutes(1);
  private static final Duration MAX_AUTH_HOLD = Duration.ofHours(1);
  private static final int FORGET_CHANNELS_PAST = 50_000;

  private final DeliverySettings.Limits limits;
  private final Map<ChannelKey, SlidingWindow> channels = new HashMap<>();
  private final Map<WorkspaceKey, TokenBucket> workspaces = new HashMap<>();
  private final SlidingWindow global;
  /** The global window's limit and length for this instance alone. */
  private final int globalLimit;
  private final Duration globalWindow;
  /** How many instances share the platform-wide limits. */
  private int share = 1;
  /** A larger share (fewer instances) waiting for the window to pass, and when it applies; 0: none. */
  private int growShare;
  private Instant growShareAt = Instant.MIN;
  private final Map<ChannelKey, Instant> channelCooldowns = new HashMap<>();
  private final Deque<Instant> refused = new ArrayDeque<>();
  private Instant globalCooldown = Instant.MIN;
  /** Token refusals since the last send that went through; the hold after each follows Herald's backoff. */
  private int authRefusals;
  private Duration authHold = Duration.ZERO;
  private String haltReason = "";

  RateGovernor(DeliverySettings.Limits limits, Instant now) {
    this.limits = limits;
    double g = limits.globalPerSecond();
    this.globalLimit = (int) Math.max(1, Math.round(g));
    this.globalWindow = g > 0 ? Duration.ofNanos(Math.round(globalLimit / g * 1e9)) : Duration.ZERO;
    this.global = g > 0 ? new SlidingWindow(globalLimit, globalWindow) : null;
  }

  /**
   * {@code instances} instances (at least this one) send this platform's outbox, as of {@code now}: this one keeps to
   * its share of the platform-wide limits, so that together they keep them (Discord's 50 requests a second are the
   * bot's, whichever instance sends). A smaller share applies at once; a larger one (an instance stopped) a window
   * later, once the requests the stopped instance made have left the window. Requests already counted keep their
   * slots.
   */
  synchronized void share(int instances, Instant now) {
    int n = Math.max(1, instances);
    if (n >= share) {
      growShare = 0;
      apply(n);
    } else if (growShare != n) {
      growShare = n;
      growShareAt = now.plus(platformWindow());
    }
  }

  /** Whether this platform has limits instances must share (a global or a workspace rate). */
  synchronized boolean sharedLimits() {
    return global != null || limits.perWorkspacePerSecond() > 0;
  }

  /** The longest window of the platform-wide limits: how long a request counts against them. */
  synchronized Duration platformWindow() {
    Duration w = global != null ? globalWindow : Duration.ZERO;
    Duration bucket = limits.perWorkspacePerSecond() > 0
        ? Duration.ofNanos(Math.round(1e9 / limits.perWorkspacePerSecond())) : Duration.ZERO;
    return w.compareTo(bucket) >= 0 ? w : bucket;
  }

  private void apply(int n) {
    if (n == share) return;
    share = n;
    if (global != null) {
      if (globalLimit >= n) global.resize(globalLimit / n, globalWindow);
      else global.resize(1, globalWindow.multipliedBy(n).dividedBy(globalLimit));
    }
    workspaces.clear();
  }

  private void growShareIfDue(Instant now) {
    if (growShare > 0 && !now.isBefore(growShareAt)) {
      apply(growShare);
      growShare = 0;
    }
  }

  /** Takes one send of one request for {@code channel} if every level allows it now; then {@link #settled}. */
  synchronized boolean tryAcquire(ChannelKey channel, Instant now) {
    return tryAcquire(channel, now, 1);
  }

  /**
   * Takes one send for {@code channel} that makes {@code requests} requests (a post that may already have been made
   * is looked up first: two) if every level has room for all of them now; then {@link #settled(ChannelKey, Instant,
   * int)} with the same count must follow. The bot-wide limit counts every request, whatever its route.
   */
  synchronized boolean tryAcquire(ChannelKey channel, Instant now, int requests) {
    if (!availableAt(channel, now, requests).equals(now)) return false;
    if (limits.perChannelPerSecond() > 0) channel(channel, now).take(requests);
    if (limits.perWorkspacePerSecond() > 0) workspace(channel.workspace(), now).take(now);
    if (global != null) global.take(requests);
    return true;
  }

  /** A request of an admitted send to {@code channel} came back (or failed) at {@code now}. */
  synchronized void answered(ChannelKey channel, Instant now) {
    if (limits.perChannelPerSecond() > 0) channel(channel, now).answered(now);
    if (global != null) global.answered(now);
  }

  /** An admitted send of one request to {@code channel} is over, whether or not it made the request. */
  synchronized void settled(ChannelKey channel, Instant now) {
    settled(channel, now, 1);
  }

  /** A send admitted for {@code requests} requests is over, whether or not it made them all. */
  synchronized void settled(ChannelKey channel, Instant now, int requests) {
    SlidingWindow w = channels.get(channel);
    if (w != null) w.settled(requests);
    if (global != null) global.settled(requests);
  }

  /** The earliest time a send of one request to {@code channel} may go; {@code now} when it may go now. */
  synchronized Instant availableAt(ChannelKey channel, Instant now) {
    return availableAt(channel, now, 1);
  }

  /** The earliest time a send of {@code requests} requests to {@code channel} may go. */
  synchronized Instant availableAt(ChannelKey channel, Instant now, int requests) {
    Instant at = now;
    at = later(at, platformAvailableAt(now, requests));
    Instant cool = channelCooldowns.get(channel);
    if (cool != null) {
      if (cool.isAfter(now)) at = later(at, cool);
      else channelCooldowns.remove(channel);
    }
    if (limits.perChannelPerSecond() > 0) {
      SlidingWindow w = channels.get(channel);
      if (w != null) at = later(at, w.nextSlot(now, requests));
    }
    if (limits.perWorkspacePerSecond() > 0) at = later(at, workspace(channel.workspace(), now).nextToken(now));
    return at;
  }

  /** When the platform as a whole may send again (global bucket, global cool-down, refused budget). */
  synchronized Instant platformAvailableAt(Instant now) {
    return platformAvailableAt(now, 1);
  }

  private Instant platformAvailableAt(Instant now, int requests) {
    growShareIfDue(now);
    Instant at = now;
    if (global != null) at = later(at, global.nextSlot(now, requests));
    if (globalCooldown.isAfter(now)) at = later(at, globalCooldown);
    Optional<Instant> halt = budgetHaltedUntil(now);
    if (halt.isPresent()) at = later(at, halt.get());
    return at;
  }

  /** Until when the platform as a whole is held back (a global cool-down, a refused token, the budget). */
  synchronized Optional<Instant> heldUntil(Instant now) {
    Instant at = now;
    if (globalCooldown.isAfter(now)) at = globalCooldown;
    Optional<Instant> halt = budgetHaltedUntil(now);
    if (halt.isPresent() && halt.get().isAfter(at)) at = halt.get();
    return at.isAfter(now) ? Optional.of(at) : Optional.empty();
  }

  /**
   * The platform asked to wait (a 429): the channel (or, when {@code global}, every channel) cools down. Pacing, not a
   * refusal: it never counts toward the refused budget. This instance's alone: the channel is sent by this instance
   * only (the next one to send it after a hand-over keeps the channel's limit through the outbox), and each instance
   * keeps to its share of the global rate, so a global 429 says this instance went past its share; another that did
   * too is told so by its own 429. A refused token ({@link #unauthorized}) holds this instance alone likewise: each
   * finds out with one request per hold.
   */
  synchronized void rateLimited(ChannelKey channel, Duration retryAfter, boolean global, Instant now) {
    Instant until = now.plus(retryAfter);
    if (global) {
      globalCooldown = later(globalCooldown, until);
    } else {
      channelCooldowns.merge(channel, until, RateGovernor::later);
    }
  }

  /** A 401/403 answer (a lost channel, a missing permission): counts against the refused budget. */
  synchronized void refused(Instant now) {
    refused.addLast(now);
    prune(now);
  }

  /** The platform rejected the token: hold every send, for longer each time it happens again. */
  synchronized void unauthorized(String reason, Instant now) {
    refused(now);
    authHold = Backoff.after(++authRefusals, FIRST_AUTH_HOLD, MAX_AUTH_HOLD, Backoff.Jitter.NONE, Duration.ZERO);
    globalCooldown = later(globalCooldown, now.plus(authHold));
    haltReason = reason;
  }

  /** A send went through: the token works again. */
  synchronized void succeeded() {
    authRefusals = 0;
    authHold = Duration.ZERO;
  }

  /** Why and until when the whole platform is held back, if it is. */
  synchronized Optional<String> holdReason(Instant now) {
    Optional<Instant> halt = budgetHaltedUntil(now);
    if (halt.isPresent()) {
      return Optional.of(refused.size() + " refused requests in " + limits.invalidWindow().toMinutes()
          + " minutes; sending resumes at " + halt.get());
    }
    if (globalCooldown.isAfter(now) && !authHold.isZero()) {
      return Optional.of("the platform refused Herald's token (" + haltReason + "); next try at " + globalCooldown);
    }
    return Optional.empty();
  }

  private Optional<Instant> budgetHaltedUntil(Instant now) {
    prune(now);
    int budget = refusedBudget();
    if (refused.size() < budget) return Optional.empty();
    // resume when enough old refusals have aged out to be under budget again
    Iterator<Instant> it = refused.iterator();
    int excess = refused.size() - budget;
    Instant t = it.next();
    for (int i = 0; i < excess && it.hasNext(); i++) t = it.next();
    return Optional.of(t.plus(limits.invalidWindow()));
  }

  /**
   * This instance's part of the refused budget: the configured budget split between the instances sending, like the
   * platform-wide rates. Discord counts invalid requests per IP address and bans one past 10,000 in 10 minutes;
   * instances behind one address (one host, one NAT) would each spend the whole budget otherwise. Herald cannot tell
   * whether they share one, so together they keep to the budget.
   */
  private int refusedBudget() {
    return Math.max(1, limits.invalidBudget() / share);
  }

  private void prune(Instant now) {
    Instant horizon = now.minus(limits.invalidWindow());
    while (!refused.isEmpty() && !refused.peekFirst().isAfter(horizon)) refused.removeFirst();
  }

  private SlidingWindow channel(ChannelKey channel, Instant now) {
    if (channels.size() > FORGET_CHANNELS_PAST) channels.values().removeIf(w -> w.idle(now));
    return channels.computeIfAbsent(channel,
        c -> SlidingWindow.perSecond(limits.perChannelPerSecond(), limits.perChannelBurst()));
  }

  private TokenBucket workspace(WorkspaceKey workspace, Instant now) {
    return workspaces.computeIfAbsent(workspace,
        w -> new TokenBucket(limits.perWorkspacePerSecond() / share, 1, now));
  }

  private static Instant later(Instant a, Instant b) {
    return a.isAfter(b) ? a : b;
  }
}
