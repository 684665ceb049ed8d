package dev.herald.delivery;

import dev.herald.render.StoryView;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * One story version's card as a fan-out sends it to many channels, and the few variants channels get (marked within
 * its briefing, under a banner), each built once: every send of the same variant gets the same view instance, so an
 * adapter can keep what it rendered from a view by identity instead of hashing the whole view for every post (see
 * {@code SlackPublisher}). Views are values: a variant built again is equal, only not the same instance. Thread-safe.
 */
final class CardViews {
  /** Variants kept per card; past them each send builds its own (equal) view. */
  static final int VARIANTS = 16;

  private record Variant(Optional<List<Long>> briefing, Optional<String> banner) {}

  private final StoryView card;
  private final long at;
  private final Map<Variant, StoryView> variants = new ConcurrentHashMap<>();

  /** @param at when the card was read, in {@link System#nanoTime} */
  CardViews(StoryView card, long at) {
    this.card = Objects.requireNonNull(card, "card == null");
    this.at = at;
  }

  StoryView card() {
    return card;
  }

  long at() {
    return at;
  }

  /**
   * The card as a channel gets it: marked within the briefing of {@code briefing}'s stories (see {@link
   * StoryView#inBriefingOf}), then under {@code banner}.
   */
  StoryView shown(Optional<List<Long>> briefing, Optional<String> banner) {
    if (briefing.isEmpty() && banner.isEmpty()) return card;
    Variant v = new Variant(briefing, banner);
    StoryView kept = variants.get(v);
    if (kept != null) return kept;
    StoryView built = briefing.map(card::inBriefingOf).orElse(card);
    if (banner.isPresent()) built = built.withBanner(banner.get());
    if (variants.size() >= VARIANTS) return built;
    StoryView raced = variants.putIfAbsent(v, built);
    return raced != null ? raced : built;
  }
}
