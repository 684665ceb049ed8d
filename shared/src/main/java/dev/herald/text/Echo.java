package dev.herald.text;

/**
 * User input quoted back in a one-line reply ("No story matches “…”"): line breaks and other controls become spaces
 * and the text is cut to a sane length with an ellipsis, never between the two halves of a surrogate pair. A
 * 12,000-character query is then quoted in 40 characters, not echoed whole. Pure and thread-safe.
 */
public final class Echo {
  /** The default length of an echo, ellipsis included. */
  public static final int MAX = 40;
  static final String ELLIPSIS = "\u2026";

  private Echo() {}

  /** At most {@value #MAX} characters of {@code input}, on one line. */
  public static String of(String input) {
    return of(input, MAX);
  }

  /** At most {@code max} characters of {@code input}, on one line. */
  public static String of(String input, int max) {
    if (max < 2) throw new IllegalArgumentException("max < 2: " + max);
    StringBuilder sb = new StringBuilder(Math.min(input.length(), max + 1));
    for (int i = 0; i < input.length() && sb.length() <= max; i++) {
      char c = input.charAt(i);
      sb.append(ControlChars.isControl(c) ? ' ' : c);
    }
    String line = sb.toString();
    if (line.length() <= max && input.length() <= max) return line;
    return cut(line, max - 1) + ELLIPSIS;
  }

  /** The first {@code n} chars of {@code s} or one fewer, so that no surrogate pair is split. */
  public static String cut(String s, int n) {
    if (n >= s.length()) return s;
    int end = n > 0 && Character.isHighSurrogate(s.charAt(n - 1)) ? n - 1 : n;
    return s.substring(0, end);
  }
}
