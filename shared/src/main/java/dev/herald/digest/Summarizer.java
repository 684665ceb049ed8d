package dev.herald.digest;

import dev.herald.model.Article;
import dev.herald.model.Story;
import java.util.List;

/**
 * Writes one story as titled sections of sentences that cite the articles stating them. Implementations: the
 * default extractive summarizer (no network) and the optional language-model one.
 */
public interface Summarizer {
  /**
   * @param articles the story's articles, in the order they joined
   * @param maxWords the budget for all sections together
   */
  DraftSummary summarize(Story story, List<Article> articles, int maxWords);
}
