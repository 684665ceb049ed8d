package dev.herald.digest;

import dev.herald.text.SentenceSplitter;
import dev.herald.text.Tokens;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * What the summarizer and the integrity check compare about one sentence: its content terms (stemmed, stop words
 * dropped), the numbers it states, whether it is negated, and the polar words ("rose", "fell") whose opposites would
 * contradict it.
 */
record SentenceFeatures(
    String text, List<String> terms, Set<String> termSet, Set<String> numbers, boolean negated, int words) {

  private static final Set<String> NEGATIONS = Set.of("not", "no", "never", "nor", "none", "nobody", "nothing",
      "neither", "without", "cannot", "denied", "denies", "deny", "refused", "refuses", "rejected", "rejects");

  /** Number words, compared like digits: "killing one person" is not restated by "killing two people". */
  static final Set<String> NUMBER_WORDS = Set.of("one", "two", "three", "four", "five", "six", "seven", "eight",
      "nine", "ten", "eleven", "twelve", "thirteen", "fourteen", "fifteen", "sixteen", "seventeen", "eighteen",
      "nineteen", "twenty", "thirty", "forty", "fifty", "sixty", "seventy", "eighty", "ninety", "hundred",
      "thousand", "million", "billion", "trillion", "dozen", "dozens", "hundreds", "thousands", "millions",
      "billions", "half", "quarter", "third", "once", "twice", "first", "second", "single", "double", "triple");

  SentenceFeatures {
    terms = List.copyOf(terms);
    termSet = Set.copyOf(termSet);
    numbers = Set.copyOf(numbers);
  }

  static SentenceFeatures of(String text) {
    String clean = SentenceSplitter.normalize(text);
    List<String> words = Tokens.words(clean.replace("n't", " not").replace("n’t", " not"));
    Set<String> numbers = new LinkedHashSet<>();
    boolean negated = false;
    for (String w : words) {
      if (containsDigit(w) || NUMBER_WORDS.contains(w)) numbers.add(w);
      if (NEGATIONS.contains(w)) negated = true;
    }
    List<String> terms = Tokens.terms(clean);
    int count = clean.isEmpty() ? 0 : clean.split(" ").length;
    return new SentenceFeatures(clean, terms, new LinkedHashSet<>(terms), numbers, negated, count);
  }

  private static boolean containsDigit(String w) {
    for (int i = 0; i < w.length(); i++) {
      if (Character.isDigit(w.charAt(i))) return true;
    }
    return false;
  }
}
