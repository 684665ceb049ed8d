package dev.herald.delivery;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.herald.model.Channel;
import dev.herald.model.DeliveryKind;
import dev.herald.model.StorySummary;
import dev.herald.store.BriefingRun;
import dev.herald.store.OutboxEntry;
import dev.herald.store.OutboxRow;
import dev.herald.testing.StoryFixture;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.TreeSet;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Daily briefings through the real db-scheduler on a real SQLite file, with the clock moved by hand: one briefing
 * per local day across daylight-saving changes, a missed briefing sent late once after downtime, never twice.
 */
class BriefingScheduleTest {
  @TempDir Path dir;
  DeliveryHarness h;

  @AfterEach
  void close() {
    if (h != null) h.close();
  }

  @ParameterizedTest(name = "{0} at {1}, {2} to {3}")
  @CsvSource({
      "Asia/Seoul, 08:00, 2026-03-05T00:00:00Z, 2026-03-12T00:00:00Z",
      "America/New_York, 02:30, 2026-03-05T00:00:00Z, 2026-03-12T00:00:00Z",
      "America/New_York, 01:30, 2026-10-29T00:00:00Z, 2026-11-05T00:00:00Z",
      "Europe/London, 01:30, 2026-03-26T00:00:00Z, 2026-04-01T00:00:00Z",
      "Europe/London, 01:30, 2026-10-22T00:00:00Z, 2026-10-28T00:00:00Z",
      "Australia/Lord_Howe, 02:15, 2026-10-01T00:00:00Z, 2026-10-07T00:00:00Z",
      "Australia/Lord_Howe, 01:45, 2026-04-02T00:00:00Z, 2026-04-08T00:00:00Z"})
  void oneBriefingPerLocalDayAcrossDaylightSavingChanges(String zone, String at, String from, String to) {
    h = new DeliveryHarness(dir.resolve("herald.db"), Instant.parse(from));
    Channel c = h.channel("C1", ZoneId.of(zone), at);
    h.start();
    DailySchedule s = new DailySchedule(c.briefingAt().orElseThrow(), c.zone());
    TreeSet<Instant> seen = new TreeSet<>();
    while (h.clock.instant().isBefore(Instant.parse(to))) {
      h.engine.nextBriefing(c).ifPresent(seen::add);
      h.runUntil(h.clock.instant().plus(Duration.ofMinutes(15)), Duration.ofMinutes(15));
    }
    // the scheduler was due exactly at each day's occurrence, no other time
    List<Instant> expected = DailyScheduleTest.walk(s, Instant.parse(from).minusNanos(1), seen.last().plusNanos(1));
    assertEquals(expected, List.copyOf(seen));
    // and every day in between ran exactly once, on time, with its one message
    LocalDate first = s.dayOf(expected.get(0));
    LocalDate last = s.dayOf(expected.get(expected.size() - 2));
    for (LocalDate d = first; !d.isAfter(last); d = d.plusDays(1)) {
      assertTrue(h.delivery.history().ran(c.key(), d), "no briefing on " + d);
      OutboxRow notice = h.row(OutboxEntry.notice(c.key(), d.toEpochDay(), "x", Instant.EPOCH).key()).orElseThrow();
      assertFalse(notice.entry().banner().orElseThrow().contains("late"), notice.entry().banner().get());
    }
    BriefingRun lastRun = h.delivery.history().lastRun(c.key()).orElseThrow();
    assertFalse(lastRun.late());
    assertTrue(Duration.between(lastRun.scheduledFor(), lastRun.ranAt()).compareTo(Duration.ofMinutes(15)) <= 0);
  }

