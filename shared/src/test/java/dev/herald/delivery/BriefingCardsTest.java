package dev.herald.delivery;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.herald.digest.CitationNumberer;
import dev.herald.digest.DraftSection;
import dev.herald.digest.DraftSentence;
import dev.herald.digest.DraftSummary;
import dev.herald.model.Article;
import dev.herald.model.Channel;
import dev.herald.model.DeliveryKind;
import dev.herald.model.Platform;
import dev.herald.model.RelatedStory;
import dev.herald.model.Story;
import dev.herald.model.StorySummary;
import dev.herald.render.StoryView;
import dev.herald.store.OutboxEntry;
import dev.herald.testing.Await;
import dev.herald.testing.Fixtures;
import dev.herald.testing.RecordingPublisher;
import dev.herald.testing.StoryFixture;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A daily briefing is posted one message per story, each card rendered on its own when it is sent. Through the real
 * path on a real SQLite file: one instance's briefing job enqueues the briefing and stops; another instance, started
 * on the same file, renders and sends the cards and later edits one as its story grows. A card's link to a story of
 * its own briefing says where that card is (above or below it: the two tell one news complex); a link to a story
 * outside the briefing stays as it is, and an alert, a message of its own, marks none.
 */
class BriefingCardsTest {
  static final Instant T = Instant.parse("2026-06-01T06:00:00Z");
  @TempDir Path dir;
  DeliveryHarness h;

  @AfterEach
  void close() {
    if (h != null) h.close();
  }

  /** An instance on the database file, sending to Slack without per-channel pacing (the clock is moved by hand). */
  DeliveryHarness instance(Instant now) {
    DeliveryHarness i = new DeliveryHarness(dir.resolve("herald.db"), now);
    i.settings = i.settings.withLimits(Platform.SLACK, DeliverySettings.Limits.NONE);
    return i;
  }

  /** The card's related stories: "12" for one outside its briefing, "5 BELOW" for the card after it. */
  static List<String> related(RecordingPublisher.Sent sent) {
    return ((StoryView) sent.view()).related().stream()
        .map(r -> r.storyId() + (r.place() == RelatedStory.Place.ELSEWHERE ? "" : " " + r.place())).toList();
  }

  @Test
  void aBriefingsCardsSentByAnotherInstanceMarkTheirLinksToEachOtherAboveOrBelow() throws Exception {
    h = instance(T);
    Channel c = h.channel("C1", ZoneId.of("UTC"), "08:00");
    // three days old: outside the briefing's window, still linked
    StorySummary envoy = StoryFixture.add(h.stores, "Former envoy discusses the talks", List.of("Harbor Times"),
        List.of("Interview"), T.minus(Duration.ofDays(3)));
    StorySummary talks = StoryFixture.add(h.stores, "Valdoria and Ostmark agree principles in talks",
        List.of("Harbor Times", "Techline"), List.of("What was agreed"), T.minus(Duration.ofHours(2)));
    StorySummary drills = StoryFixture.add(h.stores, "Ostmark closes Kessel Strait for drills",
        List.of("Daily Wire"), List.of("The closure"), T.minus(Duration.ofHours(1)));
    h.stores.stories().link(talks.storyId(), drills.storyId(), 0.5, T);
    h.stores.stories().link(talks.storyId(), envoy.storyId(), 0.4, T);

    // instance one runs the 08:00 briefing with no platform to send to, and stops
    h.start();
    h.runUntil(T.plus(Duration.ofHours(2)).plusSeconds(60), Duration.ofMinutes(10));
    assertTrue(h.delivery.history().ran(c.key(), LocalDate.of(2026, 6, 1)));
    Instant now = h.clock.instant();
    h.close();

    // instance two, a new process on the same file, sends the cards: their briefing is read from the store
    h = instance(now);
    RecordingPublisher slack = new RecordingPublisher(Platform.SLACK);
    h.start(slack);
    Await.until(() -> slack.posts().size() == 2);
    RecordingPublisher.Sent first = slack.posts().stream()
        .filter(s -> ((StoryView) s.view()).storyId() == talks.storyId()).findFirst().orElseThrow();
    RecordingPublisher.Sent second = slack.posts().stream()
        .filter(s -> ((StoryView) s.view()).storyId() == drills.storyId()).findFirst().orElseThrow();
    assertEquals(Optional.of("Daily briefing \u00b7 Monday 1 June"), ((StoryView) first.view()).banner());
    assertEquals(List.of(drills.storyId() + " BELOW", "" + envoy.storyId()), related(first),
        "the drills are the next card; the envoy is not in the briefing");
    assertEquals(List.of(talks.storyId() + " ABOVE"), related(second), "the talks are the card above");

    // the talks grow: the edit of their card still marks the drills below
    grow(talks, "Metro Courier");
    h.engine.afterRun(new RunOutcome(List.of(), Set.of(), Set.of(talks.storyId())));
    Await.until(() -> slack.edits().size() == 1);
    assertEquals(first.messageId(), slack.edits().get(0).messageId());
    assertEquals("Updated (3 articles)", ((StoryView) slack.edits().get(0).view()).updatedLine());
    assertEquals(List.of(drills.storyId() + " BELOW", "" + envoy.storyId()), related(slack.edits().get(0)));

    // an alert is a message of its own, whatever the channel's briefing held: it names every related story
    h.delivery.outbox().enqueue(List.of(OutboxEntry.post(c.key(), DeliveryKind.ALERT, drills.storyId(),
        drills.storyVersion(), Optional.of("New on world"), h.clock.instant())));
    h.engine.wake();
    Await.until(() -> slack.posts().size() == 3);
    assertEquals(List.of("" + talks.storyId()), related(slack.posts().get(2)));
  }

