package dev.herald.stories;

import static dev.herald.stories.TestArticles.headline;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.herald.model.Article;
import java.time.Duration;
import org.junit.jupiter.api.Test;

class StreamClustererTest {
  private final StreamClusterer clusterer = new StreamClusterer(ClusterSettings.defaults());

  @Test
  void differentlyWordedHeadlinesAboutOneEventShareAStory() {
    long a = clusterer.add(headline("1", "Wire", "Sbarro files for bankruptcy protection again", "2026-03-10T10:00:00Z"));
    long b = clusterer.add(headline("2", "Post", "Pizza chain Sbarro files for bankruptcy", "2026-03-10T10:05:00Z"));
    assertEquals(a, b);
  }

  @Test
  void unrelatedHeadlinesStartTheirOwnStories() {
    long a = clusterer.add(headline("1", "Wire", "Sbarro files for bankruptcy protection again", "2026-03-10T10:00:00Z"));
    long b = clusterer.add(headline("2", "Post", "Elephants tell friend from foe by human voice", "2026-03-10T10:05:00Z"));
    assertNotEquals(a, b);
    assertEquals(1, a);
    assertEquals(2, b);
  }

  @Test
  void pageFurnitureSharedByUnrelatedTextsDoesNotLinkThem() {
    String furniture = "Share this article\n\nSign up for our daily newsletter to get the news first.\n\n"
        + "Tweet with a location\n\nYou can add location information to your Tweets, such as your city or precise "
        + "location, from the web and via third-party applications.\n\n";
    long a = clusterer.add(TestArticles.article("1", "Wire", "", furniture
        + "The harbour authority closed the northern quay after a crane collapsed on Tuesday.",
        "2026-03-10T10:00:00Z"));
    long b = clusterer.add(TestArticles.article("2", "Post", "", furniture
        + "Quellton shares fell sharply after the bakery chain cut its profit forecast.", "2026-03-10T10:05:00Z"));
    assertNotEquals(a, b);
  }

  @Test
  void textsThatAreOnlyFurnitureStartStoriesOfTheirOwn() {
    String archiveNote = "Starting in 1996, Alexa Internet has been donating their crawl data to the Internet "
        + "Archive. Flowing in every day, these data are added to the Wayback Machine after an embargo period.";
    long a = clusterer.add(TestArticles.article("1", "Wire", "", archiveNote, "2026-03-10T10:00:00Z"));
    long b = clusterer.add(TestArticles.article("2", "Post", "", archiveNote, "2026-03-10T10:05:00Z"));
    assertNotEquals(a, b);
  }

  @Test
  void aSyndicatedCopyJoinsItsOriginalsStoryWhateverItsWords() {
    long original = clusterer.add(headline("1", "Wire", "Storm Isolde cuts power to 180,000 homes",
        "2026-11-26T06:30:00Z"));
    clusterer.add(headline("2", "Post", "Elephants tell friend from foe by voice", "2026-11-26T06:31:00Z"));
    Article copy = headline("3", "Daily", "Weather: the latest", "2026-11-26T07:00:00Z").withNearDuplicateOf("1");
    assertEquals(original, clusterer.add(copy));
  }

  @Test
  void aStoryQuietForLongerThanTheWindowIsClosed() {
    StreamClusterer shortWindow = new StreamClusterer(ClusterSettings.defaults().withWindow(Duration.ofHours(6)));
    long a = shortWindow.add(headline("1", "Wire", "Sbarro files for bankruptcy protection again",
        "2026-03-10T10:00:00Z"));
    long b = shortWindow.add(headline("2", "Post", "Sbarro files for bankruptcy protection again",
        "2026-03-10T17:00:00Z"));
    assertNotEquals(a, b);
    shortWindow.add(headline("3", "Post", "Elephants tell friend from foe by voice", "2026-03-10T23:30:00Z"));
    assertEquals(2, shortWindow.liveStories(), "the first story left the index after the window and its grace");
  }

  @Test
  void repeatedIdsAreRejected() {
    clusterer.add(headline("1", "Wire", "Sbarro files for bankruptcy", "2026-03-10T10:00:00Z"));
    assertThrows(IllegalArgumentException.class,
        () -> clusterer.add(headline("1", "Wire", "Sbarro again", "2026-03-10T10:00:00Z")));
  }

  @Test
  void twoStoriesThatTurnOutToBeOneEventMergeIntoTheOlder() {
    // two fragments: the third article links both, and their centroids then agree enough to merge
    long first = clusterer.add(headline("1", "Wire", "Quellton Semiconductor fined 412 million crowns",
        "2026-11-26T09:05:00Z"));
    long second = clusterer.add(headline("2", "Ledger", "Competition Authority antitrust decision rebates chip makers",
        "2026-11-26T09:10:00Z"));
    assertNotEquals(first, second);
    clusterer.add(headline("3", "Techline",
        "Competition Authority fines Quellton Semiconductor 412 million crowns over rebates to chip makers",
        "2026-11-26T09:20:00Z"));
    clusterer.add(headline("4", "Post",
        "Quellton Semiconductor antitrust fine: Competition Authority says rebates squeezed rival chip makers",
        "2026-11-26T09:30:00Z"));
    assertEquals(clusterer.storyOf("1"), clusterer.storyOf("2"));
    assertEquals(first, clusterer.storyOf("2"));
    assertEquals(1, clusterer.merges());
  }
}
