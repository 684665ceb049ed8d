package dev.herald.feeds;

import java.time.DateTimeException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Feed dates to UTC instants: RFC 822 and its broken variants (two-digit years, swapped day and month, missing seconds
 * or zone, named zones), W3C-DTF / ISO 8601 (including the compact and ordinal forms), asctime, Perforce, and the
 * Greek, Hungarian and Korean forms found in the wild. A value out of range or with trailing garbage is unreadable
 * ({@link Optional#empty()}), never a guess. A missing zone means UTC. Stateless and thread-safe.
 */
public final class FeedDates {
  private static final Map<String, Integer> MONTHS = Map.ofEntries(
      Map.entry("jan", 1), Map.entry("feb", 2), Map.entry("mar", 3), Map.entry("apr", 4), Map.entry("may", 5),
      Map.entry("jun", 6), Map.entry("jul", 7), Map.entry("aug", 8), Map.entry("sep", 9), Map.entry("oct", 10),
      Map.entry("nov", 11), Map.entry("dec", 12), Map.entry("sept", 9));
  private static final Map<String, Integer> ZONES_MINUTES = Map.ofEntries(
      Map.entry("ut", 0), Map.entry("utc", 0), Map.entry("gmt", 0), Map.entry("z", 0), Map.entry("wet", 0),
      Map.entry("adt", -180), Map.entry("ast", -240), Map.entry("at", -240),
      Map.entry("edt", -240), Map.entry("est", -300), Map.entry("et", -300),
      Map.entry("cdt", -300), Map.entry("cst", -360), Map.entry("ct", -360),
      Map.entry("mdt", -360), Map.entry("mst", -420), Map.entry("mt", -420),
      Map.entry("pdt", -420), Map.entry("pst", -480), Map.entry("pt", -480),
      Map.entry("akst", -540), Map.entry("akdt", -480), Map.entry("hst", -600),
      Map.entry("a", -60), Map.entry("n", 60), Map.entry("m", -720), Map.entry("y", 720),
      Map.entry("met", 60), Map.entry("mest", 120), Map.entry("cet", 60), Map.entry("cest", 120),
      Map.entry("bst", 60), Map.entry("ist", 330), Map.entry("eet", 120), Map.entry("eest", 180),
      Map.entry("msk", 180), Map.entry("jst", 540), Map.entry("kst", 540), Map.entry("hkt", 480),
      Map.entry("sgt", 480), Map.entry("aest", 600), Map.entry("aedt", 660), Map.entry("acst", 570),
      Map.entry("awst", 480), Map.entry("nzst", 720), Map.entry("nzdt", 780), Map.entry("pkt", 300));
  private static final Pattern WHITESPACE = Pattern.compile("\\s+");
  private static final Pattern W3C = Pattern.compile(
      "(\\d{4})(?:-(\\d{2})(?:-(\\d{2})(?:[T ](\\d{1,2}):(\\d{2})(?::(\\d{2})(?:[.,](\\d+))?)?"
          + " ?(Z|[+-]\\d{2}:?\\d{2}|[+-]\\d{2})?)?)?)?");
  private static final Pattern ISO_DATE = Pattern.compile(
      "(?:(\\d{4})-?(\\d{2})-?(\\d{2})|(\\d{4})-0(\\d{2})-?(\\d{2})|(\\d{4})-(\\d{2})|(\\d{4})-?(\\d{3})"
          + "|(\\d{2})-?(\\d{2})-?(\\d{2})|(\\d{2})-?(\\d{3})|(\\d{4})|-(\\d{2})-?(\\d{2}))"
          + "(?:T?(\\d{2}):(\\d{2})(?::(\\d{2})(?:\\.\\d+)?)?(Z|[+-]\\d{2}(?::?\\d{2})?)?)?");
  private static final Pattern ASCTIME = Pattern.compile(
      "(?:[A-Za-z]{3},?\\s+)?([A-Za-z]{3})\\s+(\\d{1,2})\\s+(\\d{1,2}:\\d{2}:\\d{2})\\s+(?:([+-]\\d{4})\\s+)?(\\d{4})");
  private static final Pattern PERFORCE = Pattern.compile(
      "(?:[A-Za-z]{3},\\s+)?(\\d{4})/(\\d{2})/(\\d{2})\\s+(\\d{2}:\\d{2}:\\d{2})\\s+([A-Za-z]+)");
  private FeedDates() {}

  /** Any supported form, tried from the most to the least common. */
  public static Optional<Instant> parse(String text) {
    if (text == null) return Optional.empty();
    String s = text.strip();
    if (s.isEmpty() || s.length() > 100) return Optional.empty();
    Optional<Instant> d;
    char c = s.charAt(0);
    if (c >= '0' && c <= '9') {
      d = w3dtf(s);
      if (d.isPresent()) return d;
    }
    d = rfc822(s);
    if (d.isPresent()) return d;
    d = asctime(s);
    if (d.isPresent()) return d;
    d = perforce(s);
    if (d.isPresent()) return d;
    d = nate(s);
    if (d.isPresent()) return d;
    d = onblog(s);
    if (d.isPresent()) return d;
    d = greek(s);
    if (d.isPresent()) return d;
    d = hungarian(s);
    if (d.isPresent()) return d;
    // short digit runs such as "03335" are too ambiguous to read unless asked for ISO 8601 explicitly
    return s.length() >= 8 ? iso8601(s) : Optional.empty();
  }

  /** W3C-DTF: {@code YYYY[-MM[-DD[Thh:mm[:ss[.f]][zone]]]]}, a space allowed for the T and before the zone. */
  public static Optional<Instant> w3dtf(String text) {
    Matcher m = W3C.matcher(text.strip());
    if (!m.matches()) return Optional.empty();
    int year = Integer.parseInt(m.group(1));
    int month = m.group(2) == null ? 1 : Integer.parseInt(m.group(2));
    int day = m.group(3) == null ? 1 : Integer.parseInt(m.group(3));
    int hour = m.group(4) == null ? 0 : Integer.parseInt(m.group(4));
    int minute = m.group(5) == null ? 0 : Integer.parseInt(m.group(5));
    int second = m.group(6) == null ? 0 : Integer.parseInt(m.group(6));
    Integer offset = m.group(8) == null ? Integer.valueOf(0) : numericZone(m.group(8));
    if (offset == null) return Optional.empty();
    Optional<Instant> t = instant(year, month, day, hour, minute, second, offset);
    String fraction = m.group(7);
    if (fraction == null || t.isEmpty()) return t;
    String nanos = (fraction.length() > 9 ? fraction.substring(0, 9) : fraction + "000000000".substring(fraction.length()));
    return Optional.of(t.get().plusNanos(Long.parseLong(nanos)));
  }

  /** ISO 8601 in every form feedparser reads, including {@code 031231}, {@code 03335} and {@code -0312}. */
  public static Optional<Instant> iso8601(String text) {
    Matcher m = ISO_DATE.matcher(text.strip());
    if (!m.matches()) return Optional.empty();
    int year;
    int month = 1;
    int day = 1;
    int ordinal = -1;
    if (m.group(1) != null) {
      year = i(m, 1); month = i(m, 2); day = i(m, 3);
    } else if (m.group(4) != null) {
      year = i(m, 4); month = i(m, 5); day = i(m, 6);
    } else if (m.group(7) != null) {
      year = i(m, 7); month = i(m, 8);
    } else if (m.group(9) != null) {
      year = i(m, 9); ordinal = i(m, 10);
    } else if (m.group(11) != null) {
      year = 2000 + i(m, 11); month = i(m, 12); day = i(m, 13);
    } else if (m.group(14) != null) {
      year = 2000 + i(m, 14); ordinal = i(m, 15);
    } else if (m.group(16) != null) {
      year = i(m, 16);
    } else {
      year = 2000 + i(m, 17); month = i(m, 18);
    }
    int hour = m.group(19) == null ? 0 : i(m, 19);
    int minute = m.group(20) == null ? 0 : i(m, 20);
    int second = m.group(21) == null ? 0 : i(m, 21);
    Integer offset = m.group(22) == null ? Integer.valueOf(0) : numericZone(m.group(22));
    if (offset == null) return Optional.empty();
    if (ordinal > 0) {
      try {
        LocalDate d = LocalDate.ofYearDay(year, ordinal);
        month = d.getMonthValue();
        day = d.getDayOfMonth();
      } catch (DateTimeException e) {
        return Optional.empty();
      }
    }
    return instant(year, month, day, hour, minute, second, offset);
  }

  /** RFC 822 / 2822 and the variants feeds write. */
  public static Optional<Instant> rfc822(String text) {
    String[] parts = WHITESPACE.split(text.strip().replace(',', ' '));
    int p = 0;
    if (p < parts.length && isDayName(parts[p])) p++;
    if (parts.length - p < 3) return Optional.empty();
    String a = parts[p];
    String b = parts[p + 1];
    Integer month = month(b);
    String dayText = a;
    if (month == null) {
      month = month(a);
      dayText = b;
    }
    if (month == null || !digits(dayText, 1, 2)) return Optional.empty();
    String yearText = parts[p + 2];
    if (!digits(yearText, 2, 4)) return Optional.empty();
    int year = Integer.parseInt(yearText);
    if (yearText.length() <= 2) year += year < 90 ? 2000 : 1900;
    int hour = 0;
    int minute = 0;
    int second = 0;
    int q = p + 3;
    if (q < parts.length && parts[q].indexOf(':') > 0) {
      String[] t = parts[q].split(":", -1);
      if (t.length < 2 || t.length > 3) return Optional.empty();
      for (String x : t) if (!digits(x, 1, 2)) return Optional.empty();
      hour = Integer.parseInt(t[0]);
      minute = Integer.parseInt(t[1]);
      second = t.length == 3 ? Integer.parseInt(t[2]) : 0;
      q++;
    }
    int offset = 0;
    if (q < parts.length) {
      Integer z = zone(parts[q]);
      if (z == null) return Optional.empty();
      offset = z;
      q++;
    }
    if (q < parts.length && !parts[q].startsWith("(")) return Optional.empty();
    return instant(year, month, Integer.parseInt(dayText), hour, minute, second, offset);
  }

  /** asctime ({@code Sun Jan  4 16:29:06 2004}), optionally with a numeric zone before the year. */
  public static Optional<Instant> asctime(String text) {
    Matcher m = ASCTIME.matcher(text.strip());
    if (!m.matches()) return Optional.empty();
    String zone = m.group(4) == null ? "GMT" : m.group(4);
    return rfc822(m.group(2) + " " + m.group(1) + " " + m.group(5) + " " + m.group(3) + " " + zone);
  }

  /** Perforce: {@code Fri, 2006/09/15 08:19:53 EDT}. */
  public static Optional<Instant> perforce(String text) {
    Matcher m = PERFORCE.matcher(text.strip());
    if (!m.matches()) return Optional.empty();
    String[] months = {"Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"};
    int month = Integer.parseInt(m.group(2));
    if (month < 1 || month > 12) return Optional.empty();
    return rfc822(m.group(3) + " " + months[month - 1] + " " + m.group(1) + " " + m.group(4) + " " + m.group(5));
  }

  /** Greek day and month names in an RFC 822 date. */
  public static Optional<Instant> greek(String text) {
    return RegionalDates.greek(text);
  }

  /** Hungarian month names in a W3C-DTF date: {@code 2004-július-13T9:15-05:00}. */
  public static Optional<Instant> hungarian(String text) {
    return RegionalDates.hungarian(text);
  }

  /** Korean (Nate): {@code 2004-05-25 오후 11:23:17}, Korea time. */
  public static Optional<Instant> nate(String text) {
    return RegionalDates.nate(text);
  }

  /** Korean (OnBlog): {@code 2004년 05월 28일  01:31:15}, Korea time. */
  public static Optional<Instant> onblog(String text) {
    return RegionalDates.onblog(text);
  }

  static Optional<Instant> instant(int year, int month, int day, int hour, int minute, int second,
      int offsetMinutes) {
    try {
      if (hour == 24 && minute == 0 && second == 0) {
        return Optional.of(LocalDateTime.of(year, month, day, 0, 0).plusDays(1)
            .toInstant(ZoneOffset.ofTotalSeconds(offsetMinutes * 60)));
      }
      if (second == 60) second = 59;
      return Optional.of(LocalDateTime.of(year, month, day, hour, minute, second)
          .toInstant(ZoneOffset.ofTotalSeconds(offsetMinutes * 60)));
    } catch (DateTimeException e) {
      return Optional.empty();
    }
  }

  /** A zone token in minutes east of UTC, or null when unreadable; unknown names are UTC. */
  private static Integer zone(String token) {
    String z = token.toLowerCase(Locale.ROOT);
    if (z.startsWith("etc/")) z = z.substring(4);
    if ((z.startsWith("gmt") || z.startsWith("utc")) && z.length() > 3) z = z.substring(3);
    if (z.startsWith("+") || z.startsWith("-")) return numericZone(z);
    Integer named = ZONES_MINUTES.get(z);
    if (named != null) return named;
    for (int i = 0; i < z.length(); i++) if (!Character.isLetter(z.charAt(i))) return null;
    return 0;
  }

  /** {@code Z}, {@code ±hh}, {@code ±hhmm} or {@code ±hh:mm} in minutes; null when out of range or garbled. */
  private static Integer numericZone(String z) {
    if (z.equalsIgnoreCase("z")) return 0;
    int sign = z.charAt(0) == '-' ? -1 : z.charAt(0) == '+' ? 1 : 0;
    if (sign == 0) return null;
    String digits = z.substring(1).replace(":", "");
    if (!digits(digits, 1, 4) || digits.length() == 3) return null;
    int hours;
    int minutes = 0;
    if (digits.length() <= 2) {
      hours = Integer.parseInt(digits);
    } else {
      hours = Integer.parseInt(digits.substring(0, 2));
      minutes = Integer.parseInt(digits.substring(2));
    }
    if (hours > 18 || minutes > 59) return null;
    return sign * (hours * 60 + minutes);
  }

  private static Integer month(String word) {
    String w = word.toLowerCase(Locale.ROOT);
    if (w.endsWith(".")) w = w.substring(0, w.length() - 1);
    if (w.length() < 3) return null;
    Integer m = MONTHS.get(w.length() > 4 ? w.substring(0, 3) : w);
    if (m == null || w.length() <= 4) return m;
    String[] full = {"january", "february", "march", "april", "may", "june", "july", "august", "september",
        "october", "november", "december"};
    return full[m - 1].equals(w) ? m : null;
  }

  private static boolean isDayName(String word) {
    String w = word.toLowerCase(Locale.ROOT);
    if (w.endsWith(".")) w = w.substring(0, w.length() - 1);
    if (w.length() < 3) return false;
    String[] days = {"monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday"};
    for (String d : days) if (d.startsWith(w) || w.equals(d.substring(0, 3))) return true;
    return false;
  }

  private static boolean digits(String s, int min, int max) {
    if (s.length() < min || s.length() > max) return false;
    for (int i = 0; i < s.length(); i++) if (s.charAt(i) < '0' || s.charAt(i) > '9') return false;
    return true;
  }

  private static int i(Matcher m, int group) {
    return Integer.parseInt(m.group(group));
  }
}
