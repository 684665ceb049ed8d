package dev.herald.render;

import java.net.IDN;
import java.net.URI;
import java.net.URISyntaxException;
import java.text.Normalizer;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Which links Herald makes, and what their text may say. Every platform renderer asks here, so a link cannot lie on
 * one platform and not on another.
 *
 * <ul>
 *   <li>{@link #target}: only an absolute http(s) URL with a host, without user info ({@code
 *       https://good.example@evil.example/} names one host and goes to another, so it is no link), without spaces or
 *       control characters, at most {@value #MAX_URL} characters.
 *   <li>{@link #label}: a link's text must never look like a URL or a host other than the link's own. Text that
 *       holds a URL-like word (a scheme {@code x://}, {@code www.}, or {@code host.tld} followed by a path or port)
 *       naming another host, or that is itself a host name other than the link's, is replaced by the link's own host.
 *       Host names inside ordinary words ("Booking.com sales rise") stay: they do not pose as the link. Text is
 *       compared after NFKC folding, so full-width letters and one-dot leaders do not slip through.
 * </ul>
 *
 * Pure and thread-safe.
 */
public final class Links {
  public static final int MAX_URL = 3_000;
  /** A host: labels of letters, digits and hyphens, at least two, the last made of letters. */
  private static final Pattern HOST = Pattern.compile("(?:[\\p{L}\\p{N}](?:[\\p{L}\\p{N}-]*[\\p{L}\\p{N}])?\\.)+"
      + "\\p{L}{2,63}\\.?");
  /** A word that reads as a URL: scheme, protocol-relative, www., or host followed by port, path, query or fragment. */
  private static final Pattern URL_WORD = Pattern.compile("(?i)(?:[a-z][a-z0-9+.-]*://|//|(?=www\\.))"
      + "([^\\s/@]*@)?([^\\s/:?#@]*)|(" + HOST.pattern() + ")(?::\\d+|[/?#])");
  private static final String WRAPPERS = "()[]{}<>\"'\u201c\u201d\u2018\u2019\u00ab\u00bb,;!?*_~`|";

  private Links() {}

  /** The URL when Herald may link to it: see the class comment. */
  public static Optional<URI> target(String url) {
    if (url == null) return Optional.empty();
    String u = url.strip();
    if (u.isEmpty() || u.length() > MAX_URL || u.chars().anyMatch(c -> c <= ' ' || (c >= 0x7f && c <= 0x9f))) {
      return Optional.empty();
    }
    try {
      URI uri = new URI(u);
      String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
      if (!scheme.equals("http") && !scheme.equals("https")) return Optional.empty();
      if (uri.getHost() == null || uri.getHost().isEmpty()) return Optional.empty();
      if (uri.getRawUserInfo() != null || uri.getRawAuthority().contains("@")) return Optional.empty();
      return Optional.of(uri);
    } catch (URISyntaxException e) {
      return Optional.empty();
    }
  }

  /** The host a reader should see for {@code target}: lower case, without a leading {@code www.}. */
  public static String host(URI target) {
    return bare(target.getHost());
  }

  /**
   * {@code text} when it may be the text of a link to {@code target}, otherwise the target's own {@link #host}: the
   * link then says where it goes.
   */
  public static String label(String text, URI target) {
    return deceives(text, target) ? host(target) : text;
  }

  /** Whether {@code text} as the text of a link to {@code target} would name another place. */
  public static boolean deceives(String text, URI target) {
    String own = host(target);
    String folded = Normalizer.normalize(text, Normalizer.Form.NFKC);
    String whole = trim(folded);
    if (HOST.matcher(whole).matches() && !sameHost(whole, own)) return true;
    for (String word : folded.split("[\\s\\u00a0]+")) {
      Matcher m = URL_WORD.matcher(trim(word));
      if (!m.lookingAt()) continue;
      if (m.group(1) != null) return true; // user info: the name before the @ is not where it goes
      String named = m.group(2) != null ? m.group(2) : m.group(3);
      if (named == null || named.isEmpty() || !sameHost(named, own)) return true;
    }
    return false;
  }

  private static boolean sameHost(String named, String own) {
    String n = bare(named);
    return n.equals(own) || ascii(n).equals(ascii(own));
  }

  /** Lower case, without trailing dots, a port or a leading {@code www.}. */
  private static String bare(String host) {
    String h = host.toLowerCase(Locale.ROOT);
    int colon = h.indexOf(':');
    if (colon >= 0 && h.indexOf(':', colon + 1) < 0) h = h.substring(0, colon);
    while (h.endsWith(".")) h = h.substring(0, h.length() - 1);
    if (h.startsWith("[") && h.endsWith("]")) h = h.substring(1, h.length() - 1);
    return h.startsWith("www.") ? h.substring(4) : h;
  }

  private static String ascii(String host) {
    try {
      return IDN.toASCII(host, IDN.ALLOW_UNASSIGNED).toLowerCase(Locale.ROOT);
    } catch (IllegalArgumentException e) {
      return host;
    }
  }

  /** Without the quotes, brackets and punctuation around a word (a trailing full stop included). */
  private static String trim(String s) {
    int from = 0;
    int to = s.length();
    while (from < to && (WRAPPERS.indexOf(s.charAt(from)) >= 0 || Character.isWhitespace(s.charAt(from)))) from++;
    while (to > from && (WRAPPERS.indexOf(s.charAt(to - 1)) >= 0 || s.charAt(to - 1) == '.'
        || s.charAt(to - 1) == ':' || Character.isWhitespace(s.charAt(to - 1)))) {
      to--;
    }
    return s.substring(from, to);
  }
}
