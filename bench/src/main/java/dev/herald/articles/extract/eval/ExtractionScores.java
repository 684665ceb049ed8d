package dev.herald.articles.extract.eval;

import java.util.List;

/**
 * Precision and recall averaged over pages (each page where it is defined), and F1 from those two averages: the
 * benchmark's own aggregate.
 */
public record ExtractionScores(double precision, double recall, double f1, int pages) {

  public static ExtractionScores of(List<ShingleScore> scores) {
    double p = 0;
    double r = 0;
    int np = 0;
    int nr = 0;
    for (ShingleScore s : scores) {
      if (s.hasPrecision()) {
        p += s.precision();
        np++;
      }
      if (s.hasRecall()) {
        r += s.recall();
        nr++;
      }
    }
    p = np == 0 ? 0 : p / np;
    r = nr == 0 ? 0 : r / nr;
    return new ExtractionScores(p, r, p + r == 0 ? 0 : 2 * p * r / (p + r), scores.size());
  }
}