  @Test
  void aBriefingMissedWhileDownIsSentLateOnceWithANote() {
    h = new DeliveryHarness(dir.resolve("herald.db"), Instant.parse("2026-06-01T06:00:00Z"));
    Channel c = h.channel("C1", ZoneId.of("Europe/London"), "08:00");
    StorySummary story = StoryFixture.add(h.stores, "Rail strike", List.of("Harbor Times", "Techline"),
        List.of("What happened"), Instant.parse("2026-06-01T05:00:00Z"));
    h.start();
    h.runUntil(Instant.parse("2026-06-01T12:00:00Z"), Duration.ofMinutes(10));
    assertTrue(h.delivery.history().ran(c.key(), LocalDate.of(2026, 6, 1)));
    assertTrue(h.row(OutboxEntry.post(c.key(), DeliveryKind.BRIEFING, story.storyId(), story.storyVersion(),
        Optional.empty(), Instant.EPOCH).key()).isPresent());

    // down from Monday noon to Thursday 10:00: Tuesday's, Wednesday's and Thursday's briefings were missed
    h.crash();
    h.clock.set(Instant.parse("2026-06-04T09:00:00Z"));
    StorySummary later = StoryFixture.add(h.stores, "Port reopens", List.of("Harbor Times"), List.of("What happened"),
        Instant.parse("2026-06-03T12:00:00Z"));
    h.start();
    h.scheduler.runAnyDueExecutions();
    h.scheduler.runAnyDueExecutions();

    BriefingRun late = h.delivery.history().lastRun(c.key()).orElseThrow();
    assertTrue(late.late());
    assertEquals(Instant.parse("2026-06-02T07:00:00Z"), late.scheduledFor());
    assertEquals(1, late.stories());
    OutboxRow sent = h.row(OutboxEntry.post(c.key(), DeliveryKind.BRIEFING, later.storyId(), later.storyVersion(),
        Optional.empty(), Instant.EPOCH).key()).orElseThrow();
    assertEquals("Daily briefing \u00b7 Tuesday 2 June \u00b7 sent late: Herald was offline at 08:00",
        sent.entry().banner().orElseThrow());
    assertFalse(h.delivery.history().ran(c.key(), LocalDate.of(2026, 6, 3)));
    assertFalse(h.delivery.history().ran(c.key(), LocalDate.of(2026, 6, 4)));
    // the next one is Friday at 08:00, on time
    assertEquals(Optional.of(Instant.parse("2026-06-05T07:00:00Z")), h.engine.nextBriefing(c));
    h.runUntil(Instant.parse("2026-06-05T08:00:00Z"), Duration.ofMinutes(10));
    BriefingRun friday = h.delivery.history().lastRun(c.key()).orElseThrow();
    assertEquals(LocalDate.of(2026, 6, 5), friday.date());
    assertFalse(friday.late());
  }

  @Test
  void aMissedBriefingWhoseNextOneIsCloseIsFoldedIntoIt() {
    h = new DeliveryHarness(dir.resolve("herald.db"), Instant.parse("2026-06-01T06:00:00Z"));
    Channel c = h.channel("C1", ZoneId.of("UTC"), "08:00");
    h.start();
    h.runUntil(Instant.parse("2026-06-01T09:00:00Z"), Duration.ofMinutes(10));
    h.crash();
    h.clock.set(Instant.parse("2026-06-02T07:30:00Z")); // 08:00 on the 2nd is 30 minutes away
    h.start();
    h.scheduler.runAnyDueExecutions();
    assertEquals(LocalDate.of(2026, 6, 1), h.delivery.history().lastRun(c.key()).orElseThrow().date());
    h.runUntil(Instant.parse("2026-06-02T08:10:00Z"), Duration.ofMinutes(5));
    BriefingRun run = h.delivery.history().lastRun(c.key()).orElseThrow();
    assertEquals(LocalDate.of(2026, 6, 2), run.date());
    assertFalse(run.late());
  }

  @Test
  void aBriefingThatFailsAt2359AndIsRetriedAfterMidnightKeepsItsDay() {
    h = new DeliveryHarness(dir.resolve("herald.db"), Instant.parse("2026-06-01T23:00:00Z"));
    Channel c = h.channel("C1", ZoneId.of("UTC"), "23:59");
    StoryFixture.add(h.stores, "Rail strike", List.of("Harbor Times"), List.of("What happened"),
        Instant.parse("2026-06-01T20:00:00Z"));
    java.util.concurrent.atomic.AtomicInteger failures = new java.util.concurrent.atomic.AtomicInteger(2);
    h.ranker = (candidates, now) -> {
      if (failures.getAndDecrement() > 0) throw new IllegalStateException("the database is busy");
      return new dev.herald.testing.FakeRanker().rank(candidates, now);
    };
    h.start();
    h.runUntil(Instant.parse("2026-06-02T00:03:00Z"), Duration.ofMinutes(1)); // fails at 23:59 and 00:00, then runs

    BriefingRun run = h.delivery.history().lastRun(c.key()).orElseThrow();
    assertEquals(LocalDate.of(2026, 6, 1), run.date());
    assertEquals(Instant.parse("2026-06-01T23:59:00Z"), run.scheduledFor());
    assertFalse(run.late());
    assertEquals(Optional.of(Instant.parse("2026-06-02T23:59:00Z")), h.engine.nextBriefing(c));
  }

