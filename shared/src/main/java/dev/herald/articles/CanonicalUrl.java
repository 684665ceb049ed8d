package dev.herald.articles;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * The identity form of an article link: http(s) only; scheme and host lower-cased; default port, user info and
 * fragment dropped; dot segments and a trailing slash removed; tracking parameters ({@code utm_*}, {@code fbclid},
 * {@code gclid} and the like) removed, other parameters kept in order. Stateless and thread-safe.
 */
final class CanonicalUrl {
  private static final Set<String> TRACKING = Set.of("fbclid", "gclid", "dclid", "gbraid", "wbraid", "msclkid",
      "mc_cid", "mc_eid", "igshid", "yclid", "_hsenc", "_hsmi", "mkt_tok", "oly_anon_id", "oly_enc_id", "vero_id",
      "_ga", "_gl", "ncid", "cmpid", "ocid", "smid", "smtyp", "sr_share", "ref_src", "ref_url", "at_medium",
      "at_campaign", "at_custom1", "at_custom2", "at_custom3", "at_custom4", "xtor", "guccounter", "guce_referrer",
      "guce_referrer_sig", "__twitter_impression", "s_cid", "wt.mc_id", "cid", "rss", "feature", "soc_src",
      "soc_trk", "twclid", "ttclid", "li_fat_id", "spm", "trk", "trkcampaign", "sc_cid", "utm", "icid");

  private CanonicalUrl() {}

  /** The canonical form, or "" when {@code url} is not an absolute http(s) URL. */
  public static String of(String url) {
    String u = url.strip();
    if (u.isEmpty()) return "";
    URI uri;
    try {
      uri = new URI(escape(u));
    } catch (URISyntaxException e) {
      return "";
    }
    String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
    if (!scheme.equals("http") && !scheme.equals("https")) return "";
    String host = uri.getHost();
    if (host == null || host.isEmpty()) return "";
    host = host.toLowerCase(Locale.ROOT);
    if (host.endsWith(".")) host = host.substring(0, host.length() - 1);
    int port = uri.getPort();
    boolean defaultPort = port == -1 || (scheme.equals("http") && port == 80) || (scheme.equals("https") && port == 443);
    String path = uri.getRawPath() == null || uri.getRawPath().isEmpty() ? "/" : uri.normalize().getRawPath();
    if (path.isEmpty() || path.startsWith("/..")) path = "/";
    while (path.length() > 1 && path.endsWith("/")) path = path.substring(0, path.length() - 1);
    String query = query(uri.getRawQuery());
    return scheme + "://" + host + (defaultPort ? "" : ":" + port) + path + (query.isEmpty() ? "" : "?" + query);
  }

  private static String query(String raw) {
    if (raw == null || raw.isEmpty()) return "";
    List<String> kept = new ArrayList<>();
    for (String pair : raw.split("[&;]")) {
      if (pair.isEmpty()) continue;
      int eq = pair.indexOf('=');
      String key = (eq < 0 ? pair : pair.substring(0, eq)).toLowerCase(Locale.ROOT);
      if (key.startsWith("utm_") || TRACKING.contains(key)) continue;
      kept.add(pair);
    }
    return String.join("&", kept);
  }

  private static String escape(String s) {
    StringBuilder out = new StringBuilder(s.length());
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      if (c <= ' ' || c == '"' || c == '<' || c == '>' || c == '\\' || c == '^' || c == '`' || c == '{' || c == '|'
          || c == '}' || c > 126) {
        for (byte x : String.valueOf(c).getBytes(java.nio.charset.StandardCharsets.UTF_8)) {
          out.append('%').append(String.format("%02X", x & 0xFF));
        }
      } else {
        out.append(c);
      }
    }
    return out.toString();
  }
}
