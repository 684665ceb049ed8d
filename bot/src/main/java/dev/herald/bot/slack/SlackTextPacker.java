package dev.herald.bot.slack;

import java.util.ArrayList;
import java.util.List;

/** Joins safe mrkdwn entries into texts of at most {@link SlackLimits#MAX_TEXT} chars, never cutting an entry. */
final class SlackTextPacker {
  private SlackTextPacker() {}

  /** Each entry must itself fit; entries are joined with {@code separator}. */
  static List<String> pack(List<String> entries, String separator) {
    List<String> out = new ArrayList<>();
    StringBuilder current = new StringBuilder();
    for (String e : entries) {
      if (e.length() > SlackLimits.MAX_TEXT) throw new IllegalArgumentException("entry too long: " + e.length());
      int sep = current.length() == 0 ? 0 : separator.length();
      if (current.length() + sep + e.length() > SlackLimits.MAX_TEXT) {
        out.add(current.toString());
        current = new StringBuilder();
        sep = 0;
      }
      if (sep > 0) current.append(separator);
      current.append(e);
    }
    if (current.length() > 0) out.add(current.toString());
    return out;
  }
}