  @Test
  void aStoryWhoseAlertIsStillWaitingToBeSentIsNotAlsoACardOfTheBriefing() {
    h = instance(T);
    Channel c = h.channel("C1", ZoneId.of("UTC"), "08:00");
    StorySummary talks = StoryFixture.add(h.stores, "Valdoria and Ostmark agree principles in talks",
        List.of("Harbor Times", "Techline"), List.of("What was agreed"), T.minus(Duration.ofHours(2)));
    StorySummary drills = StoryFixture.add(h.stores, "Ostmark closes Kessel Strait for drills",
        List.of("Daily Wire"), List.of("The closure"), T.minus(Duration.ofHours(1)));
    // the drills alerted the channel at 07:59; the platform has not taken the alert yet (an outage, a rate limit)
    h.clock.set(T.plus(Duration.ofMinutes(119)));
    h.delivery.outbox().enqueue(List.of(OutboxEntry.post(c.key(), DeliveryKind.ALERT, drills.storyId(),
        drills.storyVersion(), Optional.of("New on world"), h.clock.instant())));

    h.start();
    h.runUntil(T.plus(Duration.ofHours(2)).plusSeconds(60), Duration.ofMinutes(1));
    assertEquals(1, h.delivery.history().lastRun(c.key()).orElseThrow().stories());
    assertTrue(h.row(OutboxEntry.post(c.key(), DeliveryKind.BRIEFING, talks.storyId(), talks.storyVersion(),
        Optional.empty(), T).key()).isPresent());
    assertTrue(h.row(OutboxEntry.post(c.key(), DeliveryKind.BRIEFING, drills.storyId(), drills.storyVersion(),
        Optional.empty(), T).key()).isEmpty(), "the channel gets the drills once: the alert");
  }

  /** Adds an article from {@code outlet} to the story and saves a summary of the new version. */
  private void grow(StorySummary s, String outlet) {
    Instant now = h.clock.instant();
    Article a = Fixtures.article("grown-" + s.storyId(), outlet, s.title() + " (" + outlet + ")", "More.", now);
    h.stores.articles().save(a, a.id());
    Story grown = h.stores.stories().addArticle(s.storyId(), a, now);
    List<Article> all = h.stores.articles().findAll(h.stores.stories().articleIds(s.storyId()));
    h.stores.summaries().save(CitationNumberer.number(grown, new DraftSummary(s.title(), List.of(new DraftSection(
        "What happened", List.of(new DraftSentence("It happened.", all.stream().map(Article::id).toList())))),
        "extractive"), all, Map.of(), now));
  }
}
