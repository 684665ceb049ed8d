package dev.herald.stories;

import java.util.regex.Pattern;

/**
 * One key for the common transliteration variants of a name's ending, so "Zelensky", "Zelenskiy" and "Zelenskyy"
 * (or "Navalny" and "Navalnyy", "Dmitri" and "Dmitry") count as one term: a final "iy", "yy", "ij", "yi", "ii" or "i"
 * becomes "y" in words of five letters or more. Ordinary words that end so ("ministry", "taxi") only change their key,
 * the same in every article, so nothing is lost. Pure.
 */
final class Spellings {
  private static final Pattern VARIANT_ENDING = Pattern.compile("(?:iy|yy|ij|yi|ii|i)$");

  private Spellings() {}

  /** The key of a folded, stemmed term; terms that are not a word of five letters or more are returned as they are. */
  static String key(String term) {
    if (term.length() < 5 || !isLetters(term)) return term;
    char last = term.charAt(term.length() - 1);
    if (last != 'i' && last != 'y' && last != 'j') return term;
    return VARIANT_ENDING.matcher(term).replaceFirst("y");
  }

  /** Each word of a name phrase ("volodymyr zelenskiy") keyed. */
  static String phrase(String phrase) {
    String[] words = phrase.split(" ");
    for (int i = 0; i < words.length; i++) words[i] = key(words[i]);
    return String.join(" ", words);
  }

  private static boolean isLetters(String s) {
    for (int i = 0; i < s.length(); i++) {
      if (!Character.isLetter(s.charAt(i))) return false;
    }
    return true;
  }
}
