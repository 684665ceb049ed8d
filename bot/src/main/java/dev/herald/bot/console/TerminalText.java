package dev.herald.bot.console;

import dev.herald.text.ControlChars;

/**
 * Makes untrusted text safe for a reader's terminal: line breaks and tabs become spaces, every other control and bidi
 * character ({@link ControlChars}: ANSI escapes, bells, C1, U+061C...) vanishes, so a feed cannot move the cursor,
 * recolour the screen or reorder a line. (Operator output escapes them visibly instead: {@link ControlChars#escape}.)
 */
final class TerminalText {
  private TerminalText() {}

  static String clean(String s) {
    StringBuilder sb = new StringBuilder(s.length());
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      if (c == '\n' || c == '\t' || c == '\r' || c == '\u2028' || c == '\u2029') {
        sb.append(' ');
      } else if (!ControlChars.isControl(c)) {
        sb.append(c);
      }
    }
    return sb.toString();
  }
}
