package dev.herald.digest.eval;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

/** Against values worked out by hand (see each test's comment). */
class RougeTest {
  static final double EPS = 1e-9;
  final Rouge rouge = new Rouge();

  @Test
  void identicalTextsScoreOne() {
    Rouge.Scores s = rouge.score("The bank cut rates.", "the bank cut rates");
    assertEquals(1.0, s.rouge1(), EPS);
    assertEquals(1.0, s.rouge2(), EPS);
    assertEquals(1.0, s.rougeL(), EPS);
  }

  @Test
  void unigramBigramAndLcsOverlapWithRepeatedWords() {
    // c = the cat sat on the mat, r = the cat is on the mat (6 tokens each, none stemmed)
    // the x2, cat, on, mat = 5 of 6 both ways. R-2: "the cat", "on the", "the mat" = 3 of 5.
    // R-L: LCS "the cat on the mat" = 5 of 6.
    Rouge.Scores s = rouge.score("The cat sat on the mat.", "The cat is on the mat.");
    assertEquals(5.0 / 6, s.rouge1(), EPS);
    assertEquals(3.0 / 5, s.rouge2(), EPS);
    assertEquals(5.0 / 6, s.rougeL(), EPS);
  }

  @Test
  void stemmedTokensOfDifferentLengths() {
    // c = polic arrest three suspect (4); r = three suspect were arrest by polic on mondai (8)
    // 4 shared, P 1, R 1/2, F 2/3. R-2: "three suspect" only, P 1/3, R 1/7, F 1/5.
    // R-L: LCS "three suspect" = 2, P 1/2, R 1/4, F 1/3.
    Rouge.Scores s = rouge.score("Police arrested three suspects.", "Three suspects were arrested by police on Monday.");
    assertEquals(2.0 / 3, s.rouge1(), EPS);
    assertEquals(1.0 / 5, s.rouge2(), EPS);
    assertEquals(1.0 / 3, s.rougeL(), EPS);
  }

  @Test
  void tokensAreLowerCaseAlphanumericRunsAndOnlyLongOnesAreStemmed() {
    assertEquals(List.of("u", "s", "rate", "fell", "to", "3", "50", "on", "mondai", "was", "cut"),
        rouge.tokens("U.S. rates fell to 3.50% on Monday—was cut"));
  }

  @Test
  void emptyCandidateScoresZero() {
    assertEquals(0.0, rouge.score("", "the bank cut rates").rouge1(), EPS);
  }
}
