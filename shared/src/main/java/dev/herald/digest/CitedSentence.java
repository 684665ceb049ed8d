package dev.herald.digest;

import java.util.ArrayList;
import java.util.List;

/**
 * A chosen sentence and every article that states it (near-duplicate matching), origin first, then story order.
 *
 * @param articles indexes of the stating articles in the story
 */
record CitedSentence(Candidate candidate, List<Integer> articles) {
  CitedSentence {
    articles = List.copyOf(articles);
  }

  /** Cites each chosen sentence with its own article and every other article that {@linkplain Support#states states} it. */
  static List<CitedSentence> cite(List<Candidate> chosen, List<ArticleText> texts) {
    List<CitedSentence> out = new ArrayList<>();
    for (Candidate c : chosen) {
      List<Integer> articles = new ArrayList<>();
      articles.add(c.article());
      for (ArticleText a : texts) {
        if (a.index() != c.article() && Support.states(a, c.features())) articles.add(a.index());
      }
      out.add(new CitedSentence(c, articles));
    }
    return out;
  }

  /**
   * The chosen sentences, each replaced by another outlet's version of it when more articles state that version: a
   * retelling dropped as a duplicate loses its outlet's credit, since a citation needs an article that states the
   * whole sentence ({@link Support#states}). A teaser's version (a full article is credited by its other sentences)
   * takes the place of a chosen sentence only when the chosen
   * sentence itself restates it ({@link Support#restates}: the reader loses a detail or two, never a fact), more
   * articles state it, and it fits the word budget; the most stated version wins, then the shorter.
   */
  /** A text of at most this many sentences is a feed's teaser: its one fact is its outlet's only chance of credit. */
  static final int TEASER_SENTENCES = 3;

  static List<Candidate> mostStated(List<Candidate> chosen, List<Candidate> pool, List<ArticleText> texts,
      int maxWords) {
    List<Candidate> out = new ArrayList<>(chosen);
    int used = chosen.stream().mapToInt(Candidate::words).sum();
    for (int i = 0; i < out.size(); i++) {
      Candidate c = out.get(i);
      int best = stating(c, texts);
      Candidate swap = null;
      for (Candidate d : pool) {
        if (d.article() == c.article() || out.contains(d) || used - c.words() + d.words() > maxWords) continue;
        if (texts.get(d.article()).sentences().size() > TEASER_SENTENCES) continue;
        if (!Support.restates(c.features(), d.features())) continue;
        int n = stating(d, texts);
        if (n > best || n == best && swap != null && d.words() < swap.words()) {
          best = n;
          swap = d;
        }
      }
      if (swap != null) {
        used += swap.words() - c.words();
        out.set(i, swap);
      }
    }
    return out;
  }

  /** How many articles state the candidate, its own included. */
  private static int stating(Candidate c, List<ArticleText> texts) {
    int n = 1;
    for (ArticleText a : texts) if (a.index() != c.article() && Support.states(a, c.features())) n++;
    return n;
  }

  String text() {
    return candidate.text();
  }

  int origin() {
    return candidate.article();
  }
}
