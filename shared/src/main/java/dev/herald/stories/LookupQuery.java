package dev.herald.stories;

import dev.herald.text.Tokens;
import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * What a user typed after {@code /brief}, split into a time expression, topic names and free-text words. Understood
 * time expressions (case-insensitive, anywhere in the query, the first one wins): {@code today}, {@code yesterday},
 * {@code this week}, {@code last week}, {@code last|past N days}, {@code last|past N hours}, {@code last|past day},
 * a weekday ({@code monday}: the latest one, today included), and a date: {@code 2026-11-26}, {@code 26 Nov},
 * {@code 26 November 2026}, {@code Nov 26}, {@code November 26, 2026}. A date without a year is the latest such date
 * not after today. Days are the channel's days (its zone). Without a time expression a query covers any time.
 *
 * @param words free-text words to search for (stop words and filler such as "news" removed)
 * @param topics known topic names the query named
 * @param terms the query as typed, without the time expression, for messages
 */
record LookupQuery(List<String> words, List<String> topics, Period period, String terms) {
  private static final String MONTHS =
      "jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sep(?:t(?:ember)?)?|oct(?:ober)?"
          + "|nov(?:ember)?|dec(?:ember)?";
  private static final Pattern ISO_DATE = Pattern.compile("\\b(\\d{4})-(\\d{2})-(\\d{2})\\b");
  private static final Pattern DAY_MONTH =
      Pattern.compile("\\b(\\d{1,2})(?:st|nd|rd|th)?\\s+(" + MONTHS + ")\\b\\.?(?:,?\\s+(\\d{4})\\b)?");
  private static final Pattern MONTH_DAY =
      Pattern.compile("\\b(" + MONTHS + ")\\.?\\s+(\\d{1,2})(?:st|nd|rd|th)?\\b(?:,?\\s+(\\d{4})\\b)?");
  private static final Pattern LAST_N =
      Pattern.compile("\\b(?:in\\s+the\\s+|over\\s+the\\s+)?(?:last|past)\\s+(\\d{1,3})\\s+(days?|hours?)\\b");
  private static final Pattern LAST_DAY = Pattern.compile("\\b(?:in\\s+the\\s+)?(?:last|past)\\s+day\\b");
  private static final Pattern WEEKDAY =
      Pattern.compile("\\b(?:on\\s+|last\\s+)?(monday|tuesday|wednesday|thursday|friday|saturday|sunday)\\b");
  private static final Pattern WORD_PERIOD = Pattern.compile("\\b(today|yesterday|this\\s+week|last\\s+week)\\b");
  private static final DateTimeFormatter SAY_DATE = DateTimeFormatter.ofPattern("d MMM uuuu", Locale.ENGLISH);
  private static final Set<String> FILLER =
      Set.of("news", "stories", "story", "latest", "update", "updates", "anything", "headlines", "brief", "briefing");
  private static final int MAX_DAYS = 366;

  LookupQuery {
    words = List.copyOf(words);
    topics = List.copyOf(topics);
  }

  /** Parses {@code query} at {@code now} in {@code zone}; {@code topicNames} are the known topics. */
  static LookupQuery parse(String query, ZoneId zone, Instant now, Collection<String> topicNames) {
    String text = query.strip().toLowerCase(Locale.ROOT);
    ZonedDateTime local = now.atZone(zone);
    Optional<Match> m = timeExpression(text, local);
    Period period = m.map(Match::period).orElse(Period.ANY_TIME);
    String rest = m.map(x -> text.substring(0, x.start()) + " " + text.substring(x.end())).orElse(text);
    List<String> words = new ArrayList<>();
    List<String> topics = new ArrayList<>();
    for (String w : Tokens.words(rest)) {
      if (topicNames.contains(w)) {
        if (!topics.contains(w)) topics.add(w);
      } else if (!Tokens.STOP_WORDS.contains(w) && !FILLER.contains(w) && !words.contains(w)) {
        words.add(w);
      }
    }
    return new LookupQuery(words, topics, period, rest.strip().replaceAll("\\s+", " "));
  }

  private record Match(int start, int end, Period period) {}

