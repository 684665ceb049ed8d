package dev.herald.feeds;

import dev.herald.text.Echo;
import java.net.InetAddress;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.UnknownHostException;
import java.util.Locale;

/**
 * Checks a feed URL typed by a person, without any network I/O (the fetcher checks resolved addresses): absolute
 * http(s), a host, no user name or password, at most {@value #MAX_LENGTH} chars, and no literal private address or
 * {@code localhost} unless private addresses are allowed. Stateless.
 */
public final class FeedUrls {
  public static final int MAX_LENGTH = 2_000;

  private FeedUrls() {}

  /** The URL, or an {@link IllegalArgumentException} whose message is one line for the user. */
  public static URI check(String text, boolean allowPrivate) {
    String t = text == null ? "" : text.strip();
    if (t.startsWith("<") && t.endsWith(">")) t = t.substring(1, t.length() - 1); // Slack wraps links in <...>
    if (t.isEmpty()) throw new IllegalArgumentException("a feed URL is required");
    if (t.length() > MAX_LENGTH) throw new IllegalArgumentException("the URL is longer than " + MAX_LENGTH + " chars");
    URI uri;
    try {
      uri = new URI(t);
    } catch (URISyntaxException e) {
      throw new IllegalArgumentException("not a valid URL: " + shorten(t));
    }
    String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
    if (!scheme.equals("http") && !scheme.equals("https")) {
      throw new IllegalArgumentException("feed URLs must start with http:// or https://: " + shorten(t));
    }
    String host = uri.getHost();
    if (host == null || host.isBlank()) throw new IllegalArgumentException("the URL has no host: " + shorten(t));
    if (uri.getRawUserInfo() != null) throw new IllegalArgumentException("feed URLs must not contain a user name or password");
    if (!allowPrivate) {
      String h = host.toLowerCase(Locale.ROOT);
      if (h.equals("localhost") || h.endsWith(".localhost") || h.endsWith(".local") || h.endsWith(".internal")) {
        throw new IllegalArgumentException("feeds on local or internal hosts are not allowed: " + Echo.of(host, 80)
            + " (" + AddressPolicy.SETTING + " is off)");
      }
      boolean literal = h.startsWith("[") || h.chars().allMatch(c -> c == '.' || Character.isDigit(c));
      if (literal) {
        try {
          InetAddress address = InetAddress.getByName(h.replace("[", "").replace("]", ""));
          if (!AddressPolicy.isPublic(address)) {
            throw new IllegalArgumentException("feeds on special-purpose or local addresses are not allowed: "
                + host + " (" + AddressPolicy.why(address).orElse("refused") + "; " + AddressPolicy.SETTING
                + " is off)");
          }
        } catch (UnknownHostException e) {
          throw new IllegalArgumentException("not a valid address: " + host);
        }
      }
    }
    return uri;
  }

  private static String shorten(String s) {
    return Echo.of(s, 80);
  }
}
