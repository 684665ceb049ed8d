package dev.herald.delivery;

import dev.herald.config.HeraldConfig;
import dev.herald.model.Platform;
import dev.herald.store.ChannelPacing;
import java.time.Duration;
import java.util.EnumMap;
import java.util.Map;
import java.util.Objects;

/**
 * Everything delivery is tuned by, in Java types (durations, a limit per platform). Built with {@link #from} from
 * herald.yaml's {@code delivery:} and {@code briefing:} sections as written ({@link HeraldConfig.Delivery}, {@link
 * HeraldConfig.Briefing}), as {@code stories.ClusterSettings} and {@code chat.ChatSettings} are from theirs; tests
 * start from {@link #defaults()} and change one group with a {@code with...} method.
 */
public record DeliverySettings(
    Briefings briefings,
    Alerts alerts,
    int maxEditsPerHour,
    Retries retries,
    Workers workers,
    Map<Platform, Limits> limits) {

  /**
   * @param maxStories stories per briefing
   * @param window how far back the first briefing of a channel looks
   * @param lateAfter a briefing this late says "sent late"
   * @param lateMerge a missed briefing whose next occurrence is due within this is folded into that one
   */
  public record Briefings(int maxStories, Duration window, Duration lateAfter, Duration lateMerge) {}

  /** See {@link HeraldConfig.Alerts}. */
  public record Alerts(int newStoryMinOutlets, int growthOutlets, Duration cooldown, int dailyCap) {}

  /** Transient failures back off from {@code base}, doubling up to {@code max}; then the delivery is parked. */
  public record Retries(int maxAttempts, int maxRateLimited, Duration base, Duration max) {}

  /**
   * @param senders concurrent sends per platform
   * @param lease how long a claim outlives its worker
   * @param pollTick how often the feed poller looks for due feeds
   * @param schedulerPoll how often the persistent scheduler looks for due work
   * @param retention how long sent and parked rows are kept
   */
  public record Workers(int senders, Duration lease, Duration shutdownGrace, Duration pollTick, Duration schedulerPoll,
      Duration retention) {}

  /** One platform's limits; rates of 0 mean "no limit at that level". See {@link HeraldConfig.Limits}. */
  public record Limits(double perChannelPerSecond, int perChannelBurst, double perWorkspacePerSecond,
      double globalPerSecond, int invalidBudget, Duration invalidWindow) {
    public static final Limits NONE = new Limits(0, 1, 0, 0, Integer.MAX_VALUE, Duration.ofMinutes(10));

    /** The per-channel limit as the outbox keeps it for every instance. */
    public ChannelPacing channelPacing() {
      return ChannelPacing.perSecond(perChannelPerSecond, perChannelBurst);
    }
  }

  public DeliverySettings {
    Objects.requireNonNull(briefings, "briefings == null");
    Objects.requireNonNull(alerts, "alerts == null");
    Objects.requireNonNull(retries, "retries == null");
    Objects.requireNonNull(workers, "workers == null");
    limits = Map.copyOf(limits);
  }

  public static DeliverySettings from(HeraldConfig config) {
    return of(config.delivery(), config.briefing().maxStories(), config.briefing().windowHours());
  }

  /** The defaults of an empty settings file: 5 stories a briefing, a 24-hour first window. */
  public static DeliverySettings defaults() {
    return of(HeraldConfig.Delivery.defaults(), 5, 24);
  }

  private static DeliverySettings of(HeraldConfig.Delivery d, int maxStories, int windowHours) {
    Map<Platform, Limits> limits = new EnumMap<>(Platform.class);
    limits.put(Platform.SLACK, limits(d.slack()));
    limits.put(Platform.DISCORD, limits(d.discord()));
    limits.put(Platform.CONSOLE, Limits.NONE);
    return new DeliverySettings(
        new Briefings(maxStories, Duration.ofHours(windowHours), Duration.ofMinutes(d.lateAfterMinutes()),
            Duration.ofMinutes(d.lateMergeMinutes())),
        new Alerts(d.alerts().newStoryMinOutlets(), d.alerts().growthOutlets(),
            Duration.ofMinutes(d.alerts().cooldownMinutes()), d.alerts().dailyCap()),
        d.living().maxEditsPerHour(),
        new Retries(d.maxAttempts(), d.maxRateLimited(), Duration.ofSeconds(d.backoffBaseSeconds()),
            Duration.ofSeconds(d.backoffMaxSeconds())),
        new Workers(d.senders(), Duration.ofSeconds(d.leaseSeconds()), Duration.ofSeconds(d.shutdownGraceSeconds()),
            Duration.ofSeconds(d.pollTickSeconds()), Duration.ofSeconds(d.schedulerPollSeconds()),
            Duration.ofDays(d.retentionDays())),
        limits);
  }

  private static Limits limits(HeraldConfig.Limits l) {
    return new Limits(l.perChannelPerSecond(), l.perChannelBurst(), l.perWorkspacePerSecond(), l.globalPerSecond(),
        l.invalidBudget(), Duration.ofMinutes(10));
  }

  /** The platform's limits; none for a platform without an entry. */
  public Limits limits(Platform platform) {
    return limits.getOrDefault(platform, Limits.NONE);
  }

  public DeliverySettings withBriefings(Briefings v) {
    return new DeliverySettings(v, alerts, maxEditsPerHour, retries, workers, limits);
  }

  public DeliverySettings withRetries(Retries v) {
    return new DeliverySettings(briefings, alerts, maxEditsPerHour, v, workers, limits);
  }

  public DeliverySettings withWorkers(Workers v) {
    return new DeliverySettings(briefings, alerts, maxEditsPerHour, retries, v, limits);
  }

  public DeliverySettings withLimits(Platform platform, Limits v) {
    Map<Platform, Limits> copy = new EnumMap<>(Platform.class);
    copy.putAll(limits);
    copy.put(platform, v);
    return new DeliverySettings(briefings, alerts, maxEditsPerHour, retries, workers, copy);
  }
}
