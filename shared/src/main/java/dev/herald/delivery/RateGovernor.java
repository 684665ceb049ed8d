package dev.herald.delivery;

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
 * One platform's send budget: token buckets per channel, per workspace and for the whole bot, cool-downs the
 * platform asked for (Retry-After, per channel or global), and a budget of refused requests (401/403/429 within a
 * window; Discord bans IPs that pass 10,000 in 10 minutes) past which sending stops until old ones age out. A
 * platform that rejects Herald's token stops sending for a while, doubling up to an hour while it keeps refusing.
 *
 * <p>Thread-safe (every method is synchronized; all calls are short).
 */
final class RateGovernor {
  private static final Duration FIRST_AUTH_HOLD = Duration.ofMinutes(1);
  private static final Duration MAX_AUTH_HOLD = Duration.ofHours(1);

  private final DeliverySettings.Limits limits;
  private final Map<ChannelKey, TokenBucket> channels = new HashMap<>();
  private final Map<WorkspaceKey, TokenBucket> workspaces = new HashMap<>();
  private final TokenBucket global;
  private final Map<ChannelKey, Instant> channelCooldowns = new HashMap<>();
  /**
   * When each channel's last request came back. The platform saw it before that, so a next request that leaves a full
   * interval later can never look early to it, however long the first one waited in queues on either side.
   */
  private final Map<ChannelKey, Instant> lastDone = new HashMap<>();
  private final Deque<Instant> refused = new ArrayDeque<>();
  private Instant globalCooldown = Instant.MIN;
  private Duration authHold = Duration.ZERO;
  private String haltReason = "";

  RateGovernor(DeliverySettings.Limits limits, Instant now) {
    this.limits = limits;
    this.global = limits.globalPerSecond() > 0 ? new TokenBucket(limits.globalPerSecond(), burst(limits.globalPerSecond()), now) : null;
  }

  /**
   * No bursts at the bot or workspace level: Discord counts its global limit over any sliding second, and a burst on
   * top of a steady rate crosses it (JDA then holds every request for a whole second).
   */
  private static int burst(double perSecond) {
    return 1;
  }

  /** Takes one send for {@code channel} if every level allows it now. */
  synchronized boolean tryAcquire(ChannelKey channel, Instant now) {
    if (!availableAt(channel, now).equals(now)) return false;
    if (limits.perChannelPerSecond() > 0) channel(channel, now).take(now);
    if (limits.perWorkspacePerSecond() > 0) workspace(channel.workspace(), now).take(now);
    if (global != null) global.take(now);
    return true;
  }

  /** A request to {@code channel} came back (or failed) now: the next one keeps its distance from this moment. */
  synchronized void finished(ChannelKey channel, Instant now) {
    if (limits.perChannelPerSecond() <= 0 || limits.perChannelBurst() != 1) return;
    if (lastDone.size() > 50_000) lastDone.values().removeIf(t -> t.plus(interval()).isBefore(now));
    lastDone.put(channel, now);
  }

  private Duration interval() {
    return Duration.ofNanos((long) (1e9 / limits.perChannelPerSecond()));
  }

  /** The earliest time a send to {@code channel} may go; {@code now} when it may go now. */
  synchronized Instant availableAt(ChannelKey channel, Instant now) {
    Instant at = now;
    at = later(at, platformAvailableAt(now));
    Instant cool = channelCooldowns.get(channel);
    if (cool != null) {
      if (cool.isAfter(now)) at = later(at, cool);
      else channelCooldowns.remove(channel);
    }
    if (limits.perChannelPerSecond() > 0) {
      at = later(at, channel(channel, now).nextToken(now));
      Instant done = lastDone.get(channel);
      if (done != null && limits.perChannelBurst() == 1) at = later(at, done.plus(interval()));
    }
    if (limits.perWorkspacePerSecond() > 0) at = later(at, workspace(channel.workspace(), now).nextToken(now));
    return at;
  }

  /** When the platform as a whole may send again (global bucket, global cool-down, refused budget). */
  synchronized Instant platformAvailableAt(Instant now) {
    Instant at = now;
    if (global != null) at = later(at, global.nextToken(now));
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

  /** The platform asked to wait: the channel (or, when {@code global}, every channel) cools down. */
  synchronized void rateLimited(ChannelKey channel, Duration retryAfter, boolean global, Instant now) {
    refused(now);
    Instant until = now.plus(retryAfter);
    if (global) {
      globalCooldown = later(globalCooldown, until);
    } else {
      channelCooldowns.merge(channel, until, RateGovernor::later);
    }
  }

  /** A 401/403/404 answer: counts against the refused budget. */
  synchronized void refused(Instant now) {
    refused.addLast(now);
    prune(now);
  }

  /** The platform rejected the token: hold every send, for longer each time it happens again. */
  synchronized void unauthorized(String reason, Instant now) {
    refused(now);
    authHold = authHold.isZero() ? FIRST_AUTH_HOLD : min(authHold.multipliedBy(2), MAX_AUTH_HOLD);
    globalCooldown = later(globalCooldown, now.plus(authHold));
    haltReason = reason;
  }

  /** A send went through: the token works again. */
  synchronized void succeeded() {
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
    if (refused.size() < limits.invalidBudget()) return Optional.empty();
    // resume when enough old refusals have aged out to be under budget again
    Iterator<Instant> it = refused.iterator();
    int excess = refused.size() - limits.invalidBudget();
    Instant t = it.next();
    for (int i = 0; i < excess && it.hasNext(); i++) t = it.next();
    return Optional.of(t.plus(limits.invalidWindow()));
  }

  private void prune(Instant now) {
    Instant horizon = now.minus(limits.invalidWindow());
    while (!refused.isEmpty() && !refused.peekFirst().isAfter(horizon)) refused.removeFirst();
  }

  private TokenBucket channel(ChannelKey channel, Instant now) {
    if (channels.size() > 50_000) channels.values().removeIf(b -> b.full(now));
    return channels.computeIfAbsent(channel,
        c -> new TokenBucket(limits.perChannelPerSecond(), limits.perChannelBurst(), now));
  }

  private TokenBucket workspace(WorkspaceKey workspace, Instant now) {
    return workspaces.computeIfAbsent(workspace,
        w -> new TokenBucket(limits.perWorkspacePerSecond(), burst(limits.perWorkspacePerSecond()), now));
  }

  private static Instant later(Instant a, Instant b) {
    return a.isAfter(b) ? a : b;
  }

  private static Duration min(Duration a, Duration b) {
    return a.compareTo(b) <= 0 ? a : b;
  }
}
