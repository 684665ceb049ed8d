package dev.herald.feeds;

import java.util.Locale;

/** Byte counts for people: {@code 10 MiB}, {@code 512 KiB}, {@code 900 bytes}. */
final class Sizes {
  private Sizes() {}

  static String describe(long bytes) {
    if (bytes >= 1024 * 1024 && bytes % (1024 * 1024) == 0) return bytes / (1024 * 1024) + " MiB";
    if (bytes >= 1024 * 1024) return String.format(Locale.ROOT, "%.1f MiB", bytes / (1024.0 * 1024));
    if (bytes >= 1024) return bytes / 1024 + " KiB";
    return bytes + " bytes";
  }
}