  @Test
  void anExecutionStoredWithoutItsDueTimeDerivesItFromTheSchedule() {
    h = new DeliveryHarness(dir.resolve("herald.db"), Instant.parse("2026-06-01T23:00:00Z"));
    Channel c = h.channel("C1", ZoneId.of("UTC"), "23:59");
    h.start();
    // as an older Herald stored it, revived after midnight by db-scheduler
    h.scheduler.reschedule(com.github.kagkarlsson.scheduler.task.TaskInstanceId.of(PersistentSchedule.BRIEFING,
        c.key().toString()), Instant.parse("2026-06-02T00:01:15Z"), null);
    h.clock.set(Instant.parse("2026-06-02T00:01:15Z"));
    h.scheduler.runAnyDueExecutions();

    BriefingRun run = h.delivery.history().lastRun(c.key()).orElseThrow();
    assertEquals(LocalDate.of(2026, 6, 1), run.date());
    assertEquals(Instant.parse("2026-06-01T23:59:00Z"), run.scheduledFor());
    assertEquals(Optional.of(Instant.parse("2026-06-02T23:59:00Z")), h.engine.nextBriefing(c));
  }

  @Test
  void runningTheSameOccurrenceTwiceSendsOnce() {
    h = new DeliveryHarness(dir.resolve("herald.db"), Instant.parse("2026-06-01T08:00:00Z"));
    Channel c = h.channel("C1", ZoneId.of("UTC"), "08:00");
    StoryFixture.add(h.stores, "Rail strike", List.of("Harbor Times"), List.of("What happened"),
        Instant.parse("2026-06-01T05:00:00Z"));
    h.start();
    Instant due = Instant.parse("2026-06-01T08:00:00Z");
    h.clock.set(due.plusSeconds(5));
    assertTrue(h.engine.briefNow(c.key(), due));
    assertFalse(h.engine.briefNow(c.key(), due)); // a revived execution after a crash
    assertEquals(1, h.delivery.outbox().unsent(c.key()));
  }

  @Test
  void movingTheTimeLaterAfterTodaysBriefingWaitsForTomorrow() {
    h = new DeliveryHarness(dir.resolve("herald.db"), Instant.parse("2026-06-01T06:00:00Z"));
    Channel c = h.channel("C1", ZoneId.of("UTC"), "08:00");
    h.start();
    h.runUntil(Instant.parse("2026-06-01T09:00:00Z"), Duration.ofMinutes(10));
    Channel evening = c.withBriefingAt(Optional.of(java.time.LocalTime.of(18, 0)), c.zone());
    h.stores.channels().save(evening);
    h.engine.scheduleChanged(evening);
    assertEquals(Optional.of(Instant.parse("2026-06-02T18:00:00Z")), h.engine.nextBriefing(evening));
    Channel off = evening.withBriefingAt(Optional.empty(), c.zone());
    h.stores.channels().save(off);
    h.engine.scheduleChanged(off);
    assertEquals(Optional.empty(), h.engine.nextBriefing(off));
  }

  @Test
  void schedulesFollowChannelsChangedWhileHeraldWasStopped() {
    h = new DeliveryHarness(dir.resolve("herald.db"), Instant.parse("2026-06-01T06:00:00Z"));
    Channel c = h.channel("C1", ZoneId.of("Asia/Seoul"), "08:00");
    h.start();
    h.stop();
    h.stores.channels().save(c.withBriefingAt(Optional.of(java.time.LocalTime.of(9, 30)), c.zone()));
    Channel added = h.channel("C2", ZoneId.of("America/New_York"), "07:00");
    h.start();
    assertEquals(Optional.of(Instant.parse("2026-06-02T00:30:00Z")),
        h.engine.nextBriefing(h.stores.channels().find(c.key()).orElseThrow()));
    assertEquals(Optional.of(Instant.parse("2026-06-01T11:00:00Z")), h.engine.nextBriefing(added));
  }
}
