package dev.herald.feeds;

import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** The Greek, Hungarian and Korean date forms feedparser reads, mapped onto {@link FeedDates}' readers. Stateless. */
final class RegionalDates {
  private static final Map<String, String> GREEK = Map.ofEntries(
      Map.entry("Ιαν", "Jan"), Map.entry("Φεβ", "Feb"), Map.entry("Μάώ", "Mar"), Map.entry("Μαώ", "Mar"),
      Map.entry("Μάρ", "Mar"), Map.entry("Μαρ", "Mar"), Map.entry("Απρ", "Apr"), Map.entry("Μάι", "May"),
      Map.entry("Μαϊ", "May"), Map.entry("Μαι", "May"), Map.entry("Ιούν", "Jun"), Map.entry("Ιον", "Jun"),
      Map.entry("Ιούλ", "Jul"), Map.entry("Ιολ", "Jul"), Map.entry("Αύγ", "Aug"), Map.entry("Αυγ", "Aug"),
      Map.entry("Σεπ", "Sep"), Map.entry("Οκτ", "Oct"), Map.entry("Νοέ", "Nov"), Map.entry("Νοε", "Nov"),
      Map.entry("Δεκ", "Dec"), Map.entry("Κυρ", "Sun"), Map.entry("Δευ", "Mon"), Map.entry("Τρι", "Tue"),
      Map.entry("Τετ", "Wed"), Map.entry("Πεμ", "Thu"), Map.entry("Παρ", "Fri"), Map.entry("Σαβ", "Sat"));
  private static final String[] HUNGARIAN = {"január", "február", "március", "április", "május", "június", "július",
      "augusztus", "szeptember", "október", "november", "december"};

  private static final Pattern HUNGARIAN_DATE = Pattern.compile(
      "(\\d{4})-([^-]+)-(\\d{1,2})T(\\d{1,2}):(\\d{2})(Z|[+-]\\d{1,2}:\\d{2})?");
  private static final Pattern NATE = Pattern.compile(
      "(\\d{4})-(\\d{2})-(\\d{2})\\s+(오전|오후)\\s+(\\d{1,2}):(\\d{2}):(\\d{2})");
  private static final Pattern ONBLOG = Pattern.compile(
      "(\\d{4})년\\s*(\\d{1,2})월\\s*(\\d{1,2})일\\s+(\\d{1,2}):(\\d{2}):(\\d{2})");
  private static final ZoneOffset KOREA = ZoneOffset.ofHours(9);


  private RegionalDates() {}

  /** Greek day and month names in an RFC 822 date. */
  static Optional<Instant> greek(String text) {
    String[] words = text.strip().split("(?<=[\\s,])|(?=[\\s,])");
    StringBuilder out = new StringBuilder();
    boolean changed = false;
    for (String w : words) {
      String en = GREEK.get(w);
      changed |= en != null;
      out.append(en == null ? w : en);
    }
    return changed ? FeedDates.rfc822(out.toString()) : Optional.empty();
  }

  /** Hungarian month names in a W3C-DTF date: {@code 2004-július-13T9:15-05:00}. */
  static Optional<Instant> hungarian(String text) {
    Matcher m = HUNGARIAN_DATE.matcher(text.strip());
    if (!m.matches()) return Optional.empty();
    int month = -1;
    for (int i = 0; i < HUNGARIAN.length; i++) if (HUNGARIAN[i].equals(m.group(2).toLowerCase(Locale.ROOT))) month = i + 1;
    if (month < 0) return Optional.empty();
    String zone = m.group(6) == null ? "Z" : m.group(6);
    if (zone.length() == 5) zone = zone.charAt(0) + "0" + zone.substring(1);
    return FeedDates.w3dtf(String.format(Locale.ROOT, "%s-%02d-%02dT%02d:%s%s", m.group(1), month,
        Integer.parseInt(m.group(3)), Integer.parseInt(m.group(4)), m.group(5), zone));
  }

  /** Korean (Nate): {@code 2004-05-25 오후 11:23:17}, Korea time. */
  static Optional<Instant> nate(String text) {
    Matcher m = NATE.matcher(text.strip());
    if (!m.matches()) return Optional.empty();
    int hour = Integer.parseInt(m.group(5));
    if (m.group(4).equals("오후") && hour < 12) hour += 12;
    return FeedDates.instant(i(m, 1), i(m, 2), i(m, 3), hour, i(m, 6), i(m, 7), KOREA.getTotalSeconds() / 60);
  }

  /** Korean (OnBlog): {@code 2004년 05월 28일  01:31:15}, Korea time. */
  static Optional<Instant> onblog(String text) {
    Matcher m = ONBLOG.matcher(text.strip());
    if (!m.matches()) return Optional.empty();
    return FeedDates.instant(i(m, 1), i(m, 2), i(m, 3), i(m, 4), i(m, 5), i(m, 6), KOREA.getTotalSeconds() / 60);
  }

  private static int i(Matcher m, int group) {
    return Integer.parseInt(m.group(group));
  }
}
