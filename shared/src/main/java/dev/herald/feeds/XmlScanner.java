package dev.herald.feeds;

import java.util.ArrayList;
import java.util.List;

/**
 * A lenient pull tokenizer over a whole XML document in memory. It never fails: a bare {@code <} or {@code &} is text,
 * an unterminated comment or CDATA section runs to the end, and DOCTYPE declarations (with any internal subset) are
 * skipped unread, so no DTD, external entity or entity expansion is ever processed. Linear in the input. Not
 * thread-safe; one instance per document.
 */
final class XmlScanner {
  static final int EOF = 0;
  static final int START = 1;
  static final int END = 2;
  static final int TEXT = 3;
  static final int CDATA = 4;

  private final char[] b;
  private final int n;
  private int pos;

  /** Qualified name of the current START or END tag. */
  String name;
  /** Offset of the current tag's {@code <}. */
  int tagStart;
  /** For START: the offset just after {@code >}; for TEXT and CDATA: the span of the text. */
  int contentStart;
  int textStart;
  int textEnd;
  boolean selfClosing;
  boolean sawDoctype;
  final List<String> attributes = new ArrayList<>();

  XmlScanner(char[] buffer) {
    this.b = buffer;
    this.n = buffer.length;
  }

  int next() {
    while (pos < n) {
      if (b[pos] != '<') return text(pos);
      if (pos + 1 >= n) return text(pos);
      char d = b[pos + 1];
      if (d == '/') {
        if (endTag()) return END;
        return text(pos);
      }
      if (d == '!') {
        if (startsWith("<!--")) {
          pos = skipPast("-->", pos + 4);
        } else if (startsWith("<![CDATA[")) {
          int close = indexOf("]]>", pos + 9);
          textStart = pos + 9;
          textEnd = close < 0 ? n : close;
          pos = close < 0 ? n : close + 3;
          return CDATA;
        } else if (startsWithIgnoreCase("<!DOCTYPE")) {
          sawDoctype = true;
          pos = skipDoctype(pos + 9);
        } else {
          pos = skipPast(">", pos + 2);
        }
        continue;
      }
      if (d == '?') {
        pos = skipPast("?>", pos + 2);
        continue;
      }
      if (isNameStart(d)) {
        startTag();
        return START;
      }
      return text(pos);
    }
    return EOF;
  }

  /** Text up to the next {@code <} that is not the first char. */
  private int text(int from) {
    int i = from + 1;
    while (i < n && b[i] != '<') i++;
    textStart = from;
    textEnd = i;
    pos = i;
    return TEXT;
  }

  private boolean endTag() {
    int s = pos + 2;
    int i = s;
    while (i < n && isNameChar(b[i])) i++;
    if (i == s) return false;
    name = new String(b, s, i - s);
    tagStart = pos;
    int gt = i;
    while (gt < n && b[gt] != '>' && b[gt] != '<') gt++;
    pos = gt < n && b[gt] == '>' ? gt + 1 : gt;
    return true;
  }

  private void startTag() {
    tagStart = pos;
    int s = pos + 1;
    int i = s;
    while (i < n && isNameChar(b[i])) i++;
    name = new String(b, s, i - s);
    attributes.clear();
    selfClosing = false;
    while (true) {
      while (i < n && isSpace(b[i])) i++;
      if (i >= n) break;
      char c = b[i];
      if (c == '>') {
        i++;
        break;
      }
      if (c == '/' && i + 1 < n && b[i + 1] == '>') {
        selfClosing = true;
        i += 2;
        break;
      }
      if (c == '<') break; // a tag cut short: let the next one start here
      int ns = i;
      while (i < n && !isSpace(b[i]) && b[i] != '=' && b[i] != '>' && b[i] != '<'
          && !(b[i] == '/' && i + 1 < n && b[i + 1] == '>')) {
        i++;
      }
      if (i == ns) {
        i++;
        continue;
      }
      String attr = new String(b, ns, i - ns);
      while (i < n && isSpace(b[i])) i++;
      String value = "";
      if (i < n && b[i] == '=') {
        i++;
        while (i < n && isSpace(b[i])) i++;
        if (i < n && (b[i] == '"' || b[i] == '\'')) {
          char q = b[i];
          int close = XmlText.indexOf(b, q, i + 1, n);
          int vend = close < 0 ? n : close;
          value = XmlText.decode(b, i + 1, vend);
          i = close < 0 ? n : close + 1;
        } else {
          int vs = i;
          while (i < n && !isSpace(b[i]) && b[i] != '>' && b[i] != '<') i++;
          value = XmlText.decode(b, vs, i);
        }
      }
      attributes.add(attr);
      attributes.add(value);
    }
    contentStart = i;
    pos = i;
  }

  /** Skips a DOCTYPE, its quoted ids and its {@code [...]} internal subset, without reading any of it. */
  private int skipDoctype(int i) {
    int depth = 0;
    while (i < n) {
      char c = b[i];
      if (c == '"' || c == '\'') {
        int close = XmlText.indexOf(b, c, i + 1, n);
        i = close < 0 ? n : close + 1;
        continue;
      }
      if (c == '[') depth++;
      else if (c == ']') depth = Math.max(0, depth - 1);
      else if (c == '>' && depth == 0) return i + 1;
      i++;
    }
    return n;
  }

  private int skipPast(String terminator, int from) {
    int at = indexOf(terminator, from);
    return at < 0 ? n : at + terminator.length();
  }

  private int indexOf(String s, int from) {
    char first = s.charAt(0);
    outer:
    for (int i = from; i <= n - s.length(); i++) {
      if (b[i] != first) continue;
      for (int k = 1; k < s.length(); k++) if (b[i + k] != s.charAt(k)) continue outer;
      return i;
    }
    return -1;
  }

  private boolean startsWith(String s) {
    if (pos + s.length() > n) return false;
    for (int k = 0; k < s.length(); k++) if (b[pos + k] != s.charAt(k)) return false;
    return true;
  }

  private boolean startsWithIgnoreCase(String s) {
    if (pos + s.length() > n) return false;
    for (int k = 0; k < s.length(); k++) {
      if (Character.toUpperCase(b[pos + k]) != s.charAt(k)) return false;
    }
    return true;
  }

  private static boolean isSpace(char c) {
    return c == ' ' || c == '\n' || c == '\r' || c == '\t';
  }

  private static boolean isNameStart(char c) {
    return Character.isLetter(c) || c == '_' || c == ':';
  }

  private static boolean isNameChar(char c) {
    return Character.isLetterOrDigit(c) || c == '_' || c == ':' || c == '-' || c == '.';
  }
}
