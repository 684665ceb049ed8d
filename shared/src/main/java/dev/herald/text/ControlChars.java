package dev.herald.text;

/**
 * Characters that can hijack a terminal or forge a log line: C0 controls (ESC, CR, LF, BEL...), DEL, C1 controls
 * (U+0080 to U+009F, CSI among them), the bidi controls that reorder what a reader sees (U+061C, U+200E, U+200F,
 * U+202A to U+202E, U+2066 to U+2069) and the Unicode line and paragraph separators (U+2028, U+2029).
 *
 * <p>{@link #escape} makes untrusted text one visible line for an operator's terminal or a log: each such character
 * becomes a readable escape ({@code \n}, {@code \x1b}, a {@code u} escape above U+00FF), so the text can neither move
 * the cursor, recolour the screen, reorder a line nor start a new one. Pure and thread-safe.
 */
public final class ControlChars {
  private ControlChars() {}

  /** Whether {@code c} is one of the characters described above. */
  public static boolean isControl(int c) {
    return c < 0x20 || (c >= 0x7f && c <= 0x9f) || isBidiControl(c) || c == 0x2028 || c == 0x2029;
  }

  /** The bidi formatting characters: they reorder the text after them. */
  public static boolean isBidiControl(int c) {
    return c == 0x061c || c == 0x200e || c == 0x200f || (c >= 0x202a && c <= 0x202e) || (c >= 0x2066 && c <= 0x2069);
  }

  /** Whether {@code s} holds any character {@link #escape} would change. */
  public static boolean containsControl(CharSequence s) {
    for (int i = 0; i < s.length(); i++) if (isControl(s.charAt(i))) return true;
    return false;
  }

  /**
   * {@code s} as plain one-line text for storing (a name typed in chat): line breaks and tabs become spaces, other
   * controls are dropped, runs of spaces folded and the ends stripped.
   */
  public static String strip(String s) {
    StringBuilder sb = new StringBuilder(s.length());
    boolean space = false;
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      if (c == ' ' || c == '\n' || c == '\r' || c == '\t' || c == 0x2028 || c == 0x2029) {
        space = sb.length() > 0;
      } else if (!isControl(c)) {
        if (space) sb.append(' ');
        space = false;
        sb.append(c);
      }
    }
    return sb.toString();
  }

  /** {@code s} as one visible line, controls escaped; null becomes {@code "null"}. */
  public static String escape(CharSequence s) {
    if (s == null) return "null";
    StringBuilder sb = null;
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      boolean special = isControl(c);
      if (special && sb == null) {
        sb = new StringBuilder(s.length() + 16);
        sb.append(s, 0, i);
      }
      if (sb == null) continue;
      if (!special) {
        sb.append(c);
        continue;
      }
      switch (c) {
        case '\n' -> sb.append("\\n");
        case '\r' -> sb.append("\\r");
        case '\t' -> sb.append("\\t");
        default -> {
          if (c < 0x100) {
            sb.append(String.format("\\x%02x", (int) c));
          } else {
            sb.append(String.format("\\u%04x", (int) c));
          }
        }
      }
    }
    return sb == null ? s.toString() : sb.toString();
  }
}
