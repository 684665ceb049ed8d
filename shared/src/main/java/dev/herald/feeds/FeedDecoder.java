package dev.herald.feeds;

import dev.herald.text.Echo;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * Bytes to characters, the way feeds need it: a byte-order mark wins, then the HTTP {@code charset}, then the XML
 * declaration, then UTF-8. Latin-1 and ASCII labels are read as Windows-1252 (what publishers mean); a label that
 * contradicts valid multi-byte UTF-8 is overruled; invalid bytes become U+FFFD and never fail. Stateless.
 */
final class FeedDecoder {
  private static final Charset WINDOWS_1252 = Charset.forName("windows-1252");

  private FeedDecoder() {}

  /** The decoded text; {@code warnings} receives a line for each guess that overruled a label or replaced bytes. */
  static String decode(byte[] bytes, Optional<String> httpCharset, List<String> warnings) {
    int bomLength = 0;
    Charset charset = null;
    if (startsWith(bytes, 0x00, 0x00, 0xFE, 0xFF)) {
      charset = Charset.forName("UTF-32BE");
      bomLength = 4;
    } else if (startsWith(bytes, 0xFF, 0xFE, 0x00, 0x00)) {
      charset = Charset.forName("UTF-32LE");
      bomLength = 4;
    } else if (startsWith(bytes, 0x00, 0x00, 0x00, 0x3C)) {
      charset = Charset.forName("UTF-32BE");
    } else if (startsWith(bytes, 0x3C, 0x00, 0x00, 0x00)) {
      charset = Charset.forName("UTF-32LE");
    } else if (startsWith(bytes, 0xEF, 0xBB, 0xBF)) {
      charset = StandardCharsets.UTF_8;
      bomLength = 3;
    } else if (startsWith(bytes, 0xFE, 0xFF)) {
      charset = StandardCharsets.UTF_16BE;
      bomLength = 2;
    } else if (startsWith(bytes, 0xFF, 0xFE)) {
      charset = StandardCharsets.UTF_16LE;
      bomLength = 2;
    } else if (startsWith(bytes, 0x3C, 0x00, 0x3F, 0x00) || startsWith(bytes, 0x3C, 0x00, 0x72, 0x00)) {
      charset = StandardCharsets.UTF_16LE;
    } else if (startsWith(bytes, 0x00, 0x3C, 0x00, 0x3F) || startsWith(bytes, 0x00, 0x3C, 0x00, 0x72)) {
      charset = StandardCharsets.UTF_16BE;
    }
    if (charset == null) {
      String label = httpCharset.filter(s -> !s.isBlank()).orElseGet(() -> declaredEncoding(bytes));
      charset = label.isEmpty() ? StandardCharsets.UTF_8 : lookup(label, warnings);
      if (isWide(charset)) {
        // bytes that read as ASCII cannot be UTF-16 or UTF-32 without a byte-order mark: the label is wrong
        warnings.add("labelled " + charset.name() + " but has no byte-order mark; read as UTF-8");
        charset = StandardCharsets.UTF_8;
      }
      charset = overrule(charset, bytes, warnings);
    }
    return decode(bytes, bomLength, charset, warnings);
  }

  private static boolean isWide(Charset c) {
    String n = c.name().toUpperCase(Locale.ROOT);
    return n.startsWith("UTF-16") || n.startsWith("UTF-32");
  }

  private static Charset lookup(String label, List<String> warnings) {
    String l = label.strip().toLowerCase(Locale.ROOT);
    if (l.equals("iso-8859-1") || l.equals("latin1") || l.equals("latin-1") || l.equals("us-ascii")
        || l.equals("ascii") || l.equals("iso8859-1") || l.equals("iso_8859-1")) {
      return WINDOWS_1252;
    }
    if (l.equals("utf-16") || l.equals("utf16")) return StandardCharsets.UTF_16;
    try {
      return Charset.forName(l);
    } catch (RuntimeException e) {
      warnings.add("unknown encoding \"" + truncate(label) + "\", read as UTF-8");
      return StandardCharsets.UTF_8;
    }
  }

