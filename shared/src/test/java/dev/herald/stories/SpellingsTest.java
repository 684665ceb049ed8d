package dev.herald.stories;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class SpellingsTest {
  @ParameterizedTest
  @CsvSource({
      "zelensky, zelensky", "zelenskiy, zelensky", "zelenskyy, zelensky", "navalnyy, navalny", "dmitri, dmitry",
      "kowalski, kowalsky", "jeri, jeri", "iran, iran", "trump, trump", "44th, 44th", "strike, strike"})
  void variantEndingsShareAKey(String term, String key) {
    assertEquals(key, Spellings.key(term));
  }

  @ParameterizedTest
  @CsvSource({"volodymyr zelenskiy, volodymyr zelensky", "jan orlik, jan orlik"})
  void eachWordOfANamePhraseIsKeyed(String phrase, String key) {
    assertEquals(key, Spellings.phrase(phrase));
  }
}
