package dev.herald.delivery;

import com.github.kagkarlsson.scheduler.ScheduledExecution;
import com.github.kagkarlsson.scheduler.Scheduler;
import com.github.kagkarlsson.scheduler.SchedulerClient;
import com.github.kagkarlsson.scheduler.task.CompletionHandler;
import com.github.kagkarlsson.scheduler.task.ExecutionComplete;
import com.github.kagkarlsson.scheduler.task.ExecutionOperations;
import com.github.kagkarlsson.scheduler.task.FailureHandler;
import com.github.kagkarlsson.scheduler.task.Task;
import com.github.kagkarlsson.scheduler.task.TaskInstanceId;
import com.github.kagkarlsson.scheduler.task.helper.CustomTask;
import com.github.kagkarlsson.scheduler.task.helper.RecurringTask;
import com.github.kagkarlsson.scheduler.task.helper.Tasks;
import com.github.kagkarlsson.scheduler.task.schedule.FixedDelay;
import dev.herald.model.Channel;
import dev.herald.model.ChannelKey;
import dev.herald.store.BriefingRun;
import dev.herald.store.DeliveryHistoryStore;
import dev.herald.store.Stores;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The persistent schedule, on db-scheduler: one {@code herald-briefing} execution per channel with a daily briefing
 * (instance id = channel key, due at the channel's next {@link DailySchedule} occurrence, which the execution also
 * carries as its data), plus the recurring feed poll and housekeeping. Executions live in the database, so a restart
 * finds an overdue briefing and runs it once, late; after each run the next occurrence is computed from the channel's
 * current settings and the day just briefed, so a briefing never repeats a day and never skips one it was up for.
 *
 * <p>A briefing is run for the occurrence it was due at, whenever and wherever it runs: db-scheduler moves an
 * execution's time when it retries a failure or revives the execution of an instance that died, so the due time is
 * read from the execution's data, never from its time (an execution stored without it derives it from the schedule).
 */
final class PersistentSchedule {
  static final String BRIEFING = "herald-briefing";
  static final String POLL = "herald-feed-poll";
  static final String HOUSEKEEPING = "herald-housekeeping";
  private static final Logger log = LoggerFactory.getLogger(PersistentSchedule.class);
  private static final Duration RETRY_FAILED_BRIEFING = Duration.ofMinutes(1);
  private static final int FAILED_BRIEFING_RETRIES = 5;

  private final Stores stores;
  private final DeliveryHistoryStore history;
  private final Clock clock;
  private final CustomTask<Instant> briefingTask;
  private final RecurringTask<Void> pollTask;
  private final RecurringTask<Void> housekeepingTask;
  private volatile Scheduler scheduler;

  /**
   * @param runBriefing builds and enqueues the briefing of a channel for the occurrence due at the instant given,
   *     however much later it runs
   * @param poll one poll of the due feeds
   * @param housekeeping purges old rows
   */
  PersistentSchedule(Stores stores, DeliveryHistoryStore history, Clock clock, Duration pollTick,
      BriefingRunner runBriefing, Runnable poll, Runnable housekeeping) {
    this.stores = stores;
    this.history = history;
    this.clock = clock;
    this.briefingTask = Tasks.custom(BRIEFING, Instant.class)
        .onFailure(new RetryThenNext())
        // a dead instance's briefing is run again now, by the scheduler's clock (db-scheduler's own reviver reads
        // the system clock)
        .onDeadExecution((done, ops) -> ops.reschedule(done, clock.instant()))
        .execute((instance, ctx) -> {
          ChannelKey channel = ChannelKey.parse(instance.getId());
          // an execution that failed or whose instance died is counted as failed once more before it runs again
          BriefingJob.Attempt attempt = ctx.getExecution().consecutiveFailures > 0
              ? BriefingJob.Attempt.AGAIN : BriefingJob.Attempt.FIRST;
          runBriefing.run(channel, due(channel, instance.getData(), ctx.getExecution().executionTime), attempt);
          return new Next(channel);
        });
    this.pollTask = Tasks.recurring(POLL, FixedDelay.of(pollTick)).execute((i, ctx) -> poll.run());
    this.housekeepingTask = Tasks.recurring(HOUSEKEEPING, FixedDelay.ofHours(1)).execute((i, ctx) -> housekeeping.run());
  }

  /** Builds and enqueues a channel's briefing for the occurrence due at {@code due}, however much later it runs. */
  @FunctionalInterface
  interface BriefingRunner {
    void run(ChannelKey channel, Instant due, BriefingJob.Attempt attempt);
  }

  /** Builds and starts db-scheduler with these tasks through {@code factory} (tests pass a manual scheduler). */
  void start(Function<TaskSet, Scheduler> factory) {
    scheduler = factory.apply(new TaskSet(briefingTask, pollTask, housekeepingTask));
    scheduler.start();
    reconcile();
  }

  /** The tasks to give db-scheduler: known tasks and the recurring ones it starts itself. */
  record TaskSet(CustomTask<Instant> briefing, RecurringTask<Void> poll, RecurringTask<Void> housekeeping) {
    List<Task<?>> known() {
      return List.of(briefing);
    }

    List<RecurringTask<Void>> recurring() {
      return List.of(poll, housekeeping);
    }
  }

  void stop() {
    if (scheduler != null) scheduler.stop();
  }

  /** Whether db-scheduler is started and not shutting down: due briefings and polls will run. */
  boolean running() {
    Scheduler s = scheduler;
    return s != null && s.getSchedulerState().isStarted() && !s.getSchedulerState().isShuttingDown();
  }

