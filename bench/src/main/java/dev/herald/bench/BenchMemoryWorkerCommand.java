package dev.herald.bench;

import dev.herald.bench.memory.ProcessMemory;
import dev.herald.bot.Herald;
import dev.herald.bot.cli.CliHome;
import dev.herald.bot.cli.JsonLines;
import dev.herald.chat.ScheduleListener;
import dev.herald.config.HeraldConfig;
import dev.herald.config.InstanceFeeds;
import dev.herald.config.Secrets;
import dev.herald.model.Channel;
import dev.herald.model.FeedScope;
import dev.herald.model.Story;
import dev.herald.store.BriefingRun;
import dev.herald.store.OutboxStores;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZonedDateTime;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * The process {@code bench memory} measures: Herald as {@code run} starts it (the Slack and Discord adapters against
 * the local fakes, delivery, the schedule, polling). Once it is up, one channel in {@code --brief-every} moves its
 * daily briefing to two to four minutes from now (its local time, to the minute), as {@code /herald schedule} does, so those briefings are built and
 * delivered while it runs (moving them before start-up would let a slow start miss them: a briefing time that passed
 * before a channel was ever scheduled is tomorrow's). It also counts what polling brought meanwhile: the articles,
 * the stories they made or grew, and how many of those have no summary of their latest version. It runs for at least {@code --seconds} and on until those
 * briefings have run and the outbox is empty (at most {@value #DRAIN_SECONDS} s more), then is measured; the last
 * line is one JSON object.
 */
@Command(name = "memory-worker", hidden = true, description = "Internal: one measured Herald of bench memory.")
final class BenchMemoryWorkerCommand implements Callable<Integer> {
  static final int DRAIN_SECONDS = 600;
  /** Polled articles are at most this old (the bench feeds list their newest items only). */
  private static final Duration RECENT = Duration.ofDays(2);

  @Spec CommandSpec spec;

  @Option(names = "--seconds", required = true)
  int seconds;

  @Option(names = "--brief-every", defaultValue = "10")
  int briefEvery;

  @Override
  public Integer call() throws Exception {
    ProcessMemory.watch();
    long started = System.nanoTime();
    PrintWriter out = spec.commandLine().getOut();
    Path home = CliHome.home();
    HeraldConfig config = CliHome.config(home);
    InstanceFeeds feeds = new InstanceFeeds(home, CliHome.feedsFile(home));
    Secrets secrets = Secrets.fromEnvironment();
    Herald herald = Herald.assemble(config, secrets, Clock.systemUTC(), CliHome.database(config), feeds,
        CliHome.version());
    OutboxStores delivery = herald.deliveryStores();
    // before start-up's first poll, so that what polling brings is counted from its first article
    int articlesAtStart = herald.stores().articles().count();
    Map<Long, Integer> versionsAtStart = versions(herald, herald.clock().instant());
    try (herald) {
      herald.start(secrets, out);
      double startup = seconds(started);
      Instant up = herald.clock().instant();
      List<Channel> soon = briefSoon(herald, herald.schedules(), up);
      out.printf(Locale.ROOT, "running: %s; %,d live stories loaded; up in %.0f s; %,d channels briefed 2-4 minutes"
          + " from now%n", herald.describe(), herald.liveStories(), startup, soon.size());
      out.flush();
      long ran = System.nanoTime();
      Briefed briefed = briefed(delivery, soon, up);
      int unsent = unsent(delivery);
      while (seconds(ran) < seconds || (seconds(ran) < seconds + DRAIN_SECONDS
          && (briefed.runs() < soon.size() || unsent > 0))) {
        Thread.sleep(5_000);
        briefed = briefed(delivery, soon, up);
        unsent = unsent(delivery);
      }
      double runFor = seconds(ran);
      // the stories polling made or grew, and whether each has a summary of its latest version
      int polled = herald.stores().articles().count() - articlesAtStart;
      int changed = 0;
      int unsummarised = 0;
      for (Story story : herald.stores().stories().activeSince(up.minus(RECENT))) {
        if (story.version() == versionsAtStart.getOrDefault(story.id(), 0)) continue;
        changed++;
        Optional<Integer> summarised = herald.stores().summaries().latestOf(story.id(), FeedScope.INSTANCE)
            .map(x -> x.storyVersion());
        if (summarised.isEmpty() || summarised.get() < story.version()) unsummarised++;
      }
      ProcessMemory.Snapshot s = ProcessMemory.measure();
      Map<String, Object> r = new LinkedHashMap<>();
      r.put("heap_after_gc_mb", s.heapAfterGcMb());
      r.put("peak_heap_mb", s.peakHeapMb());
      r.put("rss_mb", s.rssMb());
      r.put("peak_rss_mb", s.peakRssMb());
      r.put("threads", s.threads());
      r.put("live_stories", herald.liveStories());
      r.put("startup_s", Math.round(startup));
      r.put("ran_s", Math.round(runFor));
      r.put("briefings_due", soon.size());
      r.put("briefings_run", briefed.runs());
      r.put("briefing_stories", briefed.stories());
      r.put("unsent", unsent);
      r.put("articles_polled", polled);
      r.put("stories_polled", changed);
      r.put("stories_polled_unsummarised", unsummarised);
      r.put("db_mb", ProcessMemory.databaseMb(config.databaseFile()));
      JsonLines.write(out, r);
      out.flush();
    }
    return 0;
  }

  /**
   * Moves the briefing of every {@code briefEvery}-th channel to one to three minutes after {@code now} in its own
   * zone, saving the channel and telling the scheduler, as {@code /herald schedule HH:MM} does.
   */
  private List<Channel> briefSoon(Herald herald, ScheduleListener schedules, Instant now) {
    List<Channel> moved = new ArrayList<>();
    List<Channel> all = herald.stores().channels().all();
    for (int i = 0; i < all.size(); i++) {
      if (i % briefEvery != briefEvery - 1) continue;
      Channel c = all.get(i);
      Instant due = now.plus(Duration.ofMinutes(2 + moved.size() % 3)).truncatedTo(ChronoUnit.MINUTES);
      Channel changed = c.withBriefingAt(Optional.of(ZonedDateTime.ofInstant(due, c.zone()).toLocalTime()), c.zone());
      herald.stores().channels().save(changed);
      schedules.scheduleChanged(changed);
      moved.add(changed);
    }
    return moved;
  }

  /** Each story with an article in the last {@link #RECENT} before {@code now}, and its version. */
  private static Map<Long, Integer> versions(Herald herald, Instant now) {
    Map<Long, Integer> out = new java.util.HashMap<>();
    for (Story s : herald.stores().stories().activeSince(now.minus(RECENT))) out.put(s.id(), s.version());
    return out;
  }

  /** How many of the channels had a briefing run since {@code since}, and how many stories those briefings held. */
  private record Briefed(int runs, int stories) {}

  private static Briefed briefed(OutboxStores delivery, List<Channel> channels, Instant since) {
    int runs = 0;
    int stories = 0;
    for (Channel c : channels) {
      Optional<BriefingRun> last = delivery.history().lastRun(c.key());
      if (last.isPresent() && !last.get().ranAt().isBefore(since)) {
        runs++;
        stories += last.get().stories();
      }
    }
    return new Briefed(runs, stories);
  }

  private static int unsent(OutboxStores delivery) {
    return delivery.outbox().unsentByPlatform().values().stream().mapToInt(Integer::intValue).sum();
  }

  private static double seconds(long since) {
    return (System.nanoTime() - since) / 1e9;
  }
}
