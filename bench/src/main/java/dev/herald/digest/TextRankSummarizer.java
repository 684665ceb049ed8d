package dev.herald.digest;

import dev.herald.model.Article;
import dev.herald.model.Story;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * The TextRank baseline for benchmarks (Mihalcea and Tarau, 2004): a graph of every cleaned sentence of the story,
 * edges weighted by shared content terms over {@code log|Si| + log|Sj|}, ranked by weighted PageRank (damping 0.85,
 * until no score moves by more than 1e-6, at most 200 rounds); the best-ranked sentences that fit the budget, in story
 * order. Same cleaned sentences as {@link ExtractiveSummarizer}. Each sentence cites only its own article.
 */
public final class TextRankSummarizer implements Summarizer {
  public static final String METHOD = "textrank";
  static final double DAMPING = 0.85;

  @Override
  public DraftSummary summarize(Story story, List<Article> articles, int maxWords) {
    List<ArticleText> texts = ArticleText.of(articles);
    List<Candidate> candidates = Candidate.of(texts);
    double[] rank = rank(candidates);
    List<Integer> order = new ArrayList<>();
    for (int i = 0; i < candidates.size(); i++) order.add(i);
    order.sort(Comparator.comparingDouble((Integer i) -> -rank[i]).thenComparingInt(i -> i));
    List<Integer> chosen = new ArrayList<>();
    int used = 0;
    for (int i : order) {
      if (used + candidates.get(i).words() > maxWords) continue;
      chosen.add(i);
      used += candidates.get(i).words();
    }
    chosen.sort(Comparator.naturalOrder());
    List<DraftSentence> out = new ArrayList<>();
    for (int i : chosen) {
      Candidate c = candidates.get(i);
      out.add(new DraftSentence(c.text(), List.of(texts.get(c.article()).id())));
    }
    return Baselines.draft(out, METHOD, "Central sentences", story);
  }

  static double[] rank(List<Candidate> s) {
    int n = s.size();
    double[][] w = new double[n][n];
    double[] out = new double[n];
    for (int i = 0; i < n; i++) {
      for (int j = i + 1; j < n; j++) {
        int a = s.get(i).features().termSet().size();
        int b = s.get(j).features().termSet().size();
        double denominator = Math.log(a) + Math.log(b);
        if (denominator <= 0) continue;
        double sim = Support.shared(s.get(i).features().termSet(), s.get(j).features().termSet()) / denominator;
        w[i][j] = sim;
        w[j][i] = sim;
      }
      for (int j = 0; j < n; j++) out[i] += w[i][j];
    }
    double[] score = new double[n];
    java.util.Arrays.fill(score, 1.0);
    for (int round = 0; round < 200; round++) {
      double[] next = new double[n];
      double moved = 0;
      for (int i = 0; i < n; i++) {
        double sum = 0;
        for (int j = 0; j < n; j++) {
          if (w[j][i] > 0 && out[j] > 0) sum += w[j][i] / out[j] * score[j];
        }
        next[i] = (1 - DAMPING) + DAMPING * sum;
        moved = Math.max(moved, Math.abs(next[i] - score[i]));
      }
      score = next;
      if (moved < 1e-6) break;
    }
    return score;
  }
}