  private static Optional<Match> timeExpression(String text, ZonedDateTime now) {
    ZoneId zone = now.getZone();
    LocalDate today = now.toLocalDate();
    List<Match> found = new ArrayList<>();
    Matcher m = WORD_PERIOD.matcher(text);
    if (m.find()) {
      String w = m.group(1).replaceAll("\\s+", " ");
      Period p = switch (w) {
        case "today" -> days(today, today, zone, "today");
        case "yesterday" -> days(today.minusDays(1), today.minusDays(1), zone, "yesterday");
        case "this week" -> days(today.with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY)), today, zone,
            "this week");
        default -> {
          LocalDate monday = today.with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY)).minusWeeks(1);
          yield days(monday, monday.plusDays(6), zone, "last week");
        }
      };
      found.add(new Match(m.start(), m.end(), p));
    }
    m = LAST_N.matcher(text);
    if (m.find()) {
      int n = Math.max(1, Math.min(Integer.parseInt(m.group(1)), m.group(2).startsWith("hour") ? 24 * MAX_DAYS
          : MAX_DAYS));
      Period p = m.group(2).startsWith("hour")
          ? new Period(now.toInstant().minusSeconds(3600L * n), now.toInstant().plusSeconds(1),
              "the last " + n + (n == 1 ? " hour" : " hours"))
          : days(today.minusDays(n - 1), today, zone, n == 1 ? "today" : "the last " + n + " days");
      found.add(new Match(m.start(), m.end(), p));
    }
    m = LAST_DAY.matcher(text);
    if (m.find()) {
      found.add(new Match(m.start(), m.end(),
          new Period(now.toInstant().minusSeconds(86_400), now.toInstant().plusSeconds(1), "the last day")));
    }
    Matcher iso = ISO_DATE.matcher(text);
    if (iso.find()) {
      date(Integer.parseInt(iso.group(1)), Integer.parseInt(iso.group(2)), Integer.parseInt(iso.group(3)))
          .ifPresent(d -> found.add(new Match(iso.start(), iso.end(), days(d, d, zone, SAY_DATE.format(d)))));
    }
    Matcher dm = DAY_MONTH.matcher(text);
    if (dm.find()) {
      dated(dm.group(2), dm.group(1), dm.group(3), today)
          .ifPresent(d -> found.add(new Match(dm.start(), dm.end(), days(d, d, zone, SAY_DATE.format(d)))));
    }
    Matcher md = MONTH_DAY.matcher(text);
    if (md.find()) {
      dated(md.group(1), md.group(2), md.group(3), today)
          .ifPresent(d -> found.add(new Match(md.start(), md.end(), days(d, d, zone, SAY_DATE.format(d)))));
    }
    m = WEEKDAY.matcher(text);
    if (m.find()) {
      DayOfWeek dow = DayOfWeek.valueOf(m.group(1).toUpperCase(Locale.ROOT));
      LocalDate d = today.with(TemporalAdjusters.previousOrSame(dow));
      String say = m.group(1).substring(0, 1).toUpperCase(Locale.ROOT) + m.group(1).substring(1);
      found.add(new Match(m.start(), m.end(), days(d, d, zone, say + " " + SAY_DATE.format(d))));
    }
    return found.stream().min((a, b) -> Integer.compare(a.start(), b.start()));
  }

  private static Optional<LocalDate> dated(String month, String day, String year, LocalDate today) {
    int mo = monthNumber(month);
    int d = Integer.parseInt(day);
    if (year != null) return date(Integer.parseInt(year), mo, d);
    Optional<LocalDate> thisYear = date(today.getYear(), mo, d);
    if (thisYear.isPresent() && !thisYear.get().isAfter(today)) return thisYear;
    return date(today.getYear() - 1, mo, d);
  }

  private static int monthNumber(String month) {
    Map<String, Integer> byPrefix = Map.ofEntries(Map.entry("jan", 1), Map.entry("feb", 2), Map.entry("mar", 3),
        Map.entry("apr", 4), Map.entry("may", 5), Map.entry("jun", 6), Map.entry("jul", 7), Map.entry("aug", 8),
        Map.entry("sep", 9), Map.entry("oct", 10), Map.entry("nov", 11), Map.entry("dec", 12));
    return byPrefix.get(month.substring(0, 3));
  }

  private static Optional<LocalDate> date(int y, int m, int d) {
    try {
      return Optional.of(LocalDate.of(y, m, d));
    } catch (java.time.DateTimeException e) {
      return Optional.empty();
    }
  }

  /** Whole days {@code first..last} in {@code zone}. */
  private static Period days(LocalDate first, LocalDate last, ZoneId zone, String words) {
    return new Period(first.atStartOfDay(zone).toInstant(), last.plusDays(1).atStartOfDay(zone).toInstant(), words);
  }
}
