package dev.herald.feeds;

import java.net.InetAddress;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.UnknownHostException;
import java.util.Locale;

/**
 * Whether an image URL from a feed or a page may be shown in chat, where the platform fetches it: absolute https,
 * no user info, a public host (never an IP literal in a private, loopback, link-local or reserved range, never
 * {@code localhost} or a local-only name), at most 2,000 characters. Names are not resolved here: Herald never
 * fetches these images itself. Stateless.
 */
public final class ImageUrls {
  private static final int MAX_LENGTH = 2_000;
  private static final String[] LOCAL_SUFFIXES = {".localhost", ".local", ".internal", ".lan", ".home.arpa",
      ".localdomain", ".intranet", ".corp"};

  private ImageUrls() {}

  public static boolean shareable(String url) {
    if (url == null || url.isEmpty() || url.length() > MAX_LENGTH) return false;
    for (int i = 0; i < url.length(); i++) if (Character.isWhitespace(url.charAt(i)) || url.charAt(i) < 0x20) return false;
    URI u;
    try {
      u = new URI(url);
    } catch (URISyntaxException e) {
      return false;
    }
    if (!"https".equalsIgnoreCase(u.getScheme()) || u.getRawUserInfo() != null || u.getHost() == null) return false;
    String host = u.getHost().toLowerCase(Locale.ROOT);
    if (host.startsWith("[") || host.chars().allMatch(c -> c == '.' || Character.isDigit(c))) {
      try {
        return AddressPolicy.isPublic(InetAddress.getByName(host));
      } catch (UnknownHostException e) {
        return false;
      }
    }
    if (host.equals("localhost") || !host.contains(".")) return false;
    for (String s : LOCAL_SUFFIXES) if (host.endsWith(s)) return false;
    return true;
  }
}
