package dev.herald.articles;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

/**
 * Text fingerprints for spotting syndicated copies: word 4-shingles of the normalised text, their 64-bit hashes, the
 * {@value #SKETCH} smallest of them (a bottom-k MinHash sketch) for the store to look up, and the containment of one
 * text's shingles in another's for verification. Stateless and thread-safe.
 */
final class Fingerprints {
  static final int SKETCH = 8;
  static final int SHINGLE = 4;
  /** Texts shorter than this many words are not fingerprinted: too little to tell a copy from a coincidence. */
  static final int MIN_WORDS = 12;

  private Fingerprints() {}

  static Set<Long> shingles(String text) {
    String[] words = TitleKey.normalise(text).split(" ");
    Set<Long> out = new HashSet<>();
    if (words.length < MIN_WORDS) return out;
    for (int i = 0; i + SHINGLE <= words.length; i++) {
      long h = 0xcbf29ce484222325L;
      for (int k = i; k < i + SHINGLE; k++) {
        String w = words[k];
        for (int c = 0; c < w.length(); c++) {
          h ^= w.charAt(c);
          h *= 0x100000001b3L;
        }
        h ^= ' ';
        h *= 0x100000001b3L;
      }
      out.add(mix(h));
    }
    return out;
  }

  /** The smallest {@value #SKETCH} shingle hashes. */
  static List<Long> sketch(Set<Long> shingles) {
    TreeSet<Long> smallest = new TreeSet<>();
    for (long h : shingles) {
      smallest.add(h);
      if (smallest.size() > SKETCH) smallest.pollLast();
    }
    return new ArrayList<>(smallest);
  }

  /** |a ∩ b| / min(|a|, |b|): 1 when the shorter text is wholly inside the longer one. */
  static double containment(Set<Long> a, Set<Long> b) {
    if (a.isEmpty() || b.isEmpty()) return 0;
    Set<Long> small = a.size() <= b.size() ? a : b;
    Set<Long> large = small == a ? b : a;
    int shared = 0;
    for (long h : small) if (large.contains(h)) shared++;
    return (double) shared / small.size();
  }

  static long titleHash(String title) {
    return mix(TitleKey.normalise(title).hashCode() * 0x9E3779B97F4A7C15L + TitleKey.normalise(title).length());
  }

  private static long mix(long z) {
    z = (z ^ (z >>> 30)) * 0xbf58476d1ce4e5b9L;
    z = (z ^ (z >>> 27)) * 0x94d049bb133111ebL;
    return z ^ (z >>> 31);
  }
}
