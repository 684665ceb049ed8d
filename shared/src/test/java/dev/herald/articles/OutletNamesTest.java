package dev.herald.articles;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

class OutletNamesTest {
  private static String name(String title, String text, String link) {
    return OutletNames.of("", "", title, text, List.of(link));
  }

  @Test
  void aConfiguredNameWins() {
    assertEquals("Harbor Times", OutletNames.of("Harbor Times", "HT Site", "World", "", List.of("https://ht.example")));
  }

  @Test
  void theSitesOwnNameComesBeforeTheFeedTitle() {
    assertEquals("Harbor Times", OutletNames.of("", "Harbor Times", "World - HT", "", List.of("https://ht.example")));
  }

  @Test
  void aSectionAfterTheNameIsDropped() {
    assertEquals("Harbor Times", name("Harbor Times - Category World", "", "https://harbortimes.example/category/world"));
    assertEquals("Harbor Times", name("Harbor Times | All stories", "", "https://www.harbortimes.example"));
    assertEquals("Capital Ledger", name("Capital Ledger: International", "", "https://capitalledger.example"));
  }

  @Test
  void aSectionBeforeTheNameIsDropped() {
    assertEquals("Pacific Daily", name("World – Pacific Daily", "", "https://pacificdaily.example"));
  }

  @Test
  void aDomainNameReadsAsTheOutlet() {
    assertEquals("Harbor News", name("World - HarborNews.com", "", "https://www.harbornews.com/"));
    assertEquals("HDL", name("HDL.com: World News", "", "https://online.hdl.com/page/1.html"));
  }

  @Test
  void decorationAfterTheBrandIsDropped() {
    assertEquals("QTV News", name("QTV News Search Records Found 1000", "", "https://www.qtv.com/"));
    assertEquals("QTV", name("QTV Topics: World", "", "https://www.qtv.org/sections/world/"));
    assertEquals("The Ledger", name("TheLedger feed", "", "https://theledger.com"));
  }

  @Test
  void aTaglineAfterTheNameIsDropped() {
    assertEquals("Al Harbor", name("Al Harbor – Breaking News, World News and Video from Al Harbor", "",
        "https://www.alharbor.com"));
  }

  @Test
  void anAbbreviationIsSpelledOutOnlyWhenTheFeedSaysSo() {
    assertEquals("The Harbor City Times",
        name("HCT > World News", "Copyright 2026 The Harbor City Times Company", "https://www.hct.com/section/world"));
    assertEquals("HCT", name("HCT > World News", "", "https://www.hct.com/section/world"));
  }

  @Test
  void aSectionOnlyTitleGivesTheNameTheFeedTextSpells() {
    assertEquals("The Capital Ledger",
        name("World", "The Capital Ledger World section provides analysis of world news.", "https://capitalledger.com"));
    assertEquals("Harbor.com", name("World News: Breaking news, politics, crime, tech, and more", "Harbor.com",
        "https://www.harbor.com/tag/world-news/"));
    assertEquals("Valdorian Broadcasting Corporation",
        name("Top Stories", "Copyright 2026, Valdorian Broadcasting Corporation. All Rights Reserved.",
            "https://www.vbc.net.vd/news"));
  }

  @Test
  void otherwiseTheHost() {
    assertEquals("harborweekly.com", name("Asia", "", "https://www.harborweekly.com/asia"));
    assertEquals("harborweekly.com", name("", "", "https://www.harborweekly.com/asia"));
  }

  @Test
  void neverASectionName() {
    for (String section : List.of("World", "Top Stories", "Latest", "World News", "International")) {
      assertEquals("example.org", name(section, "", "https://example.org/"), section);
    }
  }
}
