package dev.herald.config;

import dev.herald.text.Echo;
import java.util.Arrays;

/**
 * A server's bind address as herald.yaml may give it: an IPv4 or IPv6 literal, or {@code localhost}. Resolved without
 * DNS, so a typo is a start-up error rather than a server listening somewhere unexpected.
 */
final class BindAddress {
  private BindAddress() {}

  /** The address at {@code key}, or {@code fallback}; an IPv6 literal loses its brackets. */
  static String read(YamlSection section, String key, String fallback) {
    String v = section.string(key, fallback);
    boolean v4 = v.matches("\\d{1,3}(\\.\\d{1,3}){3}")
        && Arrays.stream(v.split("\\.")).allMatch(part -> Integer.parseInt(part) <= 255);
    boolean v6 = v.matches("\\[?[0-9A-Fa-f:.]*:[0-9A-Fa-f:.]*\\]?");
    if (!v4 && !v6 && !v.equals("localhost")) {
      throw section.error(key, "must be an IP address such as 127.0.0.1, ::1 or 0.0.0.0 (every interface), got \""
          + Echo.of(v) + "\"");
    }
    return v.startsWith("[") && v.endsWith("]") ? v.substring(1, v.length() - 1) : v;
  }
}