  /** A single-byte label on valid multi-byte UTF-8 is a mislabel; invalid UTF-8 with no multi-byte run is 1252. */
  private static Charset overrule(Charset declared, byte[] bytes, List<String> warnings) {
    boolean declaredUtf8 = declared.equals(StandardCharsets.UTF_8);
    boolean singleByte = declared.equals(WINDOWS_1252);
    if (!declaredUtf8 && !singleByte) return declared;
    if (isAscii(bytes)) return declared;
    if (declaredUtf8 && new String(bytes, StandardCharsets.UTF_8).indexOf('\uFFFD') < 0) return declared;
    int[] counts = utf8Counts(bytes);
    int multiByte = counts[0];
    int invalid = counts[1];
    if (singleByte && multiByte > 0 && invalid == 0) {
      warnings.add("labelled " + declared.name() + " but is UTF-8; read as UTF-8");
      return StandardCharsets.UTF_8;
    }
    if (declaredUtf8 && invalid > 0 && multiByte == 0) {
      warnings.add("not valid UTF-8; read as Windows-1252");
      return WINDOWS_1252;
    }
    return declared;
  }

  private static boolean isAscii(byte[] b) {
    for (byte x : b) if (x < 0) return false;
    return true;
  }

  /** {valid multi-byte sequences, invalid bytes} in a UTF-8 reading. */
  static int[] utf8Counts(byte[] b) {
    int multi = 0;
    int invalid = 0;
    int i = 0;
    while (i < b.length) {
      int c = b[i] & 0xFF;
      if (c < 0x80) {
        i++;
        continue;
      }
      int n = c >= 0xF0 && c <= 0xF4 ? 3 : c >= 0xE0 ? (c <= 0xEF ? 2 : -1) : c >= 0xC2 ? 1 : -1;
      if (n < 0) {
        invalid++;
        i++;
        continue;
      }
      boolean ok = i + n < b.length;
      for (int k = 1; ok && k <= n; k++) ok = (b[i + k] & 0xC0) == 0x80;
      if (ok) {
        multi++;
        i += n + 1;
      } else {
        invalid++;
        i++;
      }
    }
    return new int[] {multi, invalid};
  }

  private static String decode(byte[] bytes, int offset, Charset charset, List<String> warnings) {
    if (charset.equals(StandardCharsets.UTF_8)) {
      // the JDK's intrinsic decoder; U+FFFD in its output means invalid bytes (or a literal U+FFFD), then be exact
      String fast = new String(bytes, offset, bytes.length - offset, StandardCharsets.UTF_8);
      if (fast.indexOf('\uFFFD') < 0) return fast;
    }
    CharsetDecoder strict = charset.newDecoder()
        .onMalformedInput(CodingErrorAction.REPORT)
        .onUnmappableCharacter(CodingErrorAction.REPORT);
    ByteBuffer in = ByteBuffer.wrap(bytes, offset, bytes.length - offset);
    try {
      return strict.decode(in).toString();
    } catch (CharacterCodingException e) {
      warnings.add("invalid " + charset.name() + " bytes replaced");
      CharsetDecoder lenient = charset.newDecoder()
          .onMalformedInput(CodingErrorAction.REPLACE)
          .onUnmappableCharacter(CodingErrorAction.REPLACE);
      in.rewind();
      in.position(offset);
      try {
        CharBuffer out = lenient.decode(in);
        return out.toString();
      } catch (CharacterCodingException impossible) {
        throw new IllegalStateException(impossible);
      }
    }
  }

  /** The {@code encoding} of an XML declaration at the start, or "". */
  static String declaredEncoding(byte[] bytes) {
    int n = Math.min(bytes.length, 1024);
    String head = new String(bytes, 0, n, StandardCharsets.ISO_8859_1);
    int start = head.indexOf("<?xml");
    if (start < 0 || !head.substring(0, start).isBlank()) return "";
    int end = head.indexOf("?>", start);
    if (end < 0) return "";
    String decl = head.substring(start, end);
    int e = decl.indexOf("encoding");
    if (e < 0) return "";
    int i = e + "encoding".length();
    while (i < decl.length() && (decl.charAt(i) == ' ' || decl.charAt(i) == '=' || decl.charAt(i) == '\t')) i++;
    if (i >= decl.length()) return "";
    char q = decl.charAt(i);
    if (q != '"' && q != '\'') return "";
    int close = decl.indexOf(q, i + 1);
    return close < 0 ? "" : decl.substring(i + 1, close).strip();
  }

  private static boolean startsWith(byte[] b, int... prefix) {
    if (b.length < prefix.length) return false;
    for (int i = 0; i < prefix.length; i++) if ((b[i] & 0xFF) != prefix[i]) return false;
    return true;
  }

  private static String truncate(String s) {
    return s.length() > 40 ? Echo.cut(s, 40) + "…" : s;
  }
}
