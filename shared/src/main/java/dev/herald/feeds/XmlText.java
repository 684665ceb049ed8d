package dev.herald.feeds;

import org.jsoup.nodes.Entities;

/**
 * Character and entity references in XML text, decoded leniently: the five XML entities, numeric references, and
 * HTML's named entities (which real feeds use without declaring them). An unknown name or a bare {@code &} stays as
 * written. Nothing declared in a DTD is ever expanded, so no entity can reach a file, the network or grow the text.
 */
final class XmlText {
  private static final int MAX_NAME = 32;

  private XmlText() {}

  static String decode(char[] b, int start, int end) {
    int amp = indexOf(b, '&', start, end);
    if (amp < 0) return new String(b, start, end - start);
    StringBuilder out = new StringBuilder(end - start);
    append(b, start, end, out);
    return out.toString();
  }

  static String decode(String s) {
    if (s.indexOf('&') < 0) return s;
    char[] b = s.toCharArray();
    return decode(b, 0, b.length);
  }

  static void append(char[] b, int start, int end, StringBuilder out) {
    int i = start;
    while (i < end) {
      int amp = indexOf(b, '&', i, end);
      if (amp < 0) {
        out.append(b, i, end - i);
        return;
      }
      out.append(b, i, amp - i);
      i = amp + 1 + reference(b, amp + 1, end, out);
    }
  }

  /** Decodes the reference after an {@code &}; returns how many chars it used (0: the {@code &} was literal). */
  private static int reference(char[] b, int from, int end, StringBuilder out) {
    int semi = -1;
    int limit = Math.min(end, from + MAX_NAME);
    for (int k = from; k < limit; k++) {
      char c = b[k];
      if (c == ';') {
        semi = k;
        break;
      }
      if (!(Character.isLetterOrDigit(c) || c == '#')) break;
    }
    if (semi <= from) {
      out.append('&');
      return 0;
    }
    if (b[from] == '#') {
      int cp = numeric(b, from + 1, semi);
      if (cp < 0) {
        out.append('&');
        return 0;
      }
      if (isXmlChar(cp)) out.appendCodePoint(cp);
      return semi - from + 1;
    }
    String name = new String(b, from, semi - from);
    switch (name) {
      case "lt" -> out.append('<');
      case "gt" -> out.append('>');
      case "amp" -> out.append('&');
      case "quot" -> out.append('"');
      case "apos" -> out.append('\'');
      default -> {
        String value = Entities.getByName(name);
        if (value == null || value.isEmpty()) {
          out.append('&');
          return 0;
        }
        out.append(value);
      }
    }
    return semi - from + 1;
  }

  private static int numeric(char[] b, int from, int end) {
    if (from >= end) return -1;
    int radix = 10;
    if (b[from] == 'x' || b[from] == 'X') {
      radix = 16;
      from++;
    }
    if (from >= end || end - from > 8) return -1;
    int v = 0;
    for (int k = from; k < end; k++) {
      int d = Character.digit(b[k], radix);
      if (d < 0) return -1;
      v = v * radix + d;
    }
    return v <= Character.MAX_CODE_POINT ? windows1252(v) : -1;
  }

  /** {@code &#150;} means what Windows-1252 puts at 150: browsers and feed readers agree on this. */
  private static int windows1252(int cp) {
    if (cp < 0x80 || cp > 0x9F) return cp;
    String s = new String(new byte[] {(byte) cp}, java.nio.charset.Charset.forName("windows-1252"));
    return s.codePointAt(0);
  }

  static boolean isXmlChar(int cp) {
    return cp == 0x9 || cp == 0xA || cp == 0xD || (cp >= 0x20 && cp <= 0xD7FF)
        || (cp >= 0xE000 && cp <= 0xFFFD) || (cp >= 0x10000 && cp <= 0x10FFFF);
  }

  static int indexOf(char[] b, char c, int from, int end) {
    for (int i = from; i < end; i++) if (b[i] == c) return i;
    return -1;
  }
}
