package dev.herald.stories;

import static dev.herald.stories.TestArticles.article;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Stories on a stream of teaser-length items: one event per story, judged against the story's core. Each test runs
 * after a small background of the morning's other news, as in a real stream, where words like "talks", "Tuesday" and
 * the day's host city are common. Every article here is written for the test (fictional places and people).
 */
class StoryCoreTest {
  private static final String[][] BACKGROUND = {
      {"Harbour workers and port authority resume pay talks", "Talks resumed on Tuesday after a week-long pause."},
      {"Lakeside hosts winter book fair", "The fair opened in Lakeside on Tuesday with 200 publishers."},
      {"Teachers' union calls off talks with ministry", "The union said on Tuesday that talks with the ministry had "
          + "failed."},
      {"Quellton Semiconductor opens chip factory in Lakeside", "The plant in Lakeside will employ 900 people."},
      {"Storm Isolde cuts power to 180,000 homes", "The storm reached the coast on Tuesday night."},
      {"Ferry fares rise again in Port Marren", "Fares rose for the third time in a year, the operator said on "
          + "Tuesday."},
      {"Lakeside United beat Harbour City 2-1", "A late goal settled the derby in Lakeside on Tuesday."},
      {"Climate talks stall over funding", "Delegates said on Tuesday that funding for poorer countries remained "
          + "unresolved after three days of talks."},
      {"City council approves library renovation", "The council voted on Tuesday to renovate the central library."},
      {"Museum returns stolen painting to Ostmark", "The painting, stolen in 1998, was handed to Ostmark's culture "
          + "minister on Tuesday."},
      {"Round two of Valdoria's cup draw pairs old rivals", "The second round will be played next month."},
      {"Nuclear plant in Tessaly restarts after repairs", "The reactor returned to the grid on Tuesday."}};

  private final StreamClusterer clusterer = new StreamClusterer(ClusterSettings.defaults());

  @BeforeEach
  void theMorningsOtherNews() {
    for (int i = 0; i < BACKGROUND.length; i++) {
      clusterer.add(article("bg" + i, "Background", BACKGROUND[i][0], BACKGROUND[i][1],
          "2026-03-10T0" + (i % 6) + ":" + (10 + i) + ":00Z"));
    }
  }

  private long add(String id, String title, String text, String at) {
    return clusterer.add(article(id, "Outlet " + id, title, text, at));
  }

  @Test
  void twoNegotiationsInOneCityOnOneDayAreTwoStories() {
    long talks = add("1", "Valdoria and Ostmark to hold second round of nuclear talks in Lakeside",
        "Negotiators from Valdoria and Ostmark meet in Lakeside on Tuesday for a second round of talks on Ostmark's "
            + "uranium enrichment.", "2026-03-10T06:00:00Z");
    long peace = add("2", "Marren and Tessaly open peace talks in Lakeside after three years of war",
        "Delegations from Marren and Tessaly met in Lakeside on Tuesday for mediated peace talks, with low "
            + "expectations of a ceasefire.", "2026-03-10T07:00:00Z");
    long talks2 = add("3", "Valdoria and Ostmark make progress in second round of Lakeside nuclear talks",
        "Ostmark's foreign minister said the second round of nuclear talks with Valdoria in Lakeside produced guiding "
            + "principles on uranium enrichment.", "2026-03-10T14:00:00Z");
    long peace2 = add("4", "Marren presses demands as Tessaly peace talks in Lakeside end first day",
        "The first day of peace talks between Marren and Tessaly ended in Lakeside with Marren pressing territorial "
            + "demands.", "2026-03-10T15:00:00Z");
    assertNotEquals(talks, peace);
    assertEquals(talks, talks2);
    assertEquals(peace, peace2);
  }

