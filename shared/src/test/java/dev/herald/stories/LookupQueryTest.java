package dev.herald.stories;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class LookupQueryTest {
  /** Friday 27 Nov 2026, 07:30 UTC = 08:30 in Berlin. */
  private static final Instant NOW = Instant.parse("2026-11-27T07:30:00Z");
  private static final ZoneId BERLIN = ZoneId.of("Europe/Berlin");
  private static final Set<String> TOPICS = Set.of("climate", "ai");

  private static LookupQuery parse(String q) {
    return LookupQuery.parse(q, BERLIN, NOW, TOPICS);
  }

  private static Instant berlin(String localDateTime) {
    return java.time.LocalDateTime.parse(localDateTime).atZone(BERLIN).toInstant();
  }

  @Test
  void todayIsTheChannelsCalendarDay() {
    Period p = parse("rail strike today").period();
    assertEquals(new Period(berlin("2026-11-27T00:00"), berlin("2026-11-28T00:00"), "today"), p);
    assertEquals(List.of("rail", "strike"), parse("rail strike today").words());
  }

  @Test
  void yesterdayThisWeekAndLastWeek() {
    assertEquals(new Period(berlin("2026-11-26T00:00"), berlin("2026-11-27T00:00"), "yesterday"),
        parse("yesterday").period());
    assertEquals(new Period(berlin("2026-11-23T00:00"), berlin("2026-11-28T00:00"), "this week"),
        parse("storm this week").period());
    assertEquals(new Period(berlin("2026-11-16T00:00"), berlin("2026-11-23T00:00"), "last week"),
        parse("last week").period());
  }

  @Test
  void lastNDaysCountsTodayAsOne() {
    assertEquals(new Period(berlin("2026-11-25T00:00"), berlin("2026-11-28T00:00"), "the last 3 days"),
        parse("rail strike last 3 days").period());
    assertEquals(List.of("rail", "strike"), parse("rail strike last 3 days").words());
    assertEquals("the last 12 hours", parse("past 12 hours").period().words());
  }

  @Test
  void datesInTheFormsPeopleType() {
    Period nov26 = new Period(berlin("2026-11-26T00:00"), berlin("2026-11-27T00:00"), "26 Nov 2026");
    assertEquals(nov26, parse("2026-11-26").period());
    assertEquals(nov26, parse("storm 26 Nov").period());
    assertEquals(nov26, parse("November 26").period());
    assertEquals(nov26, parse("26th november 2026").period());
    assertEquals(List.of("storm"), parse("storm 26 Nov").words());
  }

  @Test
  void aDateWithoutAYearIsTheLatestOneNotAfterToday() {
    assertEquals("28 Nov 2025", parse("28 Nov").period().words());
  }

  @Test
  void aWeekdayIsTheLatestOne() {
    assertEquals(new Period(berlin("2026-11-23T00:00"), berlin("2026-11-24T00:00"), "Monday 23 Nov 2026"),
        parse("on monday").period());
  }

  @Test
  void topicNamesAreTopicsAndFillerIsDropped() {
    LookupQuery q = parse("latest climate news about glaciers");
    assertEquals(List.of("climate"), q.topics());
    assertEquals(List.of("glaciers"), q.words());
    assertEquals(Period.ANY_TIME, q.period());
  }

  @Test
  void impossibleDatesAreJustWords() {
    LookupQuery q = parse("2026-13-45");
    assertEquals(Period.ANY_TIME, q.period());
  }
}
