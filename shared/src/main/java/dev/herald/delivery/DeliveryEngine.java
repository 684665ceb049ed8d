package dev.herald.delivery;

import dev.herald.threads.DaemonThreads;
import com.github.kagkarlsson.scheduler.Scheduler;
import com.github.kagkarlsson.scheduler.SchedulerName;
import dev.herald.digest.BriefingSelector;
import dev.herald.metrics.HeraldMetrics;
import dev.herald.model.Channel;
import dev.herald.model.ChannelKey;
import dev.herald.model.FeedSource;
import dev.herald.model.Platform;
import dev.herald.model.WorkspaceKey;
import dev.herald.render.InfoView;
import dev.herald.store.BriefingStore;
import dev.herald.store.Database;
import dev.herald.store.OutboxResult;
import dev.herald.store.OutboxStores;
import dev.herald.store.Stores;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.function.Function;
import java.util.function.Supplier;
import javax.sql.DataSource;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Delivery, assembled: the persistent schedule (daily briefings per channel, the recurring feed poll, housekeeping),
 * topic alerts and living stories after each pipeline run, and one outbox dispatcher per platform with its rate
 * governor. Build with {@link #builder()}, then {@link #start()}; {@link #stop()} shuts down gracefully. What a poll
 * does is given ({@link Builder#polls}): delivery only schedules it and acts on its outcome.
 *
 * <p>Thread-safe. The methods the chat ports need ({@link #scheduleChanged}, {@link #nextBriefing}, {@link #retry},
 * the status blocks) may be called from any thread once started.
 */
public final class DeliveryEngine {
  private static final Logger log = LoggerFactory.getLogger(DeliveryEngine.class);

  private final Stores stores;
  private final OutboxStores delivery;
  private final DeliverySettings settings;
  private final Clock clock;
  private final Function<PersistentSchedule.TaskSet, Scheduler> schedulerFactory;
  private final Map<Platform, Publisher> publishers = new EnumMap<>(Platform.class);
  private final Map<Platform, Dispatcher> dispatchers = new java.util.concurrent.ConcurrentHashMap<>();
  private final Map<Platform, RateGovernor> governors = new java.util.concurrent.ConcurrentHashMap<>();
  private final OutboxViews views;
  private final String owner;
  private final BriefingJob briefings;
  private final AlertPlanner alerts;
  private final LivingStories living;
  private final Function<Set<String>, Optional<RunOutcome>> polls;
  private final StatusReports status;
  private final PersistentSchedule scheduler;
  private final HeraldMetrics metrics;
  private final SendMeter meter;
  private volatile boolean started;
  /** The platforms this instance said it sends before their clients logged in ({@link #join}), and when. */
  private final Map<Platform, Instant> joined = new EnumMap<>(Platform.class);
  /** Says again every third of the lease that this instance sends the joined platforms, until {@link #start}. */
  private ScheduledExecutorService joining;

  private DeliveryEngine(Builder b) {
    this.stores = Objects.requireNonNull(b.stores, "stores == null");
    this.delivery = Objects.requireNonNull(b.delivery, "delivery == null");
    this.settings = Objects.requireNonNull(b.settings, "settings == null");
    this.clock = Objects.requireNonNull(b.clock, "clock == null");
    this.metrics = Objects.requireNonNull(b.metrics, "metrics == null");
    this.meter = new SendMeter(metrics);
    Objects.requireNonNull(b.briefings, "briefings == null");
    Objects.requireNonNull(b.feeds, "feeds == null");
    this.polls = Objects.requireNonNull(b.polls, "polls == null");
    if (b.schedulerFactory == null && b.dataSource == null) throw new NullPointerException("dataSource == null");
    this.owner = Objects.requireNonNull(b.owner, "owner == null");
    this.schedulerFactory = b.schedulerFactory != null ? b.schedulerFactory : tasks -> realScheduler(b.dataSource,
        tasks, owner, b.lockAndFetch);
    this.views = new OutboxViews(stores, delivery.outbox(), b.briefings.visibility());
    publishers.putAll(b.publishers);
    this.briefings = new BriefingJob(stores, delivery, b.briefings, settings.briefings(), clock);
    this.alerts = new AlertPlanner(stores, delivery, b.feeds, publishers::containsKey, settings.alerts(), clock);
    this.living = new LivingStories(stores, delivery, publishers::containsKey, settings.maxEditsPerHour(), clock);
    this.scheduler = new PersistentSchedule(stores, delivery.history(), clock, settings.workers().pollTick(),
        this::briefing, this::poll, this::housekeeping);
    this.status = new StatusReports(stores, delivery, this::nextBriefingAt, this::platformHold, settings.alerts(),
        clock);
  }

  public static Builder builder() {
    return new Builder();
  }

  private Scheduler realScheduler(DataSource dataSource, PersistentSchedule.TaskSet tasks, String owner,
      boolean lockAndFetch) {
    var builder = Scheduler.create(dataSource, tasks.known());
    // several instances on PostgreSQL: each execution is taken with SELECT ... FOR UPDATE SKIP LOCKED
    if (lockAndFetch) builder.pollUsingLockAndFetch(0.5, 1.0);
    return builder
        .startTasks(tasks.recurring())
        .pollingInterval(settings.workers().schedulerPoll())
        .heartbeatInterval(Duration.ofSeconds(10))
        .missedHeartbeatsLimit(6)
        .threads(3)
        .shutdownMaxWait(settings.workers().shutdownGrace())
        .schedulerName(new SchedulerName.Fixed(owner.length() > 50 ? owner.substring(0, 50) : owner))
        .clock(clock::instant)
        .build();
  }

  /**
   * Adds a platform to deliver to, before {@link #start()}: adapters that need the chat service (which needs this
   * engine's ports) are built after the engine.
   */
  public synchronized void addPublisher(Publisher publisher) {
    if (started) throw new IllegalStateException("add publishers before start()");
    publishers.put(publisher.platform(), publisher);
  }

  /**
   * Says, before the platform's client logs in, that this instance sends the platform's outbox: the instances sending
   * it already take their smaller share of the platform-wide limits when they next look (Discord's 50 requests a
   * second are the bot's, whichever instance sends), so that the client's own requests, which delivery does not pace
   * (Discord: the login's GET gateway/bot and users/@me, the PUT of the slash commands), find room in the bot's
   * limit. Said again every third of the lease until {@link #start}, however long the login takes. Returns when the
   * client may make its first request: now when no other instance sends the outbox or the platform has no
   * platform-wide limit; otherwise once the others surely keep to their smaller share and the requests they made at
   * the larger one have left the platform's window (a second or two, plus two of their look periods).
   */
  public synchronized Instant join(Platform platform) {
    if (started) throw new IllegalStateException("join before start()");
    Instant now = clock.instant();
    Duration lease = settings.workers().lease();
    List<String> senders = delivery.outbox().senders(platform, owner, now, now.minus(lease));
    joined.putIfAbsent(platform, now);
    if (joining == null) {
      joining = Executors.newSingleThreadScheduledExecutor(DaemonThreads.named("herald-join"));
      long every = Math.max(1, lease.dividedBy(3).toMillis());
      joining.scheduleWithFixedDelay(this::stillJoining, every, every, TimeUnit.MILLISECONDS);
    }
    RateGovernor g = new RateGovernor(settings.limits(platform), now);
    if (senders.size() < 2 || !g.sharedLimits()) return now;
    return now.plus(Dispatcher.othersShrunkWithin(g, lease));
  }

  /**
   * {@link #join}, then waits until the platform's client may log in (on the real clock: call it at start-up, not
   * from a test).
   */
  public void joinAndWait(Platform platform) throws InterruptedException {
    Duration wait = Duration.between(clock.instant(), join(platform));
    if (wait.isNegative() || wait.isZero()) return;
    log.info("{}: logging in in {} ms, once the instances already sending keep to their smaller share of its limits",
        platform.key(), wait.toMillis());
    Thread.sleep(wait.toMillis());
  }

  /** Says again that this instance sends the joined platforms (the heartbeat {@link #join} starts). */
  synchronized void stillJoining() {
    if (started) return;
    Instant now = clock.instant();
    try {
      for (Platform p : joined.keySet()) {
        delivery.outbox().senders(p, owner, now, now.minus(settings.workers().lease()));
      }
    } catch (RuntimeException e) {
      log.warn("cannot say this instance is starting to send {}; the others notice it when it sends", joined.keySet(),
          e);
    }
  }

  /** This instance will not send the platform's outbox after all: the others take back their share at once. */
  private void leave(Platform platform) {
    try {
      delivery.outbox().leave(platform, owner);
    } catch (RuntimeException e) {
      log.warn("cannot say this instance will not send {}; the others notice after its lease", platform.key(), e);
    }
  }

  private void stopJoining() {
    if (joining != null) joining.shutdownNow();
    joining = null;
  }

  /** Starts the dispatchers and the scheduler, and schedules every channel's briefing. */
  public synchronized void start() {
    if (started) return;
    started = true;
    stopJoining();
    Instant now = clock.instant();
    for (Map.Entry<Platform, Publisher> e : publishers.entrySet()) {
      RateGovernor g = new RateGovernor(settings.limits(e.getKey()), now);
      governors.put(e.getKey(), g);
      Sender sender = new Sender(e.getValue(), delivery.outbox(), delivery.outbox(), views, g, settings.retries(),
          clock, metrics);
      Dispatcher d = new Dispatcher(e.getKey(), delivery.outbox(), sender, g,
          settings.limits(e.getKey()).channelPacing(), settings.workers(), clock,
          owner, Dispatcher.senderPool(e.getKey(), settings.workers().senders()), this::afterRecord);
      Instant at = joined.get(e.getKey());
      if (at != null) d.joinedAt(at);
      dispatchers.put(e.getKey(), d);
    }
    for (Platform p : joined.keySet()) if (!publishers.containsKey(p)) leave(p);
    int reclaimed = delivery.outbox().reclaimExpired(clock.instant());
    if (reclaimed > 0) log.info("{} deliveries from a stopped worker returned to the queue", reclaimed);
    for (Dispatcher d : dispatchers.values()) d.start();
    scheduler.start(schedulerFactory);
    log.info("delivery started for {}", dispatchers.keySet());
  }

  /** Stops the schedule (waiting for a running job), then each dispatcher within the grace period. */
  public synchronized void stop() {
    if (!started) {
      // joined but never started (an adapter failed to start): the others take back their share at once
      stopJoining();
      for (Platform p : joined.keySet()) leave(p);
      joined.clear();
      return;
    }
    started = false;
    scheduler.stop();
    for (Dispatcher d : dispatchers.values()) d.stop(settings.workers().shutdownGrace());
    dispatchers.clear();
    governors.clear();
    log.info("delivery stopped");
  }

  /**
   * Whether delivery is running: started, and the persistent scheduler (briefings, polls) is up. Reads state only;
   * cheap enough for a readiness probe.
   */
  public boolean running() {
    return started && scheduler.running();
  }

  /** Alerts and living-story edits for what a pipeline run changed, then wakes the dispatchers. */
  public void afterRun(RunOutcome outcome) {
    int a = alerts.plan(outcome.alertable());
    int e = living.plan(outcome.summarised());
    if (a + e > 0) log.info("{} alerts and {} living-story edits enqueued", a, e);
    wake();
  }

  /**
   * A post recorded at a version older than the story's latest summary (the story grew while the post was on its way,
   * after the run that would have edited it): edit it now.
   */
  private void afterRecord(List<OutboxResult> results) {
    meter.accept(results);
    // per story and workspace: a workspace reads its own summaries (see SummaryStore), and workspaces are few
    java.util.Map<java.util.Map.Entry<Long, WorkspaceKey>, Integer> shown = new java.util.HashMap<>();
    for (OutboxResult r : results) {
      if (r.kind() != OutboxResult.Kind.SENT || !r.entry().kind().posts() || r.entry().storyId() == 0) continue;
      shown.merge(java.util.Map.entry(r.entry().storyId(), r.entry().channel().workspace()), r.shownVersion(),
          Math::min);
    }
    Set<Long> stale = new java.util.HashSet<>();
    for (java.util.Map.Entry<java.util.Map.Entry<Long, WorkspaceKey>, Integer> e : shown.entrySet()) {
      long story = e.getKey().getKey();
      if (!stale.contains(story)
          && stores.summaries().latestVersion(story, e.getKey().getValue()) > e.getValue()) {
        stale.add(story);
      }
    }
    if (!stale.isEmpty() && living.plan(stale) > 0) wake();
  }

  /** Polls the feeds that are due now and acts on the outcome; what the scheduler's poll task does. */
  public Optional<RunOutcome> poll() {
    return pollNow(Set.of());
  }

  /**
   * Polls the due feeds and, whatever their interval, the feeds {@code feedIds} names (a manager asked to check
   * them), then acts on the outcome.
   */
  public Optional<RunOutcome> pollNow(Set<String> feedIds) {
    Optional<RunOutcome> outcome = polls.apply(feedIds);
    outcome.ifPresent(this::afterRun);
    return outcome;
  }

  private void briefing(ChannelKey channel, Instant scheduledFor, BriefingJob.Attempt attempt) {
    BriefingJob.Result r = runBriefing(channel, scheduledFor, attempt);
    if (r == BriefingJob.Result.ENQUEUED || r == BriefingJob.Result.EMPTY) wake();
  }

  /**
   * Builds and enqueues the channel's briefing for the occurrence due at {@code scheduledFor} now (what the schedule
   * does at that time). Returns whether anything was enqueued: false when the day already had its briefing.
   */
  public boolean briefNow(ChannelKey channel, Instant scheduledFor) {
    BriefingJob.Result r = runBriefing(channel, scheduledFor, BriefingJob.Attempt.FIRST);
    if (r == BriefingJob.Result.ENQUEUED || r == BriefingJob.Result.EMPTY) {
      wake();
      return true;
    }
    return false;
  }

  private BriefingJob.Result runBriefing(ChannelKey channel, Instant scheduledFor, BriefingJob.Attempt attempt) {
    BriefingJob.Result r;
    try (org.slf4j.MDC.MDCCloseable c = org.slf4j.MDC.putCloseable("channel", channel.toString())) {
      r = briefings.run(channel, scheduledFor, attempt);
    } catch (RuntimeException e) {
      metrics.briefing(HeraldMetrics.BriefingResult.FAILED);
      throw e;
    }
    metrics.briefing(switch (r) {
      case ENQUEUED -> HeraldMetrics.BriefingResult.SENT;
      case EMPTY -> HeraldMetrics.BriefingResult.EMPTY;
      case PAUSED -> HeraldMetrics.BriefingResult.PAUSED;
      case FOLDED_INTO_NEXT -> HeraldMetrics.BriefingResult.FOLDED;
      case ALREADY_RAN, NO_BRIEFING -> HeraldMetrics.BriefingResult.SKIPPED;
    });
    return r;
  }

  private void housekeeping() {
    Instant now = clock.instant();
    int purged = delivery.outbox().purge(now.minus(settings.workers().retention()));
    if (purged > 0) log.info("purged {} old deliveries", purged);
    int briefings = stores.briefings().purge(now.minus(briefingHorizon(settings.workers().retention())));
    if (briefings > 0) log.info("purged {} old briefings", briefings);
  }

  /** How long briefings are kept at least: the delivery retention, and never less than the store's own floor. */
  static Duration briefingHorizon(Duration retention) {
    return retention.compareTo(BriefingStore.KEEP_AT_LEAST) > 0 ? retention : BriefingStore.KEEP_AT_LEAST;
  }

  /** Rows were put in the outbox other than through this engine: have the dispatchers look at once. */
  public void wake() {
    for (Dispatcher d : dispatchers.values()) d.wake();
  }

  /** Follows a channel's new briefing settings. */
  public void scheduleChanged(Channel channel) {
    scheduler.scheduleChanged(channel);
  }

  /** When the channel's next briefing is due: scheduled, or computed from its settings before the start. */
  public Optional<Instant> nextBriefing(Channel channel) {
    return started ? nextBriefingAt(channel.key()) : scheduler.nextOccurrence(channel.key());
  }

  private Optional<Instant> nextBriefingAt(ChannelKey channel) {
    return scheduler.next(channel);
  }

  /** Lifts the channel's pause and requeues its parked deliveries; the number requeued. */
  public int retry(ChannelKey channel) {
    int n = delivery.outbox().resume(channel, clock.instant());
    for (Dispatcher d : dispatchers.values()) d.reloadAll();
    return n;
  }

  /**
   * The platforms this engine sends, each with why sending is held back now if it is (a refused token, the 401/403
   * budget spent): what this instance tells the others for their {@code /herald status}. Empty before {@link #start}.
   */
  public Map<Platform, Optional<String>> sending() {
    Instant now = clock.instant();
    Map<Platform, Optional<String>> out = new EnumMap<>(Platform.class);
    governors.forEach((platform, g) -> out.put(platform, g.holdReason(now)));
    return out;
  }

  private Optional<String> platformHold(ChannelKey channel) {
    RateGovernor g = governors.get(channel.platform());
    if (g == null) return Optional.of("no " + channel.platform().key() + " connection is running");
    return g.holdReason(clock.instant());
  }

  public InfoView.Block briefingStatus(ChannelKey channel) {
    return status.nextBriefing(channel);
  }

  public InfoView.Block deliveryStatus(ChannelKey channel) {
    return status.deliveries(channel);
  }

  /** Messages sent by this engine's dispatchers since start, per platform (for benchmarks and logs). */
  public int sent(Platform platform) {
    Dispatcher d = dispatchers.get(platform);
    return d == null ? 0 : d.sent();
  }

  /**
   * Builds a {@link DeliveryEngine}. Required: stores, outbox stores, database (or data source), briefing selector,
   * feeds, settings, clock, owner; publishers for each platform to deliver to.
   */
  public static final class Builder {
    private Stores stores;
    private OutboxStores delivery;
    private DataSource dataSource;
    private BriefingSelector briefings;
    private Supplier<List<FeedSource>> feeds;
    private Function<Set<String>, Optional<RunOutcome>> polls = feedIds -> Optional.empty();
    private final Map<Platform, Publisher> publishers = new EnumMap<>(Platform.class);
    private DeliverySettings settings;
    private Clock clock;
    private String owner;
    private Function<PersistentSchedule.TaskSet, Scheduler> schedulerFactory;
    private boolean lockAndFetch;
    private HeraldMetrics metrics = HeraldMetrics.NONE;

    public Builder stores(Stores v) {
      this.stores = v;
      return this;
    }

    public Builder deliveryStores(OutboxStores v) {
      this.delivery = v;
      return this;
    }

    /** The database db-scheduler keeps its table in: {@code Database.dataSource()}. */
    public Builder dataSource(DataSource v) {
      this.dataSource = v;
      return this;
    }

    /**
     * The database db-scheduler keeps its table in, and how it polls: lock-and-fetch ({@code FOR UPDATE SKIP
     * LOCKED}) on PostgreSQL, where other instances poll the same table; fetch-then-update on SQLite.
     */
    public Builder database(Database v) {
      this.dataSource = v.dataSource();
      this.lockAndFetch = v.vendor() == Database.Vendor.POSTGRESQL;
      return this;
    }

    public Builder briefings(BriefingSelector v) {
      this.briefings = v;
      return this;
    }

    /** The configured feeds, read for every alert (so that feeds added at run time count). */
    public Builder feeds(Supplier<List<FeedSource>> v) {
      this.feeds = v;
      return this;
    }

    /**
     * One poll of the feeds due now and of the feeds named (a manager's check), through the pipeline; empty when
     * nothing was polled. What the schedule's recurring poll and {@link #pollNow} run (default: nothing is polled).
     */
    public Builder polls(Function<Set<String>, Optional<RunOutcome>> v) {
      this.polls = v;
      return this;
    }

    public Builder publisher(Publisher v) {
      publishers.put(v.platform(), v);
      return this;
    }

    public Builder settings(DeliverySettings v) {
      this.settings = v;
      return this;
    }

    public Builder clock(Clock v) {
      this.clock = v;
      return this;
    }

    /** This instance's name in claims and in the scheduler: the composition root's one name for the instance. */
    public Builder owner(String v) {
      this.owner = v;
      return this;
    }

    /** Where deliveries, rate limits, parked rows and briefings are reported (default: nowhere). */
    public Builder metrics(HeraldMetrics v) {
      this.metrics = v;
      return this;
    }

    Builder schedulerFactory(Function<PersistentSchedule.TaskSet, Scheduler> v) {
      this.schedulerFactory = v;
      return this;
    }

    public DeliveryEngine build() {
      return new DeliveryEngine(this);
    }
  }
}
