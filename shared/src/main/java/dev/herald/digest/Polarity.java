package dev.herald.digest;

import dev.herald.text.Tokens;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;

/**
 * Opposite pairs of reporting verbs and directions ("rose"/"fell", "won"/"lost"). Two sentences that share almost
 * every word but take opposite sides of such a pair say different things, so neither supports the other.
 */
final class Polarity {
  private static final String[][] PAIRS = {
    {"rise", "fall"}, {"rose", "fell"}, {"risen", "fallen"}, {"increase", "decrease"},
    {"increased", "decreased"}, {"gain", "loss"}, {"gained", "lost"}, {"win", "lose"}, {"won", "lost"},
    {"higher", "lower"}, {"approve", "reject"}, {"approved", "rejected"},
    {"accept", "refuse"}, {"accepted", "refused"}, {"confirm", "deny"}, {"confirmed", "denied"},
    {"open", "close"}, {"opened", "closed"}, {"start", "end"}, {"started", "ended"}, {"cut", "raise"},
    {"cuts", "raises"}, {"lift", "impose"}, {"lifted", "imposed"}, {"guilty", "innocent"},
    {"acquitted", "convicted"}, {"resign", "remain"}, {"resigned", "stayed"}, {"strengthen", "weaken"},
    {"strengthened", "weakened"}, {"slide", "jump"}, {"slid", "jumped"}, {"surge", "plunge"},
    {"surged", "plunged"}, {"slows", "accelerates"}, {"slowed", "accelerated"}
  };
  private static final Map<String, String> OPPOSITE = new HashMap<>();

  static {
    for (String[] p : PAIRS) {
      String a = Tokens.stem(p[0]);
      String b = Tokens.stem(p[1]);
      OPPOSITE.put(a, b);
      OPPOSITE.put(b, a);
    }
  }

  private Polarity() {}

  /** Whether one of {@code a}'s terms has its opposite in {@code b} while {@code b} lacks the term itself. */
  static boolean contradicts(Set<String> a, Set<String> b) {
    for (String t : a) {
      String o = OPPOSITE.get(t);
      if (o != null && b.contains(o) && !b.contains(t) && !a.contains(o)) return true;
    }
    return false;
  }
}
