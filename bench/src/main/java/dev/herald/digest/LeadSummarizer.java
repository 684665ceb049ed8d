package dev.herald.digest;

import dev.herald.model.Article;
import dev.herald.model.Story;
import java.util.ArrayList;
import java.util.List;

/**
 * The lead baseline for benchmarks: the leading sentences of each article in turn (first sentence of every article,
 * then every second sentence, ...), skipping a sentence that would overrun the budget. It sees the same cleaned
 * sentences as {@link ExtractiveSummarizer}, so a comparison measures choice, not cleaning. Each sentence cites only
 * its own article. Not meant for chat: one section headed "Leading sentences".
 */
public final class LeadSummarizer implements Summarizer {
  public static final String METHOD = "lead";

  @Override
  public DraftSummary summarize(Story story, List<Article> articles, int maxWords) {
    List<ArticleText> texts = ArticleText.of(articles);
    List<List<Candidate>> byArticle = new ArrayList<>();
    for (ArticleText t : texts) byArticle.add(Candidate.of(List.of(t)));
    List<DraftSentence> out = new ArrayList<>();
    int used = 0;
    int longest = byArticle.stream().mapToInt(List::size).max().orElse(0);
    for (int rank = 0; rank < longest; rank++) {
      for (int a = 0; a < byArticle.size(); a++) {
        if (rank >= byArticle.get(a).size()) continue;
        Candidate c = byArticle.get(a).get(rank);
        if (used + c.words() > maxWords) continue;
        out.add(new DraftSentence(c.text(), List.of(texts.get(a).id())));
        used += c.words();
      }
    }
    return Baselines.draft(out, METHOD, "Leading sentences", story);
  }
}
