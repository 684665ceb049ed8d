package dev.herald.config;

import java.nio.file.Path;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.List;
import java.util.Objects;

/**
 * Everything {@code config/herald.yaml} sets, with defaults for what it leaves out. Relative paths are resolved
 * against {@code home}, the directory Herald runs from (the checkout, when started by {@code bot/herald}).
 *
 * @param database a JDBC URL; empty means SQLite at {@code dataDir/herald.db}
 */
public record HeraldConfig(
    Path home,
    Path dataDir,
    String database,
    ZoneId timeZone,
    Briefing briefing,
    Summary summary,
    Stories stories,
    Fetch fetch,
    Console console,
    Slack slack,
    Discord discord,
    Delivery delivery,
    FullText fullText,
    Ops ops,
    Logging logging) {

  public HeraldConfig {
    Objects.requireNonNull(home, "home == null");
    Objects.requireNonNull(dataDir, "dataDir == null");
    Objects.requireNonNull(database, "database == null");
    Objects.requireNonNull(timeZone, "timeZone == null");
    Objects.requireNonNull(briefing, "briefing == null");
    Objects.requireNonNull(summary, "summary == null");
    Objects.requireNonNull(stories, "stories == null");
    Objects.requireNonNull(fetch, "fetch == null");
    Objects.requireNonNull(console, "console == null");
    Objects.requireNonNull(slack, "slack == null");
    Objects.requireNonNull(discord, "discord == null");
    Objects.requireNonNull(delivery, "delivery == null");
    Objects.requireNonNull(fullText, "fullText == null");
    Objects.requireNonNull(ops, "ops == null");
    Objects.requireNonNull(logging, "logging == null");
  }

  /** The same settings over another data directory and the embedded SQLite database there (the demo's). */
  public HeraldConfig withDataDir(Path dir) {
    return new HeraldConfig(home, dir, "", timeZone, briefing, summary, stories, fetch, console, slack, discord,
        delivery, fullText, ops, logging);
  }

  /** The SQLite file when {@link #database()} is empty. */
  public Path databaseFile() {
    return dataDir.resolve("herald.db");
  }

  /** Daily briefings: the default local time for new channels and how many stories a briefing holds. */
  public record Briefing(LocalTime time, int maxStories, int windowHours) {
    public Briefing {
      Objects.requireNonNull(time, "time == null");
    }
  }

  /** Summaries: the word budget in chat and which summarizer writes them ("extractive" or "llm"). */
  public record Summary(int maxWords, String summarizer, Llm llm) {
    public Summary {
      Objects.requireNonNull(summarizer, "summarizer == null");
      Objects.requireNonNull(llm, "llm == null");
    }
  }

  /** An OpenAI-compatible chat-completions endpoint; the key is read from the environment variable named here. */
  public record Llm(String baseUrl, String model, String apiKeyEnv, int timeoutSeconds) {}

  /** Clustering: how long a story stays open to new articles. */
  public record Stories(int windowHours) {}

  /**
   * Fetching feeds.
   *
   * @param contactUrl named in the User-Agent so publishers can reach the operator
   * @param timeoutSeconds the whole fetch of one feed, redirects and body included
   * @param maxFeedBytes the cap on one feed's size, counted after decompression
   * @param allowPrivateAddresses whether feeds may be fetched from private, loopback or link-local addresses
   * @param maxConsecutiveFailures failures in a row before a feed is disabled
   * @param maxConcurrentPerHost requests in flight to one host at most
   * @param alertMaxAgeHours items older than this are stored but never cause alerts
   */
  public record Fetch(
      String contactUrl,
      int timeoutSeconds,
      long maxFeedBytes,
      boolean allowPrivateAddresses,
      int maxConsecutiveFailures,
      int maxConcurrentPerHost,
      int alertMaxAgeHours) {
    /** Failures in a row before a feed is disabled, unless {@code fetch.max_consecutive_failures} says otherwise. */
    public static final int DEFAULT_MAX_CONSECUTIVE_FAILURES = 11;

    /** The settings with the default alert age (24 hours). */
    public Fetch(String contactUrl, int timeoutSeconds, long maxFeedBytes, boolean allowPrivateAddresses,
        int maxConsecutiveFailures, int maxConcurrentPerHost) {
      this(contactUrl, timeoutSeconds, maxFeedBytes, allowPrivateAddresses, maxConsecutiveFailures,
          maxConcurrentPerHost, 24);
    }
  }

  /**
   * Full article text: reading the page behind a teaser (fetching rules otherwise as {@link Fetch}).
   *
   * @param enabled false: no page is ever read, whatever each feed's {@code full_text} says
   * @param teaserWords feed text shorter than this many words is a teaser (feeds with {@code full_text: auto})
   * @param pagesPerPoll pages fetched per poll at most; the rest wait for the next poll
   * @param secondsPerPoll page fetching stops after this long in one poll; the rest wait for the next poll
   * @param perHostDelaySeconds one request at a time per site, this long apart (longer when robots.txt asks)
   * @param maxPageBytes the cap on one page, counted after decompression
   */
  public record FullText(boolean enabled, int teaserWords, int pagesPerPoll, int secondsPerPoll,
      int perHostDelaySeconds, long maxPageBytes) {

    public static FullText defaults() {
      return new FullText(true, 70, 40, 60, 2, 5L * 1024 * 1024);
    }
  }

  /** The console adapter's one local channel. */
  public record Console(String channel, ZoneId timeZone) {}

  /**
   * Slack settings that are not secrets; tokens come from the environment.
   *
   * @param httpHost the address HTTP mode listens on: {@code 0.0.0.0} (every interface) or one address such as
   *     {@code 127.0.0.1} behind a reverse proxy
   */
  public record Slack(String apiUrl, List<String> admins, boolean multiWorkspace, int httpPort, String httpHost) {
    /** Every interface. */
    public static final String ANY_HOST = "0.0.0.0";

    public Slack {
      admins = List.copyOf(admins);
      java.util.Objects.requireNonNull(httpHost, "httpHost == null");
    }

    /** Listening on every interface. */
    public Slack(String apiUrl, List<String> admins, boolean multiWorkspace, int httpPort) {
      this(apiUrl, admins, multiWorkspace, httpPort, ANY_HOST);
    }
  }

  /** Discord settings that are not secrets; the token comes from the environment. */
  public record Discord(String restUrl, String gatewayUrl, List<String> devGuildIds, int shards) {
    public Discord {
      devGuildIds = List.copyOf(devGuildIds);
    }
  }

  /**
   * The {@code delivery:} section as written (seconds, minutes, counts): polling, briefing lateness, retries, leases,
   * alerts, living stories and each platform's rate limits. Delivery itself runs with {@code
   * delivery.DeliverySettings}, built from this and {@link Briefing} in Java types.
   *
   * @param pollTickSeconds how often the poller looks for due feeds (each feed keeps its own interval)
   * @param schedulerPollSeconds how often the persistent scheduler looks for due briefings
   * @param lateAfterMinutes a briefing sent later than this after its time carries a "sent late" note
   * @param lateMergeMinutes a missed briefing is folded into the next one when that is due within this
   * @param senders concurrent sends per platform
   * @param maxAttempts transient failures before a delivery is parked
   * @param maxRateLimited rate-limit answers before a delivery is parked
   * @param leaseSeconds how long a claimed delivery stays claimed after its worker stops renewing it (a crash)
   */
  public record Delivery(
      int pollTickSeconds,
      int schedulerPollSeconds,
      int lateAfterMinutes,
      int lateMergeMinutes,
      int senders,
      int maxAttempts,
      int maxRateLimited,
      int backoffBaseSeconds,
      int backoffMaxSeconds,
      int leaseSeconds,
      int shutdownGraceSeconds,
      int retentionDays,
      Alerts alerts,
      Living living,
      Limits slack,
      Limits discord) {
    public Delivery {
      Objects.requireNonNull(alerts, "alerts == null");
      Objects.requireNonNull(living, "living == null");
      Objects.requireNonNull(slack, "slack == null");
      Objects.requireNonNull(discord, "discord == null");
    }

    /** The values an absent {@code delivery:} section gives. */
    public static Delivery defaults() {
      return ConfigLoader.delivery(YamlSection.empty("delivery"));
    }
  }

  /**
   * Topic alerts.
   *
   * @param newStoryMinOutlets a new story alerts once it has this many outlets
   * @param growthOutlets an alerted story alerts again when it gained this many outlets since
   * @param cooldownMinutes at most one alert per channel in this many minutes
   * @param dailyCap at most this many alerts per channel and local day
   */
  public record Alerts(int newStoryMinOutlets, int growthOutlets, int cooldownMinutes, int dailyCap) {}

  /** Living stories: a posted story that grows is edited in place at most this often per message. */
  public record Living(int maxEditsPerHour) {}

  /**
   * One platform's send limits, as the platform documents them: the delivery governor counts each send until a
   * window after its answer, so pacing at the documented rate never crosses it.
   *
   * @param perChannelPerSecond sustained posts per channel (Slack: 1)
   * @param perChannelBurst posts a channel may get at once (Discord: 5 per 5 s)
   * @param perWorkspacePerSecond sustained sends per workspace or guild, 0 for no limit
   * @param globalPerSecond sustained sends for the whole bot, 0 for no limit (Discord: 50)
   * @param invalidBudget 401/403 answers (a revoked token, missing permissions) tolerated per 10 minutes before
   *     sending stops until they age out; a 429 is pacing and never counts
   */
  public record Limits(
      double perChannelPerSecond,
      int perChannelBurst,
      double perWorkspacePerSecond,
      double globalPerSecond,
      int invalidBudget) {}

  /**
   * The operations endpoint: {@code /metrics} (Prometheus text format), {@code /healthz} and {@code /readyz}.
   *
   * @param httpHost the address it listens on; loopback by default, so that only this machine can read it
   * @param httpPort 0: off (the default)
   */
  public record Ops(String httpHost, int httpPort) {
    public static final String LOOPBACK = "127.0.0.1";
    public static final Ops OFF = new Ops(LOOPBACK, 0);

    public Ops {
      Objects.requireNonNull(httpHost, "httpHost == null");
      if (httpPort < 0 || httpPort > 65535) throw new IllegalArgumentException("httpPort out of range: " + httpPort);
    }

    public boolean enabled() {
      return httpPort != 0;
    }
  }

  /** Logs: {@code text} (one escaped line per event, for people) or {@code json} (one JSON object per line). */
  public record Logging(Format format) {
    public static final Logging TEXT = new Logging(Format.TEXT);

    public Logging {
      Objects.requireNonNull(format, "format == null");
    }

    /** How each log event is written to standard error. */
    public enum Format {
      TEXT,
      JSON
    }
  }
}
