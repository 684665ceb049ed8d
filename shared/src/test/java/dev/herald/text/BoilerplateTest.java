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
  void recognisesWebArchiveNotesAndPlaceholderPages() {
    for (String s : List.of(
        "Flowing in every day, these data are added to the Wayback Machine after an embargo period.",
        "Then the Internet Archive hopes that references to these archived pages will be put in place of a link.",
        "The seed for this crawl was a list of every host in the Wayback Machine",
        "The seed for Wide00014 was:",
        "- Slash pages from every domain on the web:",
        "The WARC files associated with this crawl are not currently available to the general public.",
        "Web wide crawl with initial seedlist and crawler configuration from March 2011.",
        "Crawl start date: 09 March, 2011",
        "This collection contains collaborative Election crawls performed by IA.",
        "These files are currently not publicly accessible.",
        "They include web captures of the example.org website.",
        "Add a location to your Tweets",
        "You can switch location on/off before each Tweet.",
        "When you tweet with a location, Twitter stores that location.",
        "Learn more",
        "Sorry, the page you requested could not be found.",
        "Your custom domain mapping may take as little as 15-30 minutes to resolve.")) {
      assertTrue(Boilerplate.isBoilerplate(s), s);
    }
  }

  @Test
  void keepsStorySentencesAboutArchivesCrawlsAndLocations() {
    for (String s : List.of(
        "The Internet Archive was sued by four publishers over its lending library.",
        "Rescuers had to crawl through the rubble to reach the family.",
        "The ministry said the data is not publicly available.",
        "Police traced the phone's location to a farm outside Estenburg.",
        "Visitors can learn more about the harbour's history at the new museum.")) {
      assertFalse(Boilerplate.isBoilerplate(s), s);
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
