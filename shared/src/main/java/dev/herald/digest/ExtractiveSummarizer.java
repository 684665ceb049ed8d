package dev.herald.digest;

import dev.herald.model.Article;
import dev.herald.model.Story;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;

/**
 * The default summarizer: extractive and multi-document, no network and no model. It
 *
 * <ol>
 *   <li>cleans each article (boilerplate lines and sentences dropped) and splits it into sentences, keeping only
 *       whole sentences ({@link Candidate#usable});
 *   <li>finds the story's core event ({@link StoryCore}): sentences come only from core articles that report or
 *       discuss it (not from roundups, newsletters or service pages) and must be about it;
 *   <li>opens with the lead sentence of the article whose headline titles the story, then chooses,
 *       within the word budget, the sentences that best cover the concepts the articles share
 *       ({@link SentenceSelector}), so a fact several outlets report is told once, even in other words
 *       ({@link Paraphrases}); reports that only preview the event are not used ({@link StoryCore#preview});
 *   <li>cites each chosen sentence with every article that states it ({@link Support#states}), not only the one it
 *       was taken from, telling a fact in the version most outlets state ({@link CitedSentence#mostStated});
 *   <li>groups the sentences by sub-topic into titled sections ({@link SectionPlanner}) under the headline of the
 *       core's most central report, cleaned of outlet suffixes and section labels and in sentence case when the
 *       outlet wrote it in Title Case, names kept ({@link Headings#title});
 *   <li>spells each name one way, with the accents the outlets give it ({@link Spellings}).
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
    StoryCore core = StoryCore.of(texts);
    List<CitedSentence> chosen = choose(texts, core, maxWords);
    if (chosen.isEmpty()) throw new IllegalArgumentException("story " + story.id() + " has no sentence to summarise");
    int titleArticle = core.titleArticle();
    String headline = titleArticle >= 0 ? texts.get(titleArticle).headline() : titleFrom(chosen.get(0).text());
    // an outlet's Title Case reads in the briefing's one style, names kept, like the section headings
    String title = Headings.title(headline, texts);
    List<DraftSection> sections = SectionPlanner.plan(chosen, texts, core, title);
    // one spelling per name: the accented one the outlets use
    Spellings spellings = Spellings.of(texts);
    return new DraftSummary(spellings.apply(title), spellings.apply(sections), METHOD);
  }

  /** The chosen sentences with their citations, most valuable first, opening with the title article's lead. */
  static List<CitedSentence> choose(List<ArticleText> texts, StoryCore core, int maxWords) {
    List<Candidate> all = Candidate.of(texts);
    List<Candidate> candidates = new ArrayList<>();
    for (Candidate c : all) {
      if (core.lendsSentences(c.article()) && core.about(c.article(), c.features())) candidates.add(c);
    }
    // a story too thin for the core's test still gets a summary: its core's sentences, else any whole sentence
    if (candidates.isEmpty()) all.stream().filter(c -> core.member(c.article())).forEach(candidates::add);
    if (candidates.isEmpty()) candidates = all;
    String title = core.titleArticle() >= 0 ? texts.get(core.titleArticle()).headline() : "";
    Set<Integer> secondary = new HashSet<>();
    for (Candidate c : candidates) if (core.secondary(c.article())) secondary.add(c.article());
    List<Candidate> chosen = new SentenceSelector(candidates, title, secondary).select(maxWords, core.titleArticle());
    return CitedSentence.cite(CitedSentence.mostStated(chosen, candidates, texts, maxWords), texts);
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
