package dev.herald.delivery;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.Objects;
import java.util.Optional;

/**
 * A channel's daily briefing time, {@code HH:MM} in an IANA zone, as instants: exactly one per local day.
 *
 * <p>Daylight-saving days: a time that falls in a gap (the clocks skip it) happens at the same offset into the day,
 * later by the gap (02:30 on a New York spring-forward day is 03:30 EDT; on a Lord Howe day, whose clocks move by 30
 * minutes, 02:15 becomes 02:45); a time that happens twice (the clocks go back) happens once, at the first of the
 * two. A day the zone skipped entirely (Samoa, 30 December 2011) has no briefing of its own, so the instants stay
 * strictly increasing. Pure and thread-safe.
 */
record DailySchedule(LocalTime at, ZoneId zone) {
  public DailySchedule {
    Objects.requireNonNull(at, "at == null");
    Objects.requireNonNull(zone, "zone == null");
  }

  /** The occurrence belonging to the local day {@code date}. */
  public Instant occurrence(LocalDate date) {
    // ZonedDateTime.of moves a time in a gap forward by the gap's length and picks the earlier offset in an overlap
    return ZonedDateTime.of(date, at, zone).toInstant();
  }

  /** The local day an instant falls on in this zone. */
  public LocalDate dateOf(Instant instant) {
    return instant.atZone(zone).toLocalDate();
  }

  /**
   * The local day an occurrence belongs to: usually its own date, but the day before when a gap pushed it past
   * midnight. For an instant that is no occurrence (the schedule changed), its own date.
   */
  public LocalDate dayOf(Instant occurrence) {
    LocalDate own = dateOf(occurrence);
    if (occurrence(own).equals(occurrence)) return own;
    if (occurrence(own.minusDays(1)).equals(occurrence)) return own.minusDays(1);
    return own;
  }

  /** The first occurrence strictly after {@code after}. */
  public Instant next(Instant after) {
    return next(after, Optional.empty());
  }

  /**
   * The first occurrence strictly after {@code after} whose local day is later than {@code lastDay}, the day of the
   * channel's last briefing, so that changing the time after today's briefing never makes a second one today.
   */
  public Instant next(Instant after, Optional<LocalDate> lastDay) {
    LocalDate date = dateOf(after).minusDays(1);
    if (lastDay.isPresent() && !lastDay.get().isBefore(date)) date = lastDay.get().plusDays(1);
    while (true) {
      Instant candidate = occurrence(date);
      if (candidate.isAfter(after)) return candidate;
      date = date.plusDays(1);
    }
  }

  /** The latest occurrence at or before {@code at}: the one a briefing run at {@code at} is for. */
  public Instant previous(Instant when) {
    LocalDate date = dateOf(when).plusDays(1);
    while (true) {
      Instant candidate = occurrence(date);
      if (!candidate.isAfter(when)) return candidate;
      date = date.minusDays(1);
    }
  }
}
