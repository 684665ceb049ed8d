package dev.herald.render;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URI;
import java.util.List;
import org.junit.jupiter.api.Test;

class LinksTest {
  static final URI PHISH = URI.create("https://evil.example/phish");

  @Test
  void onlyHttpUrlsWithAHostAndNoUserInfoAreLinks() {
    assertTrue(Links.target("https://news.example/a?b=1#c").isPresent());
    assertTrue(Links.target(" http://news.example ").isPresent());
    for (String bad : List.of("https://good.example@evil.example/", "https://user:pw@news.example/",
        "http://good.example%40x@evil.example/", "javascript:alert(1)", "//news.example/a", "news.example/a",
        "https:///nohost", "https://news.example/a b", "https://news.example/\u0085", "ftp://news.example/", "",
        "https://news.example/" + "x".repeat(Links.MAX_URL))) {
      assertFalse(Links.target(bad).isPresent(), bad);
    }
  }

  @Test
  void aLabelThatLooksLikeAnotherUrlOrHostBecomesTheLinksOwnHost() {
    for (String lie : List.of("https://www.bank.example/secure-login", "www.bank.example", "bank.example",
        "BANK.EXAMPLE.", "bank.example/secure-login", "bank.example:443", "Log in at https://bank.example now",
        "(https://bank.example/login)", "\uff37\uff37\uff37.bank.example", "bank\u2024example",
        "https://evil.example@bank.example/", "https://good.example@evil.example/", "//bank.example/x",
        "Breaking: www.bank.example/alert", "http://192.0.2.1/login", "b\u0430nk.example")) {
      assertTrue(Links.deceives(lie, PHISH), lie);
      assertEquals("evil.example", Links.label(lie, PHISH), lie);
    }
  }

  @Test
  void ordinaryHeadlinesAndTheLinksOwnHostStay() {
    for (String honest : List.of("Rail strike halts trains", "Booking.com sales rise 5%", "Update:Biden visits",
        "[1]", "evil.example", "www.evil.example", "https://evil.example/other-page", "EVIL.example/path",
        "U.S. economy grows 3.5% in Q3", "What is Node.js?", "Yonhap", "")) {
      assertFalse(Links.deceives(honest, PHISH), honest);
      assertEquals(honest, Links.label(honest, PHISH));
    }
  }

  @Test
  void theHostShownDropsWwwAndCase() {
    assertEquals("bank.example", Links.host(URI.create("https://WWW.Bank.example/x")));
  }
}
