package dev.herald.model;

import java.util.Locale;

/** Where a channel lives. */
public enum Platform {
  CONSOLE,
  SLACK,
  DISCORD;

  /** The lower-case name used in keys, config and logs. */
  public String key() {
    return name().toLowerCase(Locale.ROOT);
  }

  public static Platform parse(String key) {
    for (Platform p : values()) {
      if (p.key().equalsIgnoreCase(key)) return p;
    }
    throw new IllegalArgumentException("unknown platform: " + key);
  }
}
