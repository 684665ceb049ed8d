package dev.herald.model;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;

/**
 * Keys parsed lately, by their text: a parse of text seen before gives the instance parsed then. Keys are values, so
 * this changes no result, only how often equal keys are the same object. At most {@link #KEPT} are kept; past that
 * the cache starts again. Thread-safe.
 */
final class Parsed<K> {
  static final int KEPT = 100_000;
  static final Parsed<ChannelKey> CHANNELS = new Parsed<>();
  static final Parsed<WorkspaceKey> WORKSPACES = new Parsed<>();

  private final Map<String, K> byText = new ConcurrentHashMap<>();

  /** The key {@code parse} gives for {@code text}, parsed now or kept from before; what parse throws is not kept. */
  K get(String text, Function<String, K> parse) {
    K kept = byText.get(text);
    if (kept != null) return kept;
    K parsed = parse.apply(text);
    if (byText.size() >= KEPT) byText.clear();
    K raced = byText.putIfAbsent(text, parsed);
    return raced != null ? raced : parsed;
  }
}
