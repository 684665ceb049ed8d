package dev.herald.digest;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Whether an article supports a summary sentence. Two tests, one per kind of summary:
 *
 * <ul>
 *   <li>{@link #states}: the article contains the sentence verbatim, or one of its sentences restates it: at least
 *       {@value #RESTATE_COVERAGE} of the sentence's content terms with at most {@value #RESTATE_MISSING} missing,
 *       every number it states (digits or words), the same negation and no opposite direction word ("fell" for
 *       "rose"). Extractive summaries cite an article only when it states the
 *       sentence.
 *   <li>{@link #grounds}: for written (language-model) sentences: every quotation verbatim in a cited article, every
 *       number present in the cited articles, {@value #GROUNDED_COVERAGE} of the content terms found in them, each
 *       cited article contributing, and a negated sentence backed by a negated source sentence.
 * </ul>
 *
 * Lexical tests cannot prove entailment; they are strict on what they can check (quotes, numbers, negation, direction)
 * and reject rather than guess.
 */
final class Support {
  static final double RESTATE_COVERAGE = 0.8;
  /** At most this many of the sentence's content terms may be missing from a restatement, however long it is. */
  static final int RESTATE_MISSING = 2;
  static final double GROUNDED_COVERAGE = 0.8;
  static final double CONTRIBUTION = 0.4;
  private static final Pattern QUOTE = Pattern.compile("[\"“]([^\"“”]{2,})[\"”]");

  private Support() {}

  static boolean states(ArticleText article, SentenceFeatures s) {
    return article.contains(s.text()) || restates(article, s);
  }

  static boolean restates(ArticleText article, SentenceFeatures s) {
    for (SentenceFeatures t : article.sentences()) {
      if (restates(t, s)) return true;
    }
    return false;
  }

  /** Whether source sentence {@code t} says what {@code s} says. */
  static boolean restates(SentenceFeatures t, SentenceFeatures s) {
    if (s.termSet().size() < 3 || s.negated() != t.negated()) return false;
    if (!t.numbers().containsAll(s.numbers())) return false;
    if (Polarity.contradicts(s.termSet(), t.termSet())) return false;
    int shared = shared(s.termSet(), t.termSet());
    return shared >= RESTATE_COVERAGE * s.termSet().size() && s.termSet().size() - shared <= RESTATE_MISSING;
  }

  /** Why {@code s} is not grounded in {@code cited}, or empty when it is. */
  static List<String> grounds(SentenceFeatures s, List<ArticleText> cited) {
    List<String> problems = new ArrayList<>();
    for (String quote : quotes(s.text())) {
      if (cited.stream().noneMatch(a -> a.contains(quote))) problems.add("quote not in a cited article: " + quote);
    }
    Set<String> terms = new HashSet<>();
    Set<String> numbers = new HashSet<>();
    for (ArticleText a : cited) {
      terms.addAll(SentenceFeatures.of(a.article().title()).termSet());
      numbers.addAll(SentenceFeatures.of(a.article().title()).numbers());
      for (SentenceFeatures t : a.sentences()) {
        terms.addAll(t.termSet());
        numbers.addAll(t.numbers());
      }
      if (shared(s.termSet(), articleTerms(a)) < CONTRIBUTION * s.termSet().size()) {
        problems.add("cited article " + a.id() + " does not state enough of it");
      }
    }
    for (String n : s.numbers()) {
      if (!numbers.contains(n)) problems.add("number not in a cited article: " + n);
    }
    if (shared(s.termSet(), terms) < GROUNDED_COVERAGE * s.termSet().size()) {
      problems.add("too few of its words are in the cited articles");
    }
    if (s.negated() && !negatedNearby(s, cited)) problems.add("negation not found in a cited article");
    return problems;
  }

  /** The quoted passages of {@code text}. */
  static List<String> quotes(String text) {
    List<String> out = new ArrayList<>();
    Matcher m = QUOTE.matcher(text);
    while (m.find()) out.add(m.group(1).strip());
    return out;
  }

  private static boolean negatedNearby(SentenceFeatures s, List<ArticleText> cited) {
    for (ArticleText a : cited) {
      for (SentenceFeatures t : a.sentences()) {
        if (t.negated() && shared(s.termSet(), t.termSet()) >= 0.5 * s.termSet().size()) return true;
      }
    }
    return false;
  }

  private static Set<String> articleTerms(ArticleText a) {
    Set<String> terms = new HashSet<>(SentenceFeatures.of(a.article().title()).termSet());
    for (SentenceFeatures t : a.sentences()) terms.addAll(t.termSet());
    return terms;
  }

  static int shared(Set<String> a, Set<String> b) {
    int n = 0;
    for (String t : a) {
      if (b.contains(t)) n++;
    }
    return n;
  }
}
