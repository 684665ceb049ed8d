package dev.herald.stories;

import static dev.herald.stories.TestArticles.headline;
import static org.junit.jupiter.api.Assertions.assertEquals;

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
}
