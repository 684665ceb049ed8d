package dev.herald.digest;

import dev.herald.model.Article;
import dev.herald.model.DraftSection;
import dev.herald.model.DraftSummary;
import dev.herald.model.Story;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * The default summarizer: extractive and multi-document, no network and no model. It
 *
 * <ol>
 *   <li>cleans each article (boilerplate lines and sentences dropped) and splits it into sentences;
 *   <li>opens with the lead sentence of the article whose headline best represents the story, then chooses,
 *       within the word budget, the sentences that best cover the concepts the articles share
 *       ({@link SentenceSelector}), so a fact several outlets report is told once;
 *   <li>cites each chosen sentence with every article that states it ({@link Support#states}), not only the one it
 *       was taken from;
 *   <li>groups the sentences into two to four titled sections ({@link SectionPlanner}) under the story's most
 *       representative headline, cleaned of outlet suffixes.
 * </ol>
 *
 * Every sentence is verbatim from an article it cites, so its output always passes {@link IntegrityCheck}.
 * Deterministic and thread-safe (no state).
 */
public final class ExtractiveSummarizer implements Summarizer {
  public static final String METHOD = "extractive";
  private static final int TITLE_WORDS = 16;

  /**
   * @throws IllegalArgumentException if {@code articles} is empty or no article has a sentence to use
   */
  @Override
  public DraftSummary summarize(Story story, List<Article> articles, int maxWords) {
    Objects.requireNonNull(story, "story == null");
    if (articles.isEmpty()) throw new IllegalArgumentException("story " + story.id() + " has no articles");
    if (maxWords < 1) throw new IllegalArgumentException("maxWords < 1: " + maxWords);
    List<ArticleText> texts = ArticleText.of(articles);
    Optional<Integer> titleArticle = Headlines.representative(texts);
    List<CitedSentence> chosen = choose(texts, maxWords, titleArticle.orElse(-1));
    if (chosen.isEmpty()) throw new IllegalArgumentException("story " + story.id() + " has no sentence to summarise");
    String title = titleArticle.map(i -> texts.get(i).headline()).orElseGet(() -> titleFrom(chosen.get(0).text()));
    List<DraftSection> sections = SectionPlanner.plan(chosen, texts, titleArticle, title);
    return new DraftSummary(title, sections, METHOD);
  }

  /** The chosen sentences with their citations, most valuable first, opening with {@code leadArticle}'s lead. */
  static List<CitedSentence> choose(List<ArticleText> texts, int maxWords, int leadArticle) {
    List<Candidate> candidates = Candidate.of(texts);
    List<Candidate> chosen = new SentenceSelector(candidates).select(maxWords, leadArticle);
    return CitedSentence.cite(chosen, texts);
  }

  /** A title from a sentence when no article has a headline: its first clause, or its first words. */
  static String titleFrom(String sentence) {
    String s = sentence.replaceAll("[.!?\"”’]+$", "");
    String[] words = s.split(" ");
    if (words.length <= TITLE_WORDS) return s;
    int comma = s.indexOf(", ");
    if (comma > 0 && s.substring(0, comma).split(" ").length >= 5 && s.substring(0, comma).split(" ").length
        <= TITLE_WORDS) {
      return s.substring(0, comma);
    }
    return String.join(" ", java.util.Arrays.copyOf(words, TITLE_WORDS)) + " …";
  }
}
