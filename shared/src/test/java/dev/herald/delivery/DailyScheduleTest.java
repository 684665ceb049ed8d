package dev.herald.delivery;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class DailyScheduleTest {
  static final ZoneId SEOUL = ZoneId.of("Asia/Seoul");
  static final ZoneId NEW_YORK = ZoneId.of("America/New_York");
  static final ZoneId LONDON = ZoneId.of("Europe/London");
  static final ZoneId LORD_HOWE = ZoneId.of("Australia/Lord_Howe");

  /** Every occurrence in [from, to) by walking next(), as a real scheduler would. */
  static List<Instant> walk(DailySchedule s, Instant from, Instant to) {
    List<Instant> out = new ArrayList<>();
    Instant t = s.next(from);
    while (t.isBefore(to)) {
      out.add(t);
      t = s.next(t);
    }
    return out;
  }

  @ParameterizedTest(name = "{0} at {1}")
  @CsvSource({
      "Asia/Seoul, 08:00", "Asia/Seoul, 00:00",
      "America/New_York, 08:00", "America/New_York, 02:30", "America/New_York, 01:30", "America/New_York, 00:00",
      "Europe/London, 08:00", "Europe/London, 01:30", "Europe/London, 01:00",
      "Australia/Lord_Howe, 08:00", "Australia/Lord_Howe, 02:15", "Australia/Lord_Howe, 01:45",
      "Australia/Lord_Howe, 02:00", "Pacific/Apia, 08:00"})
  void exactlyOneBriefingPerLocalDayForThreeYears(String zone, String at) {
    DailySchedule s = new DailySchedule(LocalTime.parse(at), ZoneId.of(zone));
    // Samoa skipped 30 December 2011 when it moved across the date line
    boolean samoa = zone.equals("Pacific/Apia");
    Instant from = Instant.parse(samoa ? "2011-01-01T00:00:00Z" : "2024-01-01T00:00:00Z");
    Instant to = Instant.parse(samoa ? "2013-01-01T00:00:00Z" : "2027-01-01T00:00:00Z");
    List<Instant> all = walk(s, from, to);
    Set<LocalDate> days = new HashSet<>();
    for (int i = 0; i < all.size(); i++) {
      LocalDate day = s.dayOf(all.get(i));
      assertTrue(days.add(day), "two briefings on " + day + " in " + zone);
      if (i > 0) {
        Duration gap = Duration.between(all.get(i - 1), all.get(i));
        // consecutive days: 24 h give or take one DST shift (an hour, or Lord Howe's half hour); Samoa skipped a day
        assertTrue(gap.compareTo(Duration.ofHours(22)) >= 0 && gap.compareTo(Duration.ofHours(49)) <= 0,
            "gap " + gap + " before " + all.get(i) + " in " + zone);
      }
    }
    // no local day in the span lacks its briefing, except a day the zone skipped entirely
    LocalDate first = s.dayOf(all.get(0));
    LocalDate last = s.dayOf(all.get(all.size() - 1));
    for (LocalDate d = first; !d.isAfter(last); d = d.plusDays(1)) {
      boolean skippedDay = samoa && d.equals(LocalDate.of(2011, 12, 30));
      assertEquals(!skippedDay, days.contains(d), "briefing on " + d + " in " + zone);
    }
  }

  @Test
  void seoulHasNoDaylightSavingSoEveryBriefingIsAt0800Kst() {
    DailySchedule s = new DailySchedule(LocalTime.of(8, 0), SEOUL);
    for (Instant t : walk(s, Instant.parse("2026-01-01T00:00:00Z"), Instant.parse("2027-01-01T00:00:00Z"))) {
      assertEquals(LocalTime.of(8, 0), t.atZone(SEOUL).toLocalTime());
      assertEquals(LocalTime.of(23, 0), t.atZone(ZoneId.of("UTC")).toLocalTime());
    }
  }

  @Test
  void newYorkSpringForwardMovesASkippedTimeOnByTheGap() {
    // 2026-03-08: 02:00 EST jumps to 03:00 EDT; 02:30 does not exist that day
    DailySchedule s = new DailySchedule(LocalTime.of(2, 30), NEW_YORK);
    Instant t = s.next(Instant.parse("2026-03-07T12:00:00Z"));
    assertEquals(ZonedDateTime.of(2026, 3, 8, 3, 30, 0, 0, NEW_YORK).toInstant(), t);
    assertEquals(LocalDate.of(2026, 3, 8), s.dayOf(t));
    assertEquals(ZonedDateTime.of(2026, 3, 9, 2, 30, 0, 0, NEW_YORK).toInstant(), s.next(t));
  }

  @Test
  void newYorkFallBackSendsARepeatedTimeOnceAtItsFirstOccurrence() {
    // 2026-11-01: 02:00 EDT falls back to 01:00 EST; 01:30 happens twice
    DailySchedule s = new DailySchedule(LocalTime.of(1, 30), NEW_YORK);
    Instant first = s.next(Instant.parse("2026-10-31T12:00:00Z"));
    assertEquals(Instant.parse("2026-11-01T05:30:00Z"), first); // 01:30 EDT
    Instant next = s.next(first);
    assertEquals(Instant.parse("2026-11-02T06:30:00Z"), next); // not 06:30Z on the 1st (01:30 EST)
    assertEquals(Duration.ofHours(25), Duration.between(first, next));
  }

  @Test
  void londonBriefingsStayAtLocalTimeAcrossBothChanges() {
    DailySchedule s = new DailySchedule(LocalTime.of(8, 0), LONDON);
    List<Instant> march = walk(s, Instant.parse("2026-03-27T00:00:00Z"), Instant.parse("2026-03-31T00:00:00Z"));
    assertEquals(List.of(Instant.parse("2026-03-27T08:00:00Z"), Instant.parse("2026-03-28T08:00:00Z"),
        Instant.parse("2026-03-29T07:00:00Z"), Instant.parse("2026-03-30T07:00:00Z")), march);
    List<Instant> october = walk(s, Instant.parse("2026-10-24T00:00:00Z"), Instant.parse("2026-10-27T00:00:00Z"));
    assertEquals(List.of(Instant.parse("2026-10-24T07:00:00Z"), Instant.parse("2026-10-25T08:00:00Z"),
        Instant.parse("2026-10-26T08:00:00Z")), october);
  }

  @Test
  void lordHoweHalfHourShiftsNeitherSkipNorDouble() {
    // Lord Howe: +10:30 standard, +11:00 in summer; 2026-10-04 02:00 -> 02:30, 2026-04-05 02:00 -> 01:30
    DailySchedule spring = new DailySchedule(LocalTime.of(2, 15), LORD_HOWE);
    Instant gapDay = spring.next(Instant.parse("2026-10-03T00:00:00Z"));
    assertEquals(LocalDateTime.of(2026, 10, 4, 2, 45), LocalDateTime.ofInstant(gapDay, LORD_HOWE));
    assertEquals(LocalDate.of(2026, 10, 4), spring.dayOf(gapDay));

    DailySchedule autumn = new DailySchedule(LocalTime.of(1, 45), LORD_HOWE);
    List<Instant> days = walk(autumn, Instant.parse("2026-04-03T00:00:00Z"), Instant.parse("2026-04-07T00:00:00Z"));
    assertEquals(4, days.size());
    Instant overlapDay = days.stream().filter(t -> autumn.dayOf(t).equals(LocalDate.of(2026, 4, 5))).findFirst()
        .orElseThrow();
    assertEquals(Instant.parse("2026-04-04T14:45:00Z"), overlapDay); // 01:45 at +11:00, the first of the two
    assertEquals(Duration.ofMinutes(24 * 60 + 30), Duration.between(overlapDay, autumn.next(overlapDay)));
  }

  @Test
  void aDayAlreadyBriefedIsNeverBriefedAgainWhenTheTimeMovesLater() {
    DailySchedule s = new DailySchedule(LocalTime.of(18, 0), LONDON);
    Instant tenAm = Instant.parse("2026-06-10T09:00:00Z");
    assertEquals(Instant.parse("2026-06-10T17:00:00Z"), s.next(tenAm));
    assertEquals(Instant.parse("2026-06-11T17:00:00Z"), s.next(tenAm, Optional.of(LocalDate.of(2026, 6, 10))));
  }

  @Test
  void previousIsTheOccurrenceARunBelongsTo() {
    DailySchedule s = new DailySchedule(LocalTime.of(8, 0), SEOUL);
    Instant due = Instant.parse("2026-06-10T23:00:00Z");
    assertEquals(due, s.previous(due));
    assertEquals(due, s.previous(due.plusSeconds(3600 * 5)));
  }
}
