package dev.herald.delivery;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.herald.model.Channel;
import dev.herald.model.DeliveryKind;
import dev.herald.model.StorySummary;
import dev.herald.store.BriefingRun;
import dev.herald.store.Database;
import dev.herald.store.OutboxEntry;
import dev.herald.testing.FakeRanker;
import dev.herald.testing.MutableClock;
import dev.herald.testing.Postgres;
import dev.herald.testing.StoryFixture;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Two Herald instances on one PostgreSQL database, each on db-scheduler's manual scheduler and one shared clock: the
 * instance running a channel's daily briefing dies in the middle of it, and the other takes the briefing over once
 * the scheduler finds the execution dead, after midnight. The briefing belongs to the day it was due for, is late
 * with a note that says an instance stopped (not that Herald was offline) when the takeover is past the lateness
 * limit, and the next day's briefing still runs.
 */
class BriefingTakeoverTest {
  static final ZoneId NEW_YORK = ZoneId.of("America/New_York");
  /** Thursday 3 December 2026, 23:59 in New York. */
  static final Instant DUE = Instant.parse("2026-12-04T04:59:00Z");

  final MutableClock clock = new MutableClock(DUE.minus(Duration.ofMinutes(30)));
  /** Instance A's briefing stops here, for good: the process was killed while it built the briefing. */
  final CountDownLatch aEntered = new CountDownLatch(1);
  final CountDownLatch aKilled = new CountDownLatch(1);
  DeliveryHarness a;
  DeliveryHarness b;
  Thread aRunner;

  @BeforeEach
  void open() {
    String url = Postgres.freshUrl();
    a = new DeliveryHarness(Database.connect(url, Optional.empty(), Optional.empty()), clock, "instance-a");
    b = new DeliveryHarness(Database.connect(url, Optional.empty(), Optional.empty()), clock, "instance-b");
    a.ranker = (candidates, now) -> {
      aEntered.countDown();
      try {
        aKilled.await();
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
      }
      throw new IllegalStateException("instance A was killed: this never returns in a real kill -9");
    };
  }

  @AfterEach
  void close() throws InterruptedException {
    aKilled.countDown();
    if (aRunner != null) aRunner.join(10_000);
    if (a != null) a.close();
    if (b != null) b.close();
  }

  @Test
  void aBriefingTakenOverAfterMidnightKeepsItsDayIsLateAndTheNextDayStillRuns() throws Exception {
    Channel c = a.channel("C1", NEW_YORK, "23:59");
    StorySummary story = StoryFixture.add(a.stores, "Rail strike", List.of("Harbor Times", "Techline"),
        List.of("What happened"), DUE.minus(Duration.ofHours(3)));
    a.start();
    b.start();
    assertEquals(Optional.of(DUE), b.engine.nextBriefing(c));

    // 23:59:00: instance A picks the briefing and dies building it; its heartbeats stop
    clock.set(DUE);
    aRunner = new Thread(() -> a.scheduler.runAnyDueExecutions(), "instance-a-scheduler");
    aRunner.setDaemon(true);
    aRunner.start();
    assertTrue(aEntered.await(30, TimeUnit.SECONDS), "instance A never started the briefing");
    b.scheduler.runAnyDueExecutions(); // picked by A: B has nothing to run yet
    assertFalse(b.delivery.history().lastRun(c.key()).isPresent());

    // 00:31:17 on Friday: the execution is found dead (no heartbeat for 30 minutes) and B takes it over
    Instant takeover = Instant.parse("2026-12-04T05:31:17Z");
    clock.set(takeover);
    b.scheduler.runDeadExecutionDetection();
    b.scheduler.runAnyDueExecutions();

    BriefingRun run = b.delivery.history().lastRun(c.key()).orElseThrow(() -> new AssertionError("not taken over"));
    assertEquals(LocalDate.of(2026, 12, 3), run.date(), "the briefing belongs to the day it was due for");
    assertEquals(DUE, run.scheduledFor());
    assertEquals(takeover, run.ranAt());
    assertTrue(run.late(), "32 minutes past its time is past the lateness limit");
    String banner = b.row(OutboxEntry.post(c.key(), DeliveryKind.BRIEFING, story.storyId(), story.storyVersion(),
        Optional.empty(), Instant.EPOCH).key()).orElseThrow().entry().banner().orElseThrow();
    // Herald was running all along (B was): the note says why the briefing is late, not that Herald was offline
    assertEquals("Daily briefing \u00b7 Thursday 3 December \u00b7 sent late: the instance due to send it at 23:59"
        + " did not finish", banner);

    // Friday's own briefing is due at 23:59 Friday, and runs, on time
    Instant friday = Instant.parse("2026-12-05T04:59:00Z");
    assertEquals(Optional.of(friday), b.engine.nextBriefing(c));
    b.ranker = new FakeRanker();
    b.runUntil(friday.plusSeconds(30), Duration.ofMinutes(15));
    BriefingRun next = b.delivery.history().lastRun(c.key()).orElseThrow();
    assertEquals(LocalDate.of(2026, 12, 4), next.date(), "Friday's briefing was skipped");
    assertEquals(friday, next.scheduledFor());
    assertFalse(next.late());
    assertTrue(b.delivery.history().ran(c.key(), LocalDate.of(2026, 12, 3)));
  }

  @Test
  void aTakeoverWithinTheLatenessLimitIsOnTimeAndStillThatDays() throws Exception {
    a.settings = a.settings.withBriefings(new DeliverySettings.Briefings(5, Duration.ofHours(24),
        Duration.ofMinutes(45), Duration.ofMinutes(60)));
    b.settings = a.settings;
    Channel c = a.channel("C1", NEW_YORK, "23:59");
    StoryFixture.add(a.stores, "Rail strike", List.of("Harbor Times", "Techline"), List.of("What happened"),
        DUE.minus(Duration.ofHours(3)));
    a.start();
    b.start();
    clock.set(DUE);
    aRunner = new Thread(() -> a.scheduler.runAnyDueExecutions(), "instance-a-scheduler");
    aRunner.setDaemon(true);
    aRunner.start();
    assertTrue(aEntered.await(30, TimeUnit.SECONDS), "instance A never started the briefing");

    clock.set(Instant.parse("2026-12-04T05:30:17Z")); // 00:30:17 Friday, within 45 minutes
    b.scheduler.runDeadExecutionDetection();
    b.scheduler.runAnyDueExecutions();

    BriefingRun run = b.delivery.history().lastRun(c.key()).orElseThrow(() -> new AssertionError("not taken over"));
    assertEquals(LocalDate.of(2026, 12, 3), run.date());
    assertEquals(DUE, run.scheduledFor());
    assertFalse(run.late());
    assertEquals(Optional.of(Instant.parse("2026-12-05T04:59:00Z")), b.engine.nextBriefing(c));
  }
}
