package dev.herald.articles.extract;

import dev.herald.feeds.AddressPolicy;
import java.net.InetAddress;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.UnknownHostException;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Optional;

/** Addresses found in a page, made absolute against the page's own and checked before anyone may use them. */
final class Links {
  private static final int MAX_URL_CHARS = 2048;
  private static final char[] HEX = "0123456789ABCDEF".toCharArray();

  private Links() {}

  /** {@code href} resolved against {@code page}, when the result is an absolute http(s) URL with a host. */
  static Optional<URI> absolute(String href, URI page) {
    String h = href == null ? "" : href.strip();
    if (h.isEmpty() || h.length() > MAX_URL_CHARS) return Optional.empty();
    try {
      URI u = page.resolve(new URI(encode(h)));
      String scheme = u.getScheme() == null ? "" : u.getScheme().toLowerCase(Locale.ROOT);
      if (!scheme.equals("http") && !scheme.equals("https")) return Optional.empty();
      if (u.getHost() == null || u.getHost().isEmpty()) return Optional.empty();
      return Optional.of(u);
    } catch (URISyntaxException | IllegalArgumentException e) {
      return Optional.empty();
    }
  }

  /**
   * An image address usable in a chat card: absolute, https, and not naming a private, loopback or otherwise
   * reserved host literally. (A name that resolves to such an address is caught by whoever fetches it.)
   */
  static Optional<URI> httpsImage(String href, URI page) {
    Optional<URI> u = absolute(href, page);
    if (u.isEmpty() || !u.get().getScheme().equalsIgnoreCase("https")) return Optional.empty();
    return publicHost(u.get().getHost()) ? u : Optional.empty();
  }

  static boolean publicHost(String host) {
    String h = host.toLowerCase(Locale.ROOT);
    if (h.startsWith("[") && h.endsWith("]")) h = h.substring(1, h.length() - 1);
    if (h.equals("localhost") || h.endsWith(".localhost") || h.endsWith(".local") || h.endsWith(".internal")) {
      return false;
    }
    boolean literal = h.indexOf(':') >= 0 || h.chars().allMatch(c -> c == '.' || Character.isDigit(c));
    if (!literal) return h.indexOf('.') > 0;
    try {
      return AddressPolicy.isPublic(InetAddress.getByName(h));
    } catch (UnknownHostException e) {
      return false;
    }
  }

  /** Spaces, non-ASCII and a few characters publishers leave raw in URLs, escaped so {@link URI} accepts them. */
  private static String encode(String s) {
    StringBuilder b = new StringBuilder(s.length() + 16);
    s.codePoints().forEach(c -> {
      if (c > 0x7F || c <= 0x20 || "\"<>|{}^`\\".indexOf(c) >= 0) {
        for (byte x : new String(Character.toChars(c)).getBytes(StandardCharsets.UTF_8)) {
          b.append('%').append(HEX[(x >> 4) & 0xF]).append(HEX[x & 0xF]);
        }
      } else {
        b.append((char) c);
      }
    });
    return b.toString();
  }
}
