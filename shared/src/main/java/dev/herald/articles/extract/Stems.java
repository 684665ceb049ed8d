package dev.herald.articles.extract;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * A set of lower-case word stems: a word matches when it equals one, or starts with one of at least four letters
 * ("comments" matches "comment"; "adverse" does not match "ad"). Lookups allocate nothing. Immutable, thread-safe.
 */
final class Stems {
  private static final int MIN_PREFIX = 4;

  private final Set<String> exact;
  private final String[][] prefixesByFirstLetter = new String[26][];

  private Stems(Set<String> exact) {
    this.exact = exact;
    List<List<String>> by = new ArrayList<>();
    for (int i = 0; i < 26; i++) by.add(new ArrayList<>());
    for (String s : exact) {
      char c = s.charAt(0);
      if (s.length() >= MIN_PREFIX && c >= 'a' && c <= 'z') by.get(c - 'a').add(s);
    }
    for (int i = 0; i < 26; i++) prefixesByFirstLetter[i] = by.get(i).toArray(new String[0]);
  }

  static Stems of(String... stems) {
    return new Stems(Set.of(stems));
  }

  boolean matches(String word) {
    if (word.isEmpty()) return false;
    if (exact.contains(word)) return true;
    char c = word.charAt(0);
    if (c < 'a' || c > 'z') return false;
    for (String stem : prefixesByFirstLetter[c - 'a']) {
      if (word.length() > stem.length() && word.startsWith(stem)) return true;
    }
    return false;
  }
}
