package dev.herald.feeds;

import java.net.URI;
import java.net.URISyntaxException;

/** Resolves a feed's relative links against a base URI; anything unparsable is returned as written. Stateless. */
final class Links {
  private Links() {}

  /** {@code href} resolved against {@code base} ("" when unknown); a blank href gives "". */
  static String resolve(String base, String href) {
    String h = href.strip();
    if (h.isEmpty()) return "";
    if (hasScheme(h)) return h;
    if (base == null || base.isEmpty() || !hasScheme(base)) return h;
    try {
      URI b = new URI(escape(base));
      if (b.isOpaque()) return h;
      URI resolved = h.startsWith("//") ? new URI(b.getScheme() + ":" + escape(h)) : b.resolve(new URI(escape(h)));
      return resolved.toString();
    } catch (URISyntaxException | IllegalArgumentException e) {
      return h;
    }
  }

  static boolean hasScheme(String s) {
    int colon = s.indexOf(':');
    if (colon <= 0) return false;
    for (int i = 0; i < colon; i++) {
      char c = s.charAt(i);
      boolean ok = Character.isLetter(c) || (i > 0 && (Character.isDigit(c) || c == '+' || c == '-' || c == '.'));
      if (!ok || c > 127) return false;
    }
    return true;
  }

  /** Percent-encodes the characters {@link URI} refuses but feeds use (spaces, non-ASCII, pipes, braces). */
  private static String escape(String s) {
    StringBuilder out = null;
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      boolean bad = c <= ' ' || c == '"' || c == '<' || c == '>' || c == '\\' || c == '^' || c == '`' || c == '{'
          || c == '|' || c == '}' || c > 126;
      if (bad && out == null) out = new StringBuilder(s.length() + 16).append(s, 0, i);
      if (out == null) continue;
      if (!bad) {
        out.append(c);
      } else {
        for (byte x : String.valueOf(c).getBytes(java.nio.charset.StandardCharsets.UTF_8)) {
          out.append('%').append(Character.toUpperCase(Character.forDigit((x >> 4) & 0xF, 16)))
              .append(Character.toUpperCase(Character.forDigit(x & 0xF, 16)));
        }
      }
    }
    return out == null ? s : out.toString();
  }
}
