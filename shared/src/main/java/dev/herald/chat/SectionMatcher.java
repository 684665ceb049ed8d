package dev.herald.chat;

import dev.herald.model.Section;
import dev.herald.text.Tokens;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Finds the section a user names in {@code /expand}: a 1-based number, or words of its heading in any order (case,
 * accents, plurals and verb endings folded; small words such as "the" ignored unless nothing else was typed). The
 * first section whose heading has every word wins. A miss says which words no heading has. While the user is still
 * typing, {@link #suggest} lists the sections the text so far may name.
 */
final class SectionMatcher {
  /**
   * What matched.
   *
   * @param index the 0-based section, when one matched
   * @param unmatched the words typed that no heading of the story has (empty for a number out of range, or when each
   *     word is in some heading but no heading has them all)
   */
  record Match(Optional<Integer> index, List<String> unmatched) {
    Match {
      unmatched = List.copyOf(unmatched);
    }
  }

  private SectionMatcher() {}

  static Match find(List<Section> sections, String ref) {
    String text = ref.strip();
    if (text.matches("#?\\d{1,3}")) {
      int n = Integer.parseInt(text.startsWith("#") ? text.substring(1) : text);
      return new Match(n >= 1 && n <= sections.size() ? Optional.of(n - 1) : Optional.empty(), List.of());
    }
    Map<String, String> wanted = wanted(text);
    if (wanted.isEmpty()) return new Match(Optional.empty(), List.of(text));
    List<Set<String>> headings = new ArrayList<>();
    for (Section s : sections) headings.add(stems(s.heading()));
    for (int i = 0; i < headings.size(); i++) {
      if (headings.get(i).containsAll(wanted.keySet())) return new Match(Optional.of(i), List.of());
    }
    List<String> unmatched = new ArrayList<>();
    for (Map.Entry<String, String> w : wanted.entrySet()) {
      if (headings.stream().noneMatch(h -> h.contains(w.getKey()))) unmatched.add(w.getValue());
    }
    return new Match(Optional.empty(), unmatched);
  }

  /**
   * The sections (0-based, in order) that {@code typed}, a reference still being typed, may name: the one whose
   * number it is, and those whose heading contains it (case ignored); every section when nothing was typed.
   */
  static List<Integer> suggest(List<Section> sections, String typed) {
    String want = typed.strip().toLowerCase(Locale.ROOT);
    List<Integer> out = new ArrayList<>();
    for (int i = 0; i < sections.size(); i++) {
      if (want.isEmpty() || Integer.toString(i + 1).equals(want)
          || sections.get(i).heading().toLowerCase(Locale.ROOT).contains(want)) {
        out.add(i);
      }
    }
    return out;
  }

  /** Each stem wanted, with the word as typed; small words only when nothing else was typed. */
  private static Map<String, String> wanted(String text) {
    Map<String, String> content = new LinkedHashMap<>();
    Map<String, String> all = new LinkedHashMap<>();
    for (String w : Tokens.words(text)) {
      all.putIfAbsent(Tokens.stem(w), w);
      if (w.length() > 1 && !Tokens.STOP_WORDS.contains(w)) content.putIfAbsent(Tokens.stem(w), w);
    }
    return content.isEmpty() ? all : content;
  }

  private static Set<String> stems(String heading) {
    Set<String> out = new HashSet<>();
    for (String w : Tokens.words(heading)) out.add(Tokens.stem(w));
    return out;
  }
}
