package dev.herald.bot.console;

/**
 * Makes untrusted text safe for a terminal: control characters (ANSI escapes, carriage returns, bells) and bidi
 * overrides become spaces or vanish, so a feed cannot move the cursor, recolour the screen or reorder a line.
 */
final class TerminalText {
  private TerminalText() {}

  static String clean(String s) {
    StringBuilder sb = new StringBuilder(s.length());
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      if (c == '\n' || c == '\t' || c == '\r') {
        sb.append(' ');
      } else if (Character.isISOControl(c) || isBidiControl(c)) {
        continue;
      } else {
        sb.append(c);
      }
    }
    return sb.toString();
  }

  private static boolean isBidiControl(char c) {
    return (c >= '\u202A' && c <= '\u202E') || (c >= '\u2066' && c <= '\u2069') || c == '\u200E' || c == '\u200F';
  }
}