  @Test
  void aParaphrasedHeadlineFromAnotherOutletJoins() {
    long a = add("1", "Tessaly's parliament removes interim President Orlik as he faces corruption allegations",
        "Tessaly's parliament voted on Tuesday to remove interim President Jan Orlik over secret meetings with "
            + "businessmen.", "2026-03-10T19:00:00Z");
    long b = add("2", "Tessaly Votes to Impeach President Jan Orlík",
        "Lawmakers impeached President Jan Orlík four months after he took office, amid corruption allegations.",
        "2026-03-10T19:40:00Z");
    assertEquals(a, b);
  }

  @Test
  void namesInDifferentTransliterationsMatch() {
    long a = add("1", "Marren's President Volodin says peace deal pressure is undue",
        "President Dmitri Kovalenskiy said Tessaly was exerting undue pressure on Marren over a peace deal.",
        "2026-03-10T08:00:00Z");
    long b = add("2", "Kovalensky rejects Tessaly pressure over Marren peace deal",
        "President Dmitry Kovalenskyy rejected what he called undue pressure from Tessaly over a peace deal.",
        "2026-03-10T09:00:00Z");
    assertEquals(a, b);
  }

  @Test
  void anArticleThatDriftsFromTheStorysFirstReportStartsItsOwn() {
    long talks = add("1", "Valdoria and Ostmark to hold nuclear talks in Lakeside",
        "Negotiators from Valdoria and Ostmark meet in Lakeside on Tuesday to discuss uranium enrichment.",
        "2026-03-10T06:00:00Z");
    add("2", "Valdoria and Ostmark nuclear talks open in Lakeside as Ostmark navy drills in Marren Strait",
        "Talks between Valdoria and Ostmark opened in Lakeside while Ostmark's navy held drills in the Marren Strait.",
        "2026-03-10T09:00:00Z");
    long drills = add("3", "Ostmark navy closes Marren Strait for live-fire drills",
        "Ostmark closed the Marren Strait to shipping for several hours while its navy held live-fire drills.",
        "2026-03-10T11:00:00Z");
    assertNotEquals(talks, drills, "the drills join no story whose first report is the talks");
  }

  @Test
  void aNewsletterCoveringTwoEventsJoinsNeitherAndLinksNothing() {
    long strike = add("1", "Rail strike halts most intercity trains across Valdoria",
        "Valdorian Railways cancelled most intercity trains as the 48-hour strike began.", "2026-03-10T06:00:00Z");
    long rate = add("2", "Central Bank of Valdoria cuts main rate to 3.50%",
        "The Central Bank of Valdoria cut its main rate by a quarter point as inflation slowed.",
        "2026-03-10T07:00:00Z");
    long letter = add("3", "Rail strike halts trains across Valdoria. And, the central bank cuts its rate",
        "Valdorian Railways cancelled most intercity trains. And, the Central Bank of Valdoria cut its main rate.",
        "2026-03-10T08:00:00Z");
    long rate2 = add("4", "Valdoria central bank rate cut to 3.50% surprises few economists",
        "Economists had expected the Central Bank of Valdoria to cut its main rate as inflation slowed.",
        "2026-03-10T09:00:00Z");
    assertNotEquals(strike, letter);
    assertNotEquals(rate, letter);
    assertNotEquals(strike, rate);
    assertEquals(rate, rate2);
  }

  @Test
  void aLiveBlogJoinsOneStoryButNeverDrawsOthersIn() {
    long strike = add("1", "Rail strike halts most intercity trains across Valdoria",
        "Valdorian Railways cancelled most intercity trains as the 48-hour strike began.", "2026-03-10T06:00:00Z");
    long live = add("2", "Live: Valdoria rail strike halts intercity trains, storm warning for the coast",
        "Valdorian Railways cancelled most intercity trains. Storm Isolde is expected on the coast tonight.",
        "2026-03-10T07:00:00Z");
    long storm = add("3", "Storm Isolde warning for Valdoria's coast tonight",
        "Forecasters warned that Storm Isolde would reach the coast tonight.", "2026-03-10T08:00:00Z");
    assertEquals(strike, live);
    assertNotEquals(strike, storm, "the storm report does not join through the live blog's words");
  }
}
