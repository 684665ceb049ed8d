package dev.herald.articles;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.herald.model.Article;
import java.time.Instant;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;

/** Item kinds from title, lead and URL; every fixture is written for this test (fictional outlets and events). */
class ItemKindsTest {

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', quoteCharacter = '"', textBlock = """
      Rail strike halts most intercity trains across Valdoria           | The 48-hour strike began at 04:00.          | https://harbor.example/news/rail-strike-halts-trains
      Live music returns to Port Marren's harbour festival              | Bands played until midnight.                | https://harbor.example/culture/live-music-returns
      Skier Anna Holm adds to Valdoria's medal count with slalom silver | Holm finished 0.3 seconds behind.           | https://harbor.example/sport/holm-silver
      How Valdoria's central bank surprised the markets                 | The cut came a month early.                 | https://ledger.example/economy/central-bank-surprise
      Why the Quellton fine matters, officials say; rivals applaud      | The authority fined Quellton 412 million.   | https://ledger.example/business/quellton-fine
      Fitness tracker maker Pulsewear recalls 40,000 watches            | The batteries can overheat, Pulsewear said. | https://techline.example/pulsewear-recall
      Minister resigns. Prime minister names successor within hours      | Ana Ruiz takes over the ministry.           | https://wire.example/politics/minister-resigns
      Port Marren will move its harbour two miles east                   | It will move east. And, for once, the town agrees. This story is updated below. | https://harbor.example/news/harbour-move
      """)
  void reportsStayReports(String title, String lead, String url) {
    assertEquals(ItemKind.REPORT, ItemKinds.of(title, lead, url));
  }

  @ParameterizedTest(name = "{1}: {0}")
  @CsvSource(delimiter = '|', quoteCharacter = '"', textBlock = """
      Live: Valdoria election count as it comes in                       | LIVE            |                                                  | https://harbor.example/news/election-count/1234
      Valdoria rail strike: live updates                                 | LIVE            |                                                  | https://harbor.example/news/rail-strike
      Valdoria floods — as it happened                                   | LIVE            |                                                  | https://harbor.example/news/floods
      Storm Isolde updates: power back for most homes                    | LIVE            |                                                  | https://harbor.example/news/isolde
      Prime minister's swearing-in highlights: oath taken in the capital | LIVE            |                                                  | https://harbor.example/news/swearing-in
      Mapping the coastal erosion claims                                 | LIVE            | An ongoing record of claims filed since 2024.    | https://harbor.example/graphics/erosion
      Strike talks resume                                                | LIVE            | Talks resumed at noon.                           | https://dw.example/en/strike-talks-resume/live-7712
      Election day in Valdoria                                           | LIVE            | Follow our live coverage.                        | https://harbor.example/live/election-day
      Valdoria-Ostmark war: list of key events, day 212                  | KEY_EVENTS      | These are the key developments from day 212.     | https://wire.example/news/key-events-day-212
      Storm Isolde recovery: what happened on day 3                       | KEY_EVENTS      |                                                  | https://wire.example/news/isolde-day-3
      Rail strike ends. And, the central bank cuts its rate              | DIGEST          | The strike is over.                              | https://pacific.example/2026/11/26/morning-edition
      The mayor's big week                                               | DIGEST          | Plus, why the library is closing early.          | https://pacific.example/podcasts/big-week
      Valdoria Today - November 26, 2026                                 | DIGEST          |                                                  | https://pacific.example/stories/2026112601
      Morning briefing: strike, storm and a rate cut                     | DIGEST          |                                                  | https://pacific.example/briefing/2026-11-26
      11/26: Harbor Evening News                                         | DIGEST          |                                                  | https://harbor.example/video/112626-evening-news
      Port Marren: fourth arrest in harbour theft - news briefs          | DIGEST          |                                                  | https://harbor.example/stories/2026112602
      The Week in Review: a strike, a storm and a rate cut               | DIGEST          |                                                  | https://ledger.example/week-in-review
      'A strike the country could not afford'                            | OPINION_ROUNDUP | Opinion, comment and editorials of the day       | https://ledger.example/politics/instant-opinion-strike-storm
      What the papers say about the rail strike                          | OPINION_ROUNDUP |                                                  | https://ledger.example/media/papers-strike
      See the medal count for the 2026 Nordic Games                      | SERVICE         | Here is where the count stands.                  | https://harbor.example/sport/medal-count
      Nordic Games 2026: how to watch every final                        | SERVICE         |                                                  | https://harbor.example/sport/how-to-watch
      Weekend printables - November 28, 2026                             | SERVICE         |                                                  | https://ledger.example/puzzles/weekend-printables
      Medal table: Valdoria climbs to third                              | SERVICE         |                                                  | https://harbor.example/sport/medal-table
      Storm Isolde in pictures                                           | GALLERY         |                                                  | https://harbor.example/news/isolde-pictures
      Watch: the moment the bridge reopened                              | GALLERY         |                                                  | https://harbor.example/news/bridge-video
      Photos of the harbour festival                                     | GALLERY         |                                                  | https://harbor.example/culture/festival
      Ferry fares rise again                                             | GALLERY         |                                                  | https://harbor.example/gallery/ferry-fares
      What to know about the Valdoria rail strike                        | EXPLAINER       |                                                  | https://harbor.example/news/rail-strike-explainer-2
      Valdoria's pension reform, explained                               | EXPLAINER       |                                                  | https://ledger.example/economy/pensions
      What is the Competition Authority?                                 | EXPLAINER       |                                                  | https://ledger.example/business/authority
      Kenya: Why is the port so crucial?                                 | EXPLAINER       |                                                  | https://wire.example/stories/port
      Opinion: the strike was avoidable                                  | OPINION         |                                                  | https://ledger.example/news/strike-avoidable
      The strike was avoidable                                           | OPINION         |                                                  | https://ledger.example/opinion/strike-avoidable
      How Ada Korr helped build the rail union                           | FEATURE         |                                                  | https://wire.example/news/korr
      Ada Korr's journey from signal box to union leader                 | FEATURE         |                                                  | https://wire.example/news/korr-2
      Remembering Ada Korr, the union's founder                          | FEATURE         |                                                  | https://wire.example/news/korr-3
      How to claim storm damage                                          | EXPLAINER       |                                                  | https://wire.example/news/claims
      How the rail strike unfolded on Thursday                           | REPORT          |                                                  | https://wire.example/news/unfolded
      Union leader Ada Korr dies aged 84                                 | REPORT          |                                                  | https://wire.example/news/korr-dies
      """)
  void kindsFromTheirCues(String title, ItemKind kind, String lead, String url) {
    assertEquals(kind, ItemKinds.of(title, lead == null ? "" : lead, url));
  }

  @Test
  void aLiveBlogOfOpinionCountsAsLive() {
    assertEquals(ItemKind.LIVE, ItemKinds.of("Live: election night", "", "https://ledger.example/opinion/election"));
  }

  @Test
  void onlyTheLeadIsRead() {
    String text = "x".repeat(ItemKinds.LEAD_CHARS) + " Opinion, comment and editorials of the day";
    assertEquals(ItemKind.REPORT, ItemKinds.of("Strike ends", text, ""));
  }

  @Test
  void anArticlesDescriptionIsItsLeadElseItsText() {
    Article withText = article("Harbour festival", "", "Opinion, comment and editorials of the day");
    assertEquals(ItemKind.OPINION_ROUNDUP, ItemKinds.of(withText));
    Article withDescription = article("Harbour festival", "Plus, why the bridge is late.", "A long text.");
    assertEquals(ItemKind.DIGEST, ItemKinds.of(withDescription));
  }

  @Test
  void multiEventKindsNeverBridgeAndOnlyReportsGiveHeadlines() {
    for (ItemKind k : ItemKind.values()) {
      boolean several = k == ItemKind.DIGEST || k == ItemKind.OPINION_ROUNDUP || k == ItemKind.KEY_EVENTS
          || k == ItemKind.LIVE || k == ItemKind.SERVICE;
      assertEquals(several, k.multiEvent(), k.name());
      assertEquals(k == ItemKind.REPORT, k.headlineWorthy(), k.name());
    }
    assertFalse(ItemKind.GALLERY.multiEvent());
    assertTrue(ItemKind.REPORT.headlineWorthy());
  }

  private static Article article(String title, String description, String text) {
    Instant t = Instant.parse("2026-11-26T08:00:00Z");
    return new Article("a1", "harbor", "Harbor Times", title, "https://harbor.example/news/a1",
        "https://harbor.example/news/a1", "", t, false, t, description, text, "", "");
  }
}
