package dev.herald.stories;

import static dev.herald.stories.TestArticles.headline;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.herald.text.Tokens;
import java.util.Map;
import org.junit.jupiter.api.Test;

class VectorizerTest {
  private final Vectorizer vectorizer = new Vectorizer(ClusterSettings.defaults());

  @Test
  void aCountryLabelBeforeTheHeadlineCountsAsTextNotAsTitle() {
    Map<String, Double> c =
        vectorizer.counts(headline("1", "Desk", "Kenya: Pilots Warn of Fatigue", "2026-02-17T10:00:00Z"));
    String kenya = Tokens.terms("Kenya").get(0);
    String pilots = Tokens.terms("Pilots").get(0);
    assertEquals(1.0, c.get(kenya));
    assertEquals(ClusterSettings.defaults().titleWeight(), c.get(pilots));
  }

  @Test
  void aTwoWordLabelIsALabelToo() {
    Map<String, Double> c =
        vectorizer.counts(headline("1", "Desk", "South Africa: Unemployment Rate Falls", "2026-02-17T10:00:00Z"));
    assertEquals(1.0, c.get(Tokens.terms("Africa").get(0)));
  }

  @Test
  void aColonInsideTheHeadlineIsNotALabel() {
    Map<String, Double> c = vectorizer.counts(
        headline("1", "Desk", "Former envoy on the US Iran talks: progress", "2026-02-17T10:00:00Z"));
    assertEquals(ClusterSettings.defaults().titleWeight(), c.get(Tokens.terms("envoy").get(0)));
  }

  @Test
  void transliterationsOfOneNameAreOneTerm() {
    Map<String, Double> a = vectorizer.counts(TestArticles.article("1", "Desk", "Zelenskiy meets envoys",
        "President Volodymyr Zelenskiy met the envoys.", "2026-02-17T10:00:00Z"));
    Map<String, Double> b = vectorizer.counts(TestArticles.article("2", "Desk", "Zelensky meets envoys",
        "President Volodymyr Zelenskyy met the envoys.", "2026-02-17T10:00:00Z"));
    assertEquals(a.keySet(), b.keySet());
    assertTrue(a.containsKey("president volodymyr zelensky"), a.keySet().toString());
  }

  @Test
  void anAggregatorsAttributionAndAWireDatelineAreNotTerms() {
    Map<String, Double> c = vectorizer.counts(TestArticles.article("1", "Desk", "Strike ends",
        "[Harbor Times] Port Marren -- Dock workers ended their strike.", "2026-02-17T10:00:00Z"));
    assertFalse(c.containsKey(Tokens.stem("harbor")), c.keySet().toString());
    assertFalse(c.containsKey(Tokens.stem("marren")), c.keySet().toString());
    assertTrue(c.containsKey(Tokens.stem("dock")));
    Map<String, Double> wire = vectorizer.counts(TestArticles.article("2", "Desk", "Strike ends",
        "PORT MARREN, Valdoria (AP) \u2014 Dock workers ended their strike.", "2026-02-17T10:00:00Z"));
    assertFalse(wire.containsKey(Tokens.stem("valdoria")), wire.keySet().toString());
    assertTrue(wire.containsKey(Tokens.stem("dock")));
  }

  @Test
  void aLeadThatOpensWithANameIsNotADateline() {
    Map<String, Double> c = vectorizer.counts(TestArticles.article("1", "Desk", "Strike ends",
        "Anneli Brandt said the strike was over - for now.", "2026-02-17T10:00:00Z"));
    assertTrue(c.containsKey(Tokens.stem("brandt")), c.keySet().toString());
  }
}
