package dev.herald.store;

import java.util.regex.Pattern;

/** JDBC URLs and connection failures as one-line text that never shows a password. */
final class JdbcUrls {
  private static final Pattern PASSWORD_PARAMETER = Pattern.compile("(?i)(password=)[^&;]*");
  private static final Pattern USER_INFO = Pattern.compile("//([^/@:]*):[^/@]*@");

  private JdbcUrls() {}

  /** The URL with any password (a {@code password=} parameter or {@code user:password@}) replaced by {@code ***}. */
  static String redact(String url) {
    String s = PASSWORD_PARAMETER.matcher(url).replaceAll("$1***");
    return USER_INFO.matcher(s).replaceAll("//$1:***@");
  }

  /**
   * The most telling one-line reason of a failure: the first database (or other) message in the chain, with the
   * innermost cause added when it says something else (an unknown host, a refused connection).
   */
  static String rootMessage(Throwable e) {
    Throwable first = e;
    while (first.getCause() != null && !(first instanceof java.sql.SQLException)) first = first.getCause();
    Throwable last = first;
    while (last.getCause() != null && last.getCause() != last) last = last.getCause();
    String message = oneLine(first);
    // a refused connection is already in the driver's message; a timeout or an unknown host is not
    if (last != first && !(last instanceof java.net.ConnectException)) {
      String inner = oneLine(last);
      if (!message.contains(inner)) message = message + " (" + inner + ")";
    }
    return redact(message);
  }

  private static String oneLine(Throwable t) {
    String m = t.getMessage();
    if (m == null || m.isBlank()) m = t.getClass().getSimpleName();
    if (t instanceof java.net.UnknownHostException) m = "unknown host " + m;
    int nl = m.indexOf('\n');
    return (nl < 0 ? m : m.substring(0, nl)).strip();
  }
}
