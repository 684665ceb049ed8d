package dev.herald.articles.fulltext;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A page's bytes as text, in the order browsers decide its encoding: a byte-order mark, the HTTP {@code charset},
 * a {@code <meta charset>} (or {@code http-equiv} Content-Type) within the first 4 KiB, else UTF-8. Invalid bytes
 * become U+FFFD. Stateless.
 */
public final class HtmlBytes {
  private static final Pattern META = Pattern.compile("(?i)<meta[^>]+charset\\s*=\\s*[\"']?\\s*([a-z0-9_.:-]+)");

  private HtmlBytes() {}

  public static String decode(byte[] body, Optional<String> httpCharset) {
    if (body.length >= 3 && (body[0] & 0xFF) == 0xEF && (body[1] & 0xFF) == 0xBB && (body[2] & 0xFF) == 0xBF) {
      return new String(body, 3, body.length - 3, StandardCharsets.UTF_8);
    }
    if (body.length >= 2 && (body[0] & 0xFF) == 0xFE && (body[1] & 0xFF) == 0xFF) {
      return new String(body, 2, body.length - 2, StandardCharsets.UTF_16BE);
    }
    if (body.length >= 2 && (body[0] & 0xFF) == 0xFF && (body[1] & 0xFF) == 0xFE) {
      return new String(body, 2, body.length - 2, StandardCharsets.UTF_16LE);
    }
    Optional<Charset> declared = httpCharset.flatMap(HtmlBytes::charset);
    if (declared.isEmpty()) {
      Matcher m = META.matcher(new String(body, 0, Math.min(body.length, 4096), StandardCharsets.ISO_8859_1));
      if (m.find()) declared = charset(m.group(1));
    }
    return new String(body, declared.orElse(StandardCharsets.UTF_8));
  }

  private static Optional<Charset> charset(String name) {
    try {
      String n = name.strip().toLowerCase(Locale.ROOT);
      // browsers read ISO-8859-1 and US-ASCII labels as windows-1252
      if (n.equals("iso-8859-1") || n.equals("latin1") || n.equals("us-ascii")) n = "windows-1252";
      return Optional.of(Charset.forName(n));
    } catch (RuntimeException e) {
      return Optional.empty();
    }
  }
}
