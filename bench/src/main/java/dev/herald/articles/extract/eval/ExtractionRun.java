package dev.herald.articles.extract.eval;

import dev.herald.articles.extract.ExtractedPage;
import dev.herald.articles.extract.PageExtractor;
import dev.herald.articles.extract.PageVerdict;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.jsoup.Jsoup;

/**
 * Herald's extractor over the benchmark pages, scored on exactly the text {@link PageExtractor} returns (a page it
 * judges not to be the article scores as an empty prediction), beside the whole page's text as the baseline.
 */
public final class ExtractionRun {

  /** One page's outcome. */
  public record PageResult(ArticleCorpus.Page page, PageVerdict verdict, ShingleScore score) {}

  /**
   * @param all every page
   * @param tuneHalf pages at even positions (the half rules were tuned on)
   * @param heldOutHalf pages at odd positions
   * @param baseline the whole page's text
   * @param verdicts how many pages got each verdict
   */
  public record Report(ExtractionScores all, ExtractionScores tuneHalf, ExtractionScores heldOutHalf,
      ExtractionScores baseline, Map<PageVerdict.Kind, Integer> verdicts, List<PageResult> pages) {}

  private ExtractionRun() {}

  public static Report run(List<ArticleCorpus.Page> pages) {
    PageExtractor extractor = new PageExtractor();
    List<PageResult> results = new ArrayList<>();
    List<ShingleScore> all = new ArrayList<>();
    List<ShingleScore> even = new ArrayList<>();
    List<ShingleScore> odd = new ArrayList<>();
    List<ShingleScore> baseline = new ArrayList<>();
    Map<PageVerdict.Kind, Integer> verdicts = new EnumMap<>(PageVerdict.Kind.class);
    for (int i = 0; i < pages.size(); i++) {
      ArticleCorpus.Page p = pages.get(i);
      ExtractedPage e = extractor.extract(p.html(), p.url());
      ShingleScore s = ShingleScore.of(p.truth(), e.text());
      results.add(new PageResult(p, e.verdict(), s));
      all.add(s);
      (i % 2 == 0 ? even : odd).add(s);
      verdicts.merge(e.verdict().kind(), 1, Integer::sum);
      baseline.add(ShingleScore.of(p.truth(), wholeText(p)));
    }
    return new Report(ExtractionScores.of(all), ExtractionScores.of(even), ExtractionScores.of(odd),
        ExtractionScores.of(baseline), verdicts, results);
  }

  /** The baseline: all text of the page's body, as a plain HTML-to-text converter gives it. */
  public static String wholeText(ArticleCorpus.Page p) {
    return Jsoup.parse(p.html(), p.url().toString()).body().text();
  }
}
