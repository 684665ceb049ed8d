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

  String text() {
    return candidate.text();
  }

  int origin() {
    return candidate.article();
  }
}
