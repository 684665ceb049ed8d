package dev.herald.digest;

import dev.herald.model.Article;
import dev.herald.model.Section;
import dev.herald.model.Sentence;
import dev.herald.model.Source;
import dev.herald.model.StorySummary;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;

/**
 * The one check every summary passes before it is stored or posted: every sentence cited, every citation resolving to
 * an article of the story, and every sentence supported by every article it cites. An extractive sentence must occur
 * verbatim in one of its cited articles, and each other cited article must state it ({@link Support#states}); a
 * sentence of a {@value LlmSummarizer#METHOD} summary must be grounded in its cited articles ({@link Support#grounds}).
 *
 * <p>Pure and thread-safe.
 */
public final class IntegrityCheck {
  private IntegrityCheck() {}

  /** Checks a draft, whose sentences cite article ids, against the story's articles. */
  public static IntegrityReport check(DraftSummary draft, List<Article> articles) {
    Map<String, ArticleText> byId = index(articles);
    Tally tally = new Tally();
    for (DraftSection section : draft.sections()) {
      for (DraftSentence s : section.sentences()) {
        List<ArticleText> cited = new ArrayList<>();
        for (String id : new LinkedHashSet<>(s.articleIds())) {
          ArticleText a = byId.get(id);
          if (a == null) {
            tally.outOfRange++;
            tally.problems.add("citation of an article outside the story: " + id);
          } else {
            cited.add(a);
          }
        }
        tally.sentence(s.text(), cited, s.articleIds().isEmpty(), draft.method());
      }
    }
    return tally.report();
  }

  /** Checks a numbered summary: each {@code [n]} must name a source, and the source's article must support it. */
  public static IntegrityReport check(StorySummary summary, List<Article> articles) {
    Map<String, ArticleText> byId = index(articles);
    Tally tally = new Tally();
    for (Section section : summary.sections()) {
      for (Sentence s : section.sentences()) {
        List<ArticleText> cited = new ArrayList<>();
        for (int n : s.citations()) {
          ArticleText a = n <= summary.sources().size() ? byId.get(summary.source(n).articleId()) : null;
          if (a == null) {
            tally.outOfRange++;
            tally.problems.add("citation [" + n + "] resolves to no article of the story");
          } else {
            cited.add(a);
          }
        }
        tally.sentence(s.text(), cited, s.citations().isEmpty(), summary.method());
      }
    }
    for (Source source : summary.sources()) {
      if (!byId.containsKey(source.articleId())) {
        tally.outOfRange++;
        tally.problems.add("source [" + source.n() + "] is not an article of the story: " + source.articleId());
      }
    }
    return tally.report();
  }

  private static Map<String, ArticleText> index(List<Article> articles) {
    Map<String, ArticleText> byId = new HashMap<>();
    for (ArticleText a : ArticleText.of(articles)) byId.putIfAbsent(a.id(), a);
    return byId;
  }

  /** Whether {@code cited} support {@code text} under the rule for {@code method}; the problems, or empty. */
  static List<String> supportProblems(String text, List<ArticleText> cited, String method) {
    SentenceFeatures f = SentenceFeatures.of(text);
    if (LlmSummarizer.METHOD.equals(method)) return Support.grounds(f, cited);
    List<String> problems = new ArrayList<>();
    if (cited.stream().noneMatch(a -> a.contains(text))) {
      problems.add("sentence occurs in none of its cited articles");
    }
    for (ArticleText a : cited) {
      if (!Support.states(a, f)) problems.add("cited article " + a.id() + " does not state it");
    }
    return problems;
  }

  private static final class Tally {
    int sentences;
    int cited;
    int multiCited;
    int outOfRange;
    int unsupported;
    final List<String> problems = new ArrayList<>();

    void sentence(String text, List<ArticleText> resolved, boolean uncited, String method) {
      sentences++;
      if (uncited) {
        problems.add("uncited sentence: " + text);
        return;
      }
      cited++;
      if (resolved.size() > 1) multiCited++;
      if (resolved.isEmpty()) return;
      List<String> why = supportProblems(text, resolved, method);
      if (!why.isEmpty()) {
        unsupported++;
        problems.add(why.get(0) + ": " + text);
      }
    }

    IntegrityReport report() {
      return new IntegrityReport(sentences, cited, multiCited, outOfRange, unsupported, problems);
    }
  }
}
