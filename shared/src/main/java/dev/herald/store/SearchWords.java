package dev.herald.store;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

/** User search words made safe for any full-text query syntax: lower case, letters and digits only. */
final class SearchWords {
  private static final Pattern MARKS = Pattern.compile("\\p{M}+");

  private SearchWords() {}

  /** Each word reduced to its letters and digits; words left empty are dropped. */
  static List<String> clean(List<String> words) {
    List<String> out = new ArrayList<>();
    for (String w : words) {
      StringBuilder b = new StringBuilder();
      w.toLowerCase(Locale.ROOT).codePoints().filter(Character::isLetterOrDigit).forEach(b::appendCodePoint);
      if (b.length() > 0) out.add(b.toString());
    }
    return out;
  }

  /** Text without diacritics ("Zürich" to "Zurich"), as SQLite's {@code remove_diacritics} tokenizer sees it. */
  static String fold(String text) {
    return MARKS.matcher(Normalizer.normalize(text, Normalizer.Form.NFD)).replaceAll("");
  }
}