  /** Follows a channel's settings: (re)schedules its next briefing, or cancels it when it has none. */
  void scheduleChanged(Channel channel) {
    TaskInstanceId id = TaskInstanceId.of(BRIEFING, channel.key().toString());
    Optional<Instant> next = nextOccurrence(channel.key());
    if (next.isEmpty()) {
      if (scheduler.getScheduledExecution(id).isPresent()) scheduler.cancel(id);
      return;
    }
    try {
      scheduler.schedule(briefingTask.instanceBuilder(channel.key().toString()).data(next.get())
          .scheduledTo(next.get()), SchedulerClient.ScheduleOptions.WHEN_EXISTS_RESCHEDULE);
    } catch (RuntimeException e) {
      // running right now: its completion reads the new settings and schedules accordingly
      log.info("briefing of {} is running; it will follow the new schedule when done ({})", channel.key(),
          e.getMessage());
    }
  }

  /** When the channel's next briefing is due, as scheduled (overdue when a late one is waiting). */
  Optional<Instant> next(ChannelKey channel) {
    return scheduler.getScheduledExecution(TaskInstanceId.of(BRIEFING, channel.toString()))
        .map(ScheduledExecution::getExecutionTime);
  }

  /**
   * Makes the stored executions match the channels: schedules channels that have a briefing but no execution,
   * moves executions whose time no longer matches the channel's settings, cancels those of channels without a
   * briefing. An overdue execution that matches is kept: it is a missed briefing, sent late once.
   */
  void reconcile() {
    Set<String> scheduled = new HashSet<>();
    // one read of every channel rather than one per scheduled briefing: start-up with thousands of channels
    java.util.Map<String, Channel> channels = new java.util.LinkedHashMap<>();
    for (Channel c : stores.channels().all()) channels.put(c.key().toString(), c);
    for (ScheduledExecution<Object> e : scheduler.getScheduledExecutionsForTask(BRIEFING)) {
      String id = e.getTaskInstance().getId();
      scheduled.add(id);
      Optional<Channel> channel = Optional.ofNullable(channels.get(id));
      if (channel.isEmpty() || channel.get().briefingAt().isEmpty()) {
        scheduler.cancel(e.getTaskInstance());
        continue;
      }
      DailySchedule s = schedule(channel.get());
      // a revived or retried execution runs later than it was due: what must match the settings is its due time
      Instant at = e.getData() instanceof Instant due ? due : e.getExecutionTime();
      if (!s.occurrence(s.dayOf(at)).equals(at)) scheduleChanged(channel.get());
    }
    for (Channel c : channels.values()) {
      if (c.briefingAt().isPresent() && !scheduled.contains(c.key().toString())) scheduleChanged(c);
    }
  }

  /** The next occurrence after now for the channel's current settings, never on a day already briefed. */
  Optional<Instant> nextOccurrence(ChannelKey key) {
    Optional<Channel> channel = stores.channels().find(key);
    if (channel.isEmpty() || channel.get().briefingAt().isEmpty()) return Optional.empty();
    Optional<LocalDate> lastDay = history.lastRun(key).map(BriefingRun::date);
    return Optional.of(schedule(channel.get()).next(clock.instant(), lastDay));
  }

  /**
   * The occurrence an execution is for: its data; for an execution stored without it (before Herald kept it there),
   * its time if that is an occurrence, else the latest occurrence before it (a retry, or a dead instance's briefing
   * revived later).
   */
  private Instant due(ChannelKey key, Instant data, Instant executionTime) {
    if (data != null) return data;
    return stores.channels().find(key).filter(c -> c.briefingAt().isPresent()).map(c -> {
      DailySchedule s = schedule(c);
      return s.occurrence(s.dayOf(executionTime)).equals(executionTime) ? executionTime : s.previous(executionTime);
    }).orElse(executionTime);
  }

  private static DailySchedule schedule(Channel c) {
    return new DailySchedule(c.briefingAt().orElseThrow(), c.zone());
  }

  /** After a run: the next occurrence by the channel's settings now, or no more executions. */
  private final class Next implements CompletionHandler<Instant> {
    private final ChannelKey channel;

    Next(ChannelKey channel) {
      this.channel = channel;
    }

    @Override
    public void complete(ExecutionComplete done, ExecutionOperations<Instant> ops) {
      Optional<Instant> next = nextOccurrence(channel);
      if (next.isPresent()) {
        ops.reschedule(done, next.get(), next.get());
      } else {
        ops.stop();
      }
    }
  }

  /**
   * A failed briefing (the database was busy) is retried a few times a minute apart, still for the occurrence it was
   * due at, then left to the next day.
   */
  private final class RetryThenNext implements FailureHandler<Instant> {
    @Override
    public void onFailure(ExecutionComplete done, ExecutionOperations<Instant> ops) {
      ChannelKey channel = ChannelKey.parse(done.getExecution().taskInstance.getId());
      int failures = done.getExecution().consecutiveFailures + 1;
      log.error("briefing of {} failed ({} in a row)", channel, failures, done.getCause().orElse(null));
      if (failures <= FAILED_BRIEFING_RETRIES) {
        ops.reschedule(done, clock.instant().plus(RETRY_FAILED_BRIEFING));
        return;
      }
      Optional<Instant> next = nextOccurrence(channel);
      if (next.isPresent()) ops.reschedule(done, next.get(), next.get());
      else ops.stop();
    }
  }
}
