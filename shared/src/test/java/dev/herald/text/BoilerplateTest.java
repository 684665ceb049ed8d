package dev.herald.text;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

class BoilerplateTest {
  @Test
  void recognisesPageFurniture() {
    for (String s : List.of(
        "share tweet pin email",
        "Share this article",
        "Tweet with a location",
        "You can add location information to your Tweets, such as your city or precise location.",
        "Sign up for our newsletter",
        "Sign up for our daily newsletter to get the news first.",
        "(AP Photo/David Zalubowski)",
        "Picture: Contributed",
        "Photo credit: Getty Images",
        "Advertisement",
        "Continue reading →",
        "The post Quellton shares slide appeared first on The Capital Ledger.",
        "RELATED: Best Places To Live In The World 2016",
        "Copyright 2016 The Associated Press. All rights reserved.",
        "[…]",
        "By Ines Kovacek")) {
      assertTrue(Boilerplate.isBoilerplate(s), s);
    }
  }

  @Test
  void keepsStorySentencesThatShareWordsWithFurniture() {
    for (String s : List.of(
        "The two firms share the same owner.",
        "Shares in Quellton fell 3.8 percent on Thursday.",
        "More than 100 people were evacuated.",
        "Photographers gathered outside the court.",
        "The company's newsletter business grew by 12 percent last year, it said in its annual report.",
        "Video of the landing was shown in Estenburg.")) {
      assertFalse(Boilerplate.isBoilerplate(s), s);
    }
  }

  @Test
  void stripDropsFurnitureLinesAndSentencesButKeepsTheRest() {
    String text = "share tweet pin email\n\nThe bank cut rates on Thursday. The post Rates appeared first on Ledger."
        + "\n\nAdvertisement\n\nInflation slowed.";
    assertEquals("The bank cut rates on Thursday.\n\nInflation slowed.", Boilerplate.strip(text));
  }
}
