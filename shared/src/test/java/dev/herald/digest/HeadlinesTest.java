package dev.herald.digest;

import static dev.herald.testing.Fixtures.T0;
import static dev.herald.testing.Fixtures.article;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class HeadlinesTest {
  @Test
  void outletSuffixesAndLabelsAreRemoved() {
    assertEquals("Rail strike halts trains", Headlines.clean("Rail strike halts trains - Reuters", "Reuters"));
    assertEquals("Rail strike halts trains", Headlines.clean("Rail strike halts trains | BBC News", "BBC"));
    assertEquals("Rail strike halts trains", Headlines.clean("Rail strike halts trains — The Guardian", "Guardian"));
    assertEquals("Rail strike halts trains", Headlines.clean("WATCH: Rail strike halts trains", "Harbor Times"));
    assertEquals("Rail strike halts trains", Headlines.clean("Harbor Times - Rail strike halts trains", "Harbor Times"));
  }

  @Test
  void aColonOrDashInsideTheHeadlineIsKept() {
    assertEquals("Valdoria rail strike: mediators call talks",
        Headlines.clean("Valdoria rail strike: mediators call talks", "Pacific Daily"));
    assertEquals("Storm Isolde - what we know so far",
        Headlines.clean("Storm Isolde - what we know so far", "Pacific Daily"));
  }

  @Test
  void headingsDropTrailingAttribution() {
    assertEquals("Aster-3 must be registered with AI Office within 30 days",
        Headlines.heading("Aster-3 must be registered with AI Office within 30 days, regulator says"));
    assertEquals("How Quellton’s rebates squeezed rival chip makers",
        Headlines.heading("How Quellton’s rebates squeezed rival chip makers, according to the regulator"));
  }

  @Test
  void theRepresentativeHeadlineUsesTheWordsTheArticlesShare() {
    List<ArticleText> texts = ArticleText.of(List.of(
        article("a", "Techline", "How the regulator built its case",
            "The Competition Authority fined Quellton 412 million crowns on Thursday.", T0),
        article("b", "Northwind Wire", "Competition Authority fines Quellton 412 million crowns",
            "The Competition Authority fined Quellton 412 million crowns for rebates.", T0),
        article("c", "The Capital Ledger", "Shares slide after fine",
            "Quellton shares fell after the Competition Authority fine.", T0)));
    assertEquals(Optional.of(1), Headlines.representative(texts));
  }
}
