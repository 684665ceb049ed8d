package dev.herald.stories;

import dev.herald.text.Tokens;
import java.util.ArrayList;
import java.util.List;

/**
 * Name phrases in running text: runs of two or more capitalised words joined only by spaces ("Good Country Index",
 * "Simon Anholt", "San Francisco"), folded to lower case and joined by one space, in text order with repeats. A
 * leading stop word that merely opens a sentence ("The Calgary Zoo") is dropped, and a possessive "'s" is cut. Names
 * are what tell one event from another on the same subject, and a phrase is rarer than its words, so the clusterer
 * adds these as extra terms. Single capitalised words are not returned (a sentence's first word is capitalised too),
 * nor phrases from titles, which capitalise every word. Pure.
 */
final class EntityTerms {
  private EntityTerms() {}

  static List<String> of(String text) {
    List<String> out = new ArrayList<>();
    List<String> run = new ArrayList<>();
    boolean runOpensSentence = false;
    boolean sentenceStart = true;
    boolean onlySpaces = false;
    int i = 0;
    int n = text.length();
    while (i < n) {
      char c = text.charAt(i);
      if (!Character.isLetterOrDigit(c)) {
        if (endsSentence(text, i)) sentenceStart = true;
        if (c != ' ') onlySpaces = false;
        i++;
        continue;
      }
      int start = i;
      while (i < n && (Character.isLetterOrDigit(text.charAt(i)) || isInnerApostrophe(text, i))) i++;
      String word = text.substring(start, i);
      boolean capitalised = word.length() > 1 && Character.isUpperCase(word.charAt(0));
      if (capitalised && !run.isEmpty() && onlySpaces) {
        run.add(word);
      } else {
        flush(run, runOpensSentence, out);
        if (capitalised) {
          run.add(word);
          runOpensSentence = sentenceStart;
        }
      }
      sentenceStart = false;
      onlySpaces = true;
    }
    flush(run, runOpensSentence, out);
    return out;
  }

  private static boolean endsSentence(String text, int i) {
    char c = text.charAt(i);
    return ".!?:;\"\u201c\u201d\n|(\u2014".indexOf(c) >= 0;
  }

  private static boolean isInnerApostrophe(String text, int i) {
    char c = text.charAt(i);
    return (c == '\'' || c == '\u2019') && i + 1 < text.length() && Character.isLetter(text.charAt(i + 1));
  }

  private static void flush(List<String> run, boolean opensSentence, List<String> out) {
    List<String> words = new ArrayList<>();
    for (String w : run) words.add(Tokens.fold(w).replace("'s", "").replace("\u2019s", ""));
    run.clear();
    if (opensSentence && !words.isEmpty() && Tokens.STOP_WORDS.contains(words.get(0))) words.remove(0);
    if (words.size() >= 2) out.add(String.join(" ", words));
  }
}
