package dev.herald.delivery;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.herald.model.ChannelKey;
import dev.herald.model.DeliveryKind;
import dev.herald.model.Platform;
import dev.herald.model.StorySummary;
import dev.herald.render.StoryView;
import dev.herald.store.ChannelPacing;
import dev.herald.store.ChannelPause;
import dev.herald.store.ChannelPauses;
import dev.herald.store.Database;
import dev.herald.store.DeliveryState;
import dev.herald.store.OutboxEntry;
import dev.herald.store.OutboxRow;
import dev.herald.store.Stores;
import dev.herald.testing.InMemoryOutbox;
import dev.herald.testing.MutableClock;
import dev.herald.testing.RecordingPublisher;
import dev.herald.testing.StoryFixture;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.AbstractExecutorService;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The outbox dispatcher and sender, run pass by pass on the test thread with a hand-moved clock, over the in-memory
 * outbox (the SQL is OutboxStoreTest's; InMemoryOutboxTest holds the fake to the SQLite store's answers).
 */
class DispatcherTest {
  static final Instant T = Instant.parse("2026-06-01T08:00:00Z");

  /** Runs each send on the calling thread. */
  static class Inline extends AbstractExecutorService {
    boolean shut;

    @Override
    public void execute(Runnable r) {
      r.run();
    }

    @Override
    public void shutdown() {
      shut = true;
    }

    @Override
    public List<Runnable> shutdownNow() {
      shut = true;
      return List.of();
    }

    @Override
    public boolean isShutdown() {
      return shut;
    }

    @Override
    public boolean isTerminated() {
      return shut;
    }

    @Override
    public boolean awaitTermination(long timeout, TimeUnit unit) {
      return true;
    }
  }

  MutableClock clock = new MutableClock(T);
  InMemoryOutbox outbox = new InMemoryOutbox(clock);
  RecordingPublisher slack = new RecordingPublisher(Platform.SLACK);
  DeliverySettings settings = DeliverySettings.defaults()
      .withRetries(new DeliverySettings.Retries(3, 5, Duration.ofSeconds(5), Duration.ofMinutes(1)));
  ChannelKey c1 = ChannelKey.of(Platform.SLACK, "T1", "C1");
  ChannelKey c2 = ChannelKey.of(Platform.SLACK, "T1", "C2");
  RateGovernor governor;
  Dispatcher dispatcher;

  /** The stories the views render, stored once for every test (none writes them); the outbox is in memory. */
  static Database db;
  static Stores stores;
  static List<StorySummary> stories;

  @BeforeAll
  static void store() {
    db = Database.inMemory();
    stores = Stores.sql(db, new MutableClock(T));
    stories = new ArrayList<>();
    for (String title : List.of("Rail strike", "Port reopens", "Bridge closed")) {
      stories.add(StoryFixture.add(stores, title, List.of("Harbor Times", "Techline"), List.of("What happened"),
          T.minusSeconds(3600)));
    }
  }

  @AfterAll
  static void close() {
    db.close();
  }

  @BeforeEach
  void open() {
    dispatcher = dispatcher("worker-1", DeliverySettings.Limits.NONE);
  }

  Dispatcher dispatcher(String owner, DeliverySettings.Limits limits) {
    return dispatcher(owner, limits, slack, new Inline());
  }

  /** A dispatcher of this instance ({@code owner}) working the in-memory outbox, sending through {@code pool}. */
  Dispatcher dispatcher(String owner, DeliverySettings.Limits limits, Publisher publisher, ExecutorService pool) {
    governor = new RateGovernor(limits, clock.instant());
    Sender sender = new Sender(publisher, outbox.queue, outbox.pauses, new OutboxViews(stores, outbox.posted),
        governor, settings.retries(), clock);
    return new Dispatcher(Platform.SLACK, outbox.claims, sender, governor, limits.channelPacing(),
        settings.workers(), clock, owner, pool, recorded -> {});
  }

  /** A sender pool whose threads run only when the test says (a machine so busy that they wait for a CPU). */
  static final class Deferred extends Inline {
    final List<Runnable> waiting = new ArrayList<>();

    @Override
    public void execute(Runnable r) {
      waiting.add(r);
    }

    void runAll() {
      while (!waiting.isEmpty()) waiting.remove(0).run();
    }
  }

  /** The outbox as instances sharing a database see it: ids may commit out of order by 5 s. */
  void sharedDatabase() {
    outbox.claims.commitSkew(Duration.ofSeconds(5));
  }

  /** {@code channels} channels ({@code prefix}1, {@code prefix}2, ...), each with {@code posts} briefing posts. */
  List<OutboxEntry> briefings(String prefix, int channels, int posts) {
    List<OutboxEntry> entries = new ArrayList<>();
    for (int i = 1; i <= channels; i++) {
      ChannelKey ch = ChannelKey.of(Platform.SLACK, "T1", prefix + i);
      for (int p = 0; p < posts; p++) entries.add(briefing(ch, p, p == 0));
    }
    return entries;
  }

  OutboxEntry briefing(ChannelKey ch, int story, boolean first) {
    StorySummary s = stories.get(story);
    return OutboxEntry.post(ch, DeliveryKind.BRIEFING, s.storyId(), s.storyVersion(),
        first ? Optional.of("Daily briefing") : Optional.empty(), clock.instant());
  }

  OutboxRow row(OutboxEntry e) {
    return outbox.queue.find(e.key()).orElseThrow();
  }

  void passes(int n) {
    for (int i = 0; i < n; i++) dispatcher.pass();
  }

  @Test
  void aBriefingIsPostedStoryByStoryInRankOrderWithTheHeadingOnTheFirst() {
    List<OutboxEntry> entries = List.of(briefing(c1, 0, true), briefing(c1, 1, false), briefing(c1, 2, false));
    assertEquals(3, outbox.queue.enqueue(entries));
    passes(5);
    List<RecordingPublisher.Sent> posts = slack.posts();
    assertEquals(3, posts.size());
    for (int i = 0; i < 3; i++) {
      StoryView v = (StoryView) posts.get(i).view();
      assertEquals(stories.get(i).storyId(), v.storyId());
      assertEquals(entries.get(i).key(), posts.get(i).key());
    }
    assertEquals(Optional.of("Daily briefing"), ((StoryView) posts.get(0).view()).banner());
    assertEquals(Optional.empty(), ((StoryView) posts.get(1).view()).banner());
    OutboxRow sent = row(entries.get(0));
    assertEquals(DeliveryState.SENT, sent.state());
    assertEquals(Optional.of(posts.get(0).messageId()), sent.messageId());
    assertEquals(3, outbox.posted.postedFor(stories.get(0).storyId()).size()
        + outbox.posted.postedFor(stories.get(1).storyId()).size()
        + outbox.posted.postedFor(stories.get(2).storyId()).size());
  }

  @Test
  void aRowCommittedAfterOneWithAHigherIdIsStillSeenWhenWoken() {
    sharedDatabase();
    dispatcher = dispatcher("worker-1", DeliverySettings.Limits.NONE);
    OutboxEntry early = briefing(c1, 0, true);
    OutboxEntry later = briefing(c2, 1, true);
    outbox.queue.enqueue(List.of(early, later));
    outbox.claims.uncommitted().add(row(early).id()); // the lower id's transaction has not committed yet
    dispatcher.wake();
    passes(2);
    assertEquals(List.of(later.key()), slack.posts().stream().map(RecordingPublisher.Sent::key).toList());

    clock.advance(Duration.ofSeconds(1));
    outbox.claims.uncommitted().clear(); // now it has; a wake must find it though its id is below the highest seen
    dispatcher.wake();
    passes(2);
    // the wake reads the rows above the highest id seen at once, and sweeps the rows below it a quarter second later
    clock.advance(Duration.ofMillis(250));
    passes(2);
    assertEquals(List.of(later.key(), early.key()), slack.posts().stream().map(RecordingPublisher.Sent::key).toList());
  }

  @Test
  void theSweepAfterAWakeWaitsWhileTheClaimsCannotKeepUpButNoLongerThanALookPeriod() {
    settings = settings.withWorkers(new DeliverySettings.Workers(1, Duration.ofSeconds(30), Duration.ofSeconds(5),
        Duration.ofSeconds(60), Duration.ofSeconds(10), Duration.ofDays(7)));
    sharedDatabase();
    Deferred pool = new Deferred();
    dispatcher = dispatcher("worker-1", DeliverySettings.Limits.NONE, slack, pool);
    passes(1);
    List<OutboxEntry> fanout = briefings("F", 12, 1);
    OutboxEntry late = briefing(ChannelKey.of(Platform.SLACK, "T1", "L1"), 0, true);
    List<OutboxEntry> all = new ArrayList<>(List.of(late));
    all.addAll(fanout);
    outbox.queue.enqueue(all);
    outbox.claims.uncommitted().add(row(late).id()); // committed after the wake's look, below the ids it read
    dispatcher.wake();
    passes(1);
    assertEquals(4, pool.waiting.size(), "one sender: 4 rows claimed, 8 more due");
    outbox.claims.uncommitted().clear();
    clock.advance(Duration.ofMillis(250));
    passes(1);
    assertEquals(List.of(), outbox.claims.wholeRowsRead(), "the claims are behind the due rows: no sweep yet");
    clock.advance(Duration.ofSeconds(2));
    passes(1);
    assertEquals(List.of(row(late).id()), outbox.claims.wholeRowsRead(), "a look period late at most");
    pool.runAll();
    for (int i = 0; i < 6; i++) {
      passes(1);
      pool.runAll();
    }
    assertEquals(13, slack.posts().size());
  }

  @Test
  void aWakeReadsAFanOutAPageAtATimeHandingOutEachPagesRowsBeforeReadingTheNext() {
    Deferred pool = new Deferred();
    dispatcher = dispatcher("worker-1", DeliverySettings.Limits.NONE, slack, pool);
    passes(1);
    outbox.queue.enqueue(briefings("P", 1500, 1));
    dispatcher.wake();
    passes(1);
    assertEquals(1000, dispatcher.queued() + pool.waiting.size(), "the first page");
    assertEquals(1, outbox.claims.claimRequests().size(), "its rows claimed before the next page is read");
    passes(1);
    assertEquals(1500, dispatcher.queued() + pool.waiting.size(), "the rest on the next pass");
    for (int i = 0; i < 400 && slack.posts().size() < 1500; i++) {
      pool.runAll();
      passes(1);
    }
    assertEquals(1500, slack.posts().size());
  }

  @Test
  void aPeriodicSweepDueAtAWakeWaitsForTheWakesPagesInsteadOfReadingTheRestWhole() {
    sharedDatabase();
    Deferred pool = new Deferred();
    dispatcher = dispatcher("worker-1", DeliverySettings.Limits.NONE, slack, pool);
    passes(1);
    clock.advance(Duration.ofSeconds(3)); // idle: the periodic sweep is due when the fan-out's wake comes
    outbox.queue.enqueue(briefings("P", 1500, 1));
    dispatcher.wake();
    passes(1);
    assertEquals(List.of(), outbox.claims.wholeRowsRead(), "the 500 rows beyond the first page are not read by id");
    assertEquals(1000, dispatcher.queued() + pool.waiting.size(), "the first page");
    passes(1);
    assertEquals(1500, dispatcher.queued() + pool.waiting.size(), "the rest on the next pass");
    clock.advance(Duration.ofMillis(250));
    passes(1);
    assertEquals(List.of(), outbox.claims.wholeRowsRead(), "the sweep that follows finds every row held");
  }

  @Test
  void aClaimAnotherInstanceRefusedIsTriedAgainSoonNotAtTheNextFullReload() {
    sharedDatabase();
    dispatcher = dispatcher("worker-1", DeliverySettings.Limits.NONE);
    OutboxEntry e = briefing(c1, 0, true);
    outbox.queue.enqueue(List.of(e));
    outbox.claims.refuseNext(1); // another instance has a send of this channel in flight
    passes(2);
    assertTrue(slack.posts().isEmpty());
    assertEquals(DeliveryState.PENDING, row(e).state());
    clock.advance(Duration.ofMillis(300));
    passes(2);
    assertEquals(List.of(e.key()), slack.posts().stream().map(RecordingPublisher.Sent::key).toList());
  }

  /** One briefing post, claimed by worker-1 and handed to {@code pool}, whose senders run when the test says. */
  OutboxEntry claimedBriefing(Deferred pool) {
    dispatcher = dispatcher("worker-1", DeliverySettings.Limits.NONE, slack, pool);
    OutboxEntry e = briefing(c1, 0, true);
    outbox.queue.enqueue(List.of(e));
    passes(1);
    return e;
  }

  @Test
  void aSendWhoseThreadStartsWithLessThanHalfItsLeaseLeftRenewsTheLeaseAndPostsOnceWithoutALookup() {
    Deferred pool = new Deferred();
    OutboxEntry e = claimedBriefing(pool);
    assertEquals(1, pool.waiting.size(), "claimed and handed to a sender");
    // the sender thread gets a CPU (or its turn behind the rows claimed ahead) when more than half the lease is gone
    clock.advance(settings.workers().lease().dividedBy(2).plusSeconds(1));
    pool.runAll();
    assertEquals(List.of(e.key()), slack.posts().stream().map(RecordingPublisher.Sent::key).toList(),
        "the row is still this instance's: its lease is renewed, and it is posted");
    assertEquals(0, slack.lookups(), "never given back, so never looked for on the platform");
    passes(2);
    assertEquals(DeliveryState.SENT, row(e).state());
  }

  @Test
  void aSendWhoseLeaseCannotBeRenewedIsGivenBackAndSentLaterOnce() {
    Deferred pool = new Deferred();
    OutboxEntry e = claimedBriefing(pool);
    clock.advance(settings.workers().lease().dividedBy(2).plusSeconds(1));
    outbox.claims.renewFails(true);
    pool.runAll();
    assertTrue(slack.posts().isEmpty(), "not posted on a lease about to run out");
    assertEquals(DeliveryState.PENDING, row(e).state(), "given back to the outbox");
    outbox.claims.renewFails(false);
    for (int i = 0; i < 4; i++) {
      clock.advance(Duration.ofSeconds(1));
      dispatcher.wake();
      passes(1);
      pool.runAll();
    }
    assertEquals(List.of(e.key()), slack.posts().stream().map(RecordingPublisher.Sent::key).toList());
    assertEquals(DeliveryState.SENT, row(e).state());
  }

  @Test
  void aSendWhoseRowAnotherInstanceTookAfterItsLeaseRanOutNeitherPostsNorTouchesTheRow() {
    Deferred pool = new Deferred();
    OutboxEntry e = claimedBriefing(pool);
    // worker-1 stalled past its lease: worker-2 took the row back and claimed it
    clock.advance(settings.workers().lease().plusSeconds(1));
    assertEquals(1, outbox.claims.reclaimExpired(clock.instant()));
    long id = row(e).id();
    assertEquals(List.of(id), outbox.claims.claim(List.of(id), "worker-2", clock.instant().plusSeconds(30)));
    pool.runAll();
    assertTrue(slack.posts().isEmpty());
    assertEquals(DeliveryState.CLAIMED, row(e).state(), "still worker-2's");
    assertEquals(java.util.Set.of(), outbox.claims.renew("worker-1", clock.instant().plusSeconds(30)));
    assertEquals(java.util.Set.of(id), outbox.claims.renew("worker-2", clock.instant().plusSeconds(30)));
  }

  @Test
  void enqueueingTheSameKeyTwiceSendsOnce() {
    assertEquals(1, outbox.queue.enqueue(List.of(briefing(c1, 0, true))));
    assertEquals(0, outbox.queue.enqueue(List.of(briefing(c1, 0, true))));
    passes(3);
    assertEquals(0, outbox.queue.enqueue(List.of(briefing(c1, 0, true))));
    passes(3);
    assertEquals(1, slack.posts().size());
  }

  @Test
  void aPostThePlatformTookButWhoseAnswerWasLostIsFoundNotPostedAgain() {
    OutboxEntry e = briefing(c1, 0, true);
    outbox.queue.enqueue(List.of(e));
    slack.loseNextAnswers(1);
    passes(2);
    OutboxRow waiting = row(e);
    assertEquals(DeliveryState.PENDING, waiting.state());
    assertTrue(waiting.maybePosted());
    clock.advance(Duration.ofMinutes(1));
    passes(3);
    assertEquals(1, slack.posts().size());
    assertEquals(1, slack.lookups());
    assertEquals(DeliveryState.SENT, row(e).state());
    assertEquals(Optional.of(slack.posts().get(0).messageId()), row(e).messageId());
  }

  @Test
  void aWorkerThatDiedMidSendLeavesARowThatIsCheckedBeforeItIsPostedAgain() {
    OutboxEntry e = briefing(c1, 0, true);
    outbox.queue.enqueue(List.of(e));
    OutboxRow r = row(e);
    // worker-0 claimed it and the platform took the message, then the process was killed before recording it
    assertEquals(List.of(r.id()), outbox.claims.claim(List.of(r.id()), "worker-0", T.plusSeconds(30)));
    String id = postDirectly(e);
    passes(2);
    assertEquals(1, slack.posts().size(), "the claim still holds");
    clock.advance(Duration.ofSeconds(31));
    passes(3);
    assertEquals(1, slack.posts().size());
    assertEquals(Optional.of(id), row(e).messageId());
  }

  private String postDirectly(OutboxEntry e) {
    try {
      return slack.post(e.channel(), new OutboxViews(stores, outbox.posted).render(e).orElseThrow().view(),
          e.key());
    } catch (PublishException x) {
      throw new AssertionError(x);
    }
  }

  @Test
  void aRateLimitWaitsForRetryAfterWithoutCountingAsAFailure() {
    OutboxEntry e = briefing(c1, 0, true);
    outbox.queue.enqueue(List.of(e, briefing(c2, 1, true)));
    slack.failNext(PublishException.rateLimited("ratelimited", Duration.ofSeconds(7)));
    passes(3);
    OutboxRow r = row(e);
    assertEquals(DeliveryState.PENDING, r.state());
    assertEquals(0, r.attempts());
    assertEquals(1, r.rateLimited());
    assertEquals(T.plusSeconds(7), r.nextAttemptAt());
    assertEquals(1, slack.posts().size(), "the other channel is not held back");
    clock.advance(Duration.ofSeconds(6));
    passes(2);
    assertEquals(1, slack.posts().size());
    clock.advance(Duration.ofSeconds(1));
    passes(2);
    assertEquals(2, slack.posts().size());
  }

  @Test
  void transientFailuresBackOffThenParkWithTheReasonAndRetryRequeues() {
    OutboxEntry e = briefing(c1, 0, true);
    outbox.queue.enqueue(List.of(e));
    for (int i = 0; i < 3; i++) {
      slack.failNext(new PublishException(PublishException.Kind.TRANSIENT, "HTTP 503"));
    }
    passes(2);
    assertEquals(1, row(e).attempts());
    Duration first = Duration.between(T, row(e).nextAttemptAt());
    assertTrue(first.compareTo(Duration.ofSeconds(4)) >= 0 && first.compareTo(Duration.ofSeconds(5)) <= 0, "" + first);
    clock.advance(Duration.ofSeconds(5));
    passes(2);
    assertEquals(2, row(e).attempts());
    clock.advance(Duration.ofSeconds(10));
    passes(2);
    OutboxRow parked = row(e);
    assertEquals(DeliveryState.PARKED, parked.state());
    assertTrue(parked.lastError().orElseThrow().contains("HTTP 503"), parked.lastError().get());
    assertEquals(List.of(parked.id()), outbox.pauses.parked(c1).stream().map(OutboxRow::id).toList());

    // what DeliveryEngine.retry does: resume, then have the dispatcher read everything pending again
    assertEquals(1, outbox.pauses.resume(c1, clock.instant()));
    dispatcher.reloadAll();
    passes(3);
    assertEquals(DeliveryState.SENT, row(e).state());
    assertEquals(1, slack.posts().size());
  }

  @Test
  void rowsEnqueuedAfterAPassAreSeenOnWakeWithoutReadingEverythingAgain() {
    outbox.queue.enqueue(List.of(briefing(c1, 0, true)));
    passes(2);
    assertEquals(1, slack.posts().size());
    outbox.queue.enqueue(List.of(briefing(c2, 1, true)));
    passes(2);
    assertEquals(1, slack.posts().size(), "not woken, not yet due for a look");
    dispatcher.wake();
    passes(2);
    assertEquals(2, slack.posts().size());
    // rows enqueued by another process: found by the periodic look
    outbox.queue.enqueue(List.of(briefing(c2, 2, false)));
    clock.advance(Duration.ofSeconds(2));
    passes(2);
    assertEquals(3, slack.posts().size());
  }

  @Test
  void aRejectedMessageIsParkedAtOnce() {
    OutboxEntry e = briefing(c1, 0, true);
    outbox.queue.enqueue(List.of(e, briefing(c1, 1, false)));
    slack.failNext(new PublishException(PublishException.Kind.REJECTED, "invalid_blocks"));
    passes(3);
    assertEquals(DeliveryState.PARKED, row(e).state());
    assertEquals(1, slack.posts().size(), "the next story still goes");
  }

  @Test
  void aChannelHeraldLostIsPausedNotRetriedUntilRetry() {
    OutboxEntry e = briefing(c1, 0, true);
    outbox.queue.enqueue(List.of(e, briefing(c1, 1, false), briefing(c2, 2, true)));
    slack.failNext(new PublishException(PublishException.Kind.LOST_ACCESS, "channel_not_found"));
    passes(4);
    assertTrue(outbox.pauses.pause(c1).isPresent());
    assertEquals(2, outbox.pauses.parked(c1).size());
    assertEquals(1, slack.posts().size());
    assertEquals(c2, slack.posts().get(0).channel());
    clock.advance(Duration.ofHours(1));
    passes(3);
    assertEquals(1, slack.posts().size(), "nothing retried while paused");
    assertEquals(0, outbox.queue.enqueue(List.of(briefing(c1, 0, true))), "the key is not reused");

    assertEquals(2, outbox.pauses.resume(c1, clock.instant()));
    assertFalse(outbox.pauses.pause(c1).isPresent());
    dispatcher.reloadAll();
    passes(4);
    assertEquals(3, slack.posts().size());
  }

  @Test
  void aPostEnqueuedAsItsChannelIsPausedIsNotLeftForTheFullRead() {
    // a planner checked the pause just before the send that pauses the channel wrote it: its post is enqueued after
    // the pause parked the channel's rows, and read by the dispatcher while that send is still on its way
    OutboxEntry racing = briefing(c1, 1, false);
    ChannelPauses racedPauses = new ChannelPauses() {
      @Override
      public int pause(ChannelKey channel, String reason, Instant at) {
        int parked = outbox.pauses.pause(channel, reason, at);
        outbox.queue.enqueue(List.of(racing));
        dispatcher.wake();
        dispatcher.pass();
        // the send's outcome takes a moment to come back (recorded in a batch): the sweep after the wake goes by
        clock.advance(Duration.ofMillis(300));
        dispatcher.pass();
        return parked;
      }

      @Override
      public Optional<ChannelPause> pause(ChannelKey channel) {
        return outbox.pauses.pause(channel);
      }

      @Override
      public Set<ChannelKey> paused(Platform platform) {
        return outbox.pauses.paused(platform);
      }

      @Override
      public int resume(ChannelKey channel, Instant now) {
        return outbox.pauses.resume(channel, now);
      }

      @Override
      public List<OutboxRow> parked(ChannelKey channel) {
        return outbox.pauses.parked(channel);
      }
    };
    Deferred pool = new Deferred();
    governor = new RateGovernor(DeliverySettings.Limits.NONE, clock.instant());
    Sender sender = new Sender(slack, outbox.queue, racedPauses, new OutboxViews(stores, outbox.posted), governor,
        settings.retries(), clock);
    dispatcher = new Dispatcher(Platform.SLACK, outbox.claims, sender, governor, ChannelPacing.NONE,
        settings.workers(), clock, "worker-1", pool, recorded -> {});
    outbox.queue.enqueue(List.of(briefing(c1, 0, true)));
    dispatcher.pass();
    slack.failNext(new PublishException(PublishException.Kind.LOST_ACCESS, "channel_not_found"));
    pool.runAll();
    assertTrue(outbox.pauses.pause(c1).isPresent(), "paused");
    assertEquals(DeliveryState.PENDING, row(racing).state(), "enqueued after the pause parked the channel's rows");

    // the dispatcher goes on: the racing post is tried (the platform decides) within a few seconds, not at the read
    // of everything pending 30 s later
    for (int i = 0; i < 20 && row(racing).state() == DeliveryState.PENDING; i++) {
      dispatcher.pass();
      pool.runAll();
      clock.advance(Duration.ofMillis(250));
    }
    assertEquals(DeliveryState.SENT, row(racing).state());
  }

  @Test
  void aRejectedTokenHoldsTheWholePlatformWithoutPausingChannels() {
    OutboxEntry e = briefing(c1, 0, true);
    outbox.queue.enqueue(List.of(e, briefing(c2, 1, true)));
    slack.failNext(PublishException.unauthorized("invalid_auth"));
    passes(3);
    assertEquals(0, slack.posts().size());
    assertFalse(outbox.pauses.pause(c1).isPresent());
    assertTrue(governor.holdReason(clock.instant()).orElseThrow().contains("invalid_auth"));
    clock.advance(Duration.ofSeconds(61));
    passes(4);
    assertEquals(2, slack.posts().size());
  }

  @Test
  void aPostWaitingForItsRetryHoldsBackTheChannelsLaterPostsOnly() {
    OutboxEntry first = briefing(c1, 0, true);
    OutboxEntry second = briefing(c1, 1, false);
    outbox.queue.enqueue(List.of(first, second, briefing(c2, 2, true)));
    slack.failNext(new PublishException(PublishException.Kind.TRANSIENT, "timeout"));
    passes(4);
    assertEquals(DeliveryState.PENDING, row(second).state());
    assertEquals(1, slack.posts().size());
    clock.advance(Duration.ofSeconds(6));
    passes(4);
    List<Long> order = slack.posts().stream().map(p -> ((StoryView) p.view()).storyId()).toList();
    assertEquals(List.of(stories.get(2).storyId(), stories.get(0).storyId(), stories.get(1).storyId()), order);
  }

  @Test
  void thePerChannelRateIsKept() {
    dispatcher = dispatcher("worker-1", new DeliverySettings.Limits(1.0, 1, 0, 0, 1000, Duration.ofMinutes(10)));
    outbox.queue.enqueue(List.of(briefing(c1, 0, true), briefing(c1, 1, false), briefing(c1, 2, false)));
    passes(3);
    assertEquals(1, slack.posts().size());
    clock.advance(Duration.ofMillis(999));
    passes(3);
    assertEquals(1, slack.posts().size());
    clock.advance(Duration.ofMillis(1));
    passes(3);
    assertEquals(2, slack.posts().size());
  }

  static final DeliverySettings.Limits SLACK_LIMITS =
      new DeliverySettings.Limits(1.0, 1, 0, 0, 1000, Duration.ofMinutes(10));

  @Test
  void anInstanceTakingOverAChannelKeepsTheLimitOfSendsItNeverSaw() {
    outbox.queue.enqueue(List.of(briefing(c1, 0, true), briefing(c1, 1, false)));
    Dispatcher first = dispatcher("worker-a", SLACK_LIMITS);
    first.pass();
    assertEquals(1, slack.posts().size());
    first.stop(Duration.ZERO); // another instance carries on; its rate governor never saw that post

    dispatcher = dispatcher("worker-b", SLACK_LIMITS);
    clock.advance(Duration.ofMillis(200));
    passes(3);
    assertEquals(1, slack.posts().size(), "posted 0.2 s after the other instance's post to the same channel");
    clock.set(T.plusMillis(999));
    passes(3);
    assertEquals(1, slack.posts().size());
    clock.set(T.plusSeconds(1));
    passes(3);
    assertEquals(2, slack.posts().size());
  }

  @Test
  void instancesSendingOneOutboxEachTakeTheirOwnChannels() {
    List<OutboxEntry> entries = briefings("D", 24, 2);
    outbox.queue.enqueue(entries);
    RecordingPublisher slackB = new RecordingPublisher(Platform.SLACK);
    Dispatcher a = dispatcher("worker-a", SLACK_LIMITS);
    Dispatcher b = dispatcher("worker-b", SLACK_LIMITS, slackB, new Inline());
    outbox.claims.senders(Platform.SLACK, "worker-b", T, T); // B has started too
    for (int round = 0; round < 3; round++) {
      for (int i = 0; i < 5; i++) {
        a.pass();
        b.pass();
      }
      clock.advance(Duration.ofSeconds(1));
    }
    Set<ChannelKey> byA = new HashSet<>();
    Set<ChannelKey> byB = new HashSet<>();
    slack.posts().forEach(p -> byA.add(p.channel()));
    slackB.posts().forEach(p -> byB.add(p.channel()));
    assertEquals(entries.size(), slack.posts().size() + slackB.posts().size());
    assertEquals(entries.stream().map(OutboxEntry::channel).collect(Collectors.toSet()), union(byA, byB));
    assertTrue(byA.size() >= 6 && byB.size() >= 6, "an even split: " + byA.size() + " and " + byB.size());
    byA.retainAll(byB);
    assertEquals(Set.of(), byA, "a channel was sent to by both instances");
  }

  @Test
  void onePassClaimsTheSendersNextRowsTooInOneTransaction() {
    settings = settings.withWorkers(new DeliverySettings.Workers(2, Duration.ofSeconds(30), Duration.ofSeconds(5),
        Duration.ofSeconds(60), Duration.ofSeconds(10), Duration.ofDays(7)));
    outbox.queue.enqueue(briefings("D", 12, 1));
    sharedDatabase();
    Deferred pool = new Deferred();
    dispatcher = dispatcher("worker-1", SLACK_LIMITS, slack, pool);
    passes(1);
    // 2 senders, each with its send and the next ones claimed: one claim of 8 rows, not one per free sender
    assertEquals(List.of(8), outbox.claims.claimRequests().stream().map(List::size).toList());
    assertEquals(8, pool.waiting.size());
    passes(1);
    assertEquals(1, outbox.claims.claimRequests().size(), "no room until half the claimed rows are sent");
    for (int i = 0; i < 3; i++) pool.waiting.remove(0).run();
    passes(3);
    assertEquals(1, outbox.claims.claimRequests().size(), "5 of 8 claimed rows left: no claim for a few rows");
    pool.waiting.remove(0).run();
    passes(1);
    assertEquals(List.of(8, 4), outbox.claims.claimRequests().stream().map(List::size).toList(),
        "half left: the next batch");
    pool.runAll();
    passes(3);
    pool.runAll();
    passes(3);
    assertEquals(12, slack.posts().size());
    assertEquals(12, new HashSet<>(slack.posts().stream().map(RecordingPublisher.Sent::channel).toList()).size());
  }

  /**
   * 24 channels with two briefing posts each in a database instance A ({@code worker-a}, this dispatcher, sending
   * through {@code pool}) shares with B, after A's first pass: A's channels' first posts wait in the pool.
   */
  void twoInstancesAndAsFirstPass(Deferred pool) {
    outbox.queue.enqueue(briefings("D", 24, 2));
    sharedDatabase();
    outbox.claims.senders(Platform.SLACK, "worker-b", T, T); // B sends this outbox too, and never claims here
    dispatcher = dispatcher("worker-a", SLACK_LIMITS, slack, pool);
    passes(1);
  }

  @Test
  void aLookAtWhoSendsThatTheDatabaseIsSlowToAnswerHoldsUpNoSendOnceStarted() throws Exception {
    ExecutorService pool = java.util.concurrent.Executors.newFixedThreadPool(2);
    dispatcher = dispatcher("worker-1", DeliverySettings.Limits.NONE, slack, pool);
    java.util.concurrent.CountDownLatch answer = new java.util.concurrent.CountDownLatch(1);
    dispatcher.start();
    try {
      awaitTrue(() -> outbox.claims.sendersCalls() >= 1, "the first look");
      outbox.claims.sendersWaitFor(answer);
      clock.advance(Duration.ofSeconds(3)); // the next look is due: it waits for the database
      dispatcher.wake();
      awaitTrue(() -> outbox.claims.sendersCalls() >= 2, "a second look");
      outbox.queue.enqueue(List.of(briefing(c1, 0, true), briefing(c2, 0, true)));
      dispatcher.wake();
      awaitTrue(() -> slack.posts().size() == 2, "both posts while the look waits");
    } finally {
      answer.countDown();
      dispatcher.stop(Duration.ofSeconds(5));
    }
    assertEquals(List.of("worker-2"), outbox.claims.senders(Platform.SLACK, "worker-2", clock.instant(),
        clock.instant().minusSeconds(60)), "worker-1 left after its last look, not before it");
  }

  static void awaitTrue(java.util.function.BooleanSupplier condition, String what) throws InterruptedException {
    long deadline = System.nanoTime() + 30_000_000_000L;
    while (!condition.getAsBoolean()) {
      if (System.nanoTime() > deadline) throw new AssertionError("never happened: " + what);
      Thread.sleep(5);
    }
  }

  @Test
  void aSweepReadsWholeOnlyTheRowsOfItsOwnChannelsThatItDoesNotHold() {
    Deferred pool = new Deferred();
    twoInstancesAndAsFirstPass(pool);
    int held = dispatcher.queued();
    assertTrue(held >= 6 && held <= 18, "about half the channels are A's: " + held);
    // the sweeps of the next seconds look again at every unsettled row (all of them: the skew is 5 s) by id only
    for (int i = 0; i < 3; i++) {
      clock.advance(Duration.ofSeconds(2));
      outbox.claims.senders(Platform.SLACK, "worker-b", clock.instant(), clock.instant());
      passes(1);
    }
    assertEquals(List.of(), outbox.claims.wholeRowsRead(), "A holds its rows, and B's are B's");
    assertEquals(held, dispatcher.queued());

    // rows whose transaction commits after the wake that should have found them: the sweep that follows reads whole
    // just A's
    List<OutboxEntry> late = briefings("E", 24, 1);
    outbox.queue.enqueue(late);
    for (OutboxEntry e : late) outbox.claims.uncommitted().add(row(e).id());
    dispatcher.wake();
    passes(1);
    assertEquals(List.of(), outbox.claims.wholeRowsRead());
    outbox.claims.uncommitted().clear();
    clock.advance(Duration.ofMillis(250));
    passes(1);
    List<Long> read = outbox.claims.wholeRowsRead();
    assertTrue(read.size() >= 6 && read.size() <= 18, "about half of them are A's: " + read);
    Set<Long> lateIds = new HashSet<>();
    for (OutboxEntry e : late) lateIds.add(row(e).id());
    assertTrue(lateIds.containsAll(read), "only late rows: " + read);
    // A's first posts wait for a sender and its second posts are held, as before; its late rows joined them
    assertEquals(2 * held + read.size(), dispatcher.queued() + pool.waiting.size());
  }

  @Test
  void anInstanceKeepsOnlyItsOwnChannelsRowsAndTakesTheOthersWhenTheirInstanceLeaves() {
    Deferred pool = new Deferred();
    twoInstancesAndAsFirstPass(pool);
    int mine = pool.waiting.size();
    assertTrue(mine >= 6 && mine <= 18, "about half the channels are A's: " + mine);
    assertEquals(mine, dispatcher.queued(), "A holds its channels' second posts, and no row of B's channels");
    sendFirstAndSecondPosts(pool);
    assertEquals(2 * mine, slack.posts().size());
    Set<Long> claimed = new HashSet<>();
    outbox.claims.claimRequests().forEach(claimed::addAll);
    assertEquals(2 * mine, claimed.size(), "A never tried to claim a row of B's channels");

    // B stops: A reads everything again when it next looks at who sends, and sends B's channels too
    outbox.claims.leave(Platform.SLACK, "worker-b");
    takeOverAfterALook(pool);
    assertEquals(48, slack.posts().size());
    assertEquals(24, channelsPosted());
  }

  /** Runs the first posts waiting in {@code pool}; a second later the channels' second posts go too. */
  private void sendFirstAndSecondPosts(Deferred pool) {
    pool.runAll();
    clock.advance(Duration.ofSeconds(1));
    passes(2);
    pool.runAll();
    passes(2);
  }

  /** After a change of senders: the next look (3 s on), and the posts of the channels it gave this instance. */
  private void takeOverAfterALook(Deferred pool) {
    clock.advance(Duration.ofSeconds(3));
    passes(2);
    sendFirstAndSecondPosts(pool);
  }

  private int channelsPosted() {
    return new HashSet<>(slack.posts().stream().map(RecordingPublisher.Sent::channel).toList()).size();
  }

  @Test
  void anInstanceTakesItsShareOfALeavingInstancesChannelsWhileAThirdStays() {
    Deferred pool = new Deferred();
    outbox.queue.enqueue(briefings("D", 24, 2));
    sharedDatabase();
    outbox.claims.senders(Platform.SLACK, "worker-b", T, T);
    outbox.claims.senders(Platform.SLACK, "worker-c", T, T);
    dispatcher = dispatcher("worker-a", SLACK_LIMITS, slack, pool);
    passes(1);
    int mine = pool.waiting.size();
    sendFirstAndSecondPosts(pool);
    assertEquals(2 * mine, slack.posts().size());
    int before = channelsPosted();
    assertTrue(before >= 3 && before <= 14, "about a third of the channels are A's: " + before);

    // C stops, B stays: A takes the channels of C's that are its own between A and B, and no channel of B's
    outbox.claims.leave(Platform.SLACK, "worker-c");
    takeOverAfterALook(pool);
    int after = channelsPosted();
    assertTrue(after > before && after < 24, "A sends " + before + " channels, then " + after);
    assertEquals(2 * after, slack.posts().size(), "every channel of A's once with both posts");
  }

  @Test
  void aNewInstanceWaitsUntilTheOthersTookTheirSmallerShareOfTheGlobalLimit() {
    DeliverySettings.Limits discordLike = new DeliverySettings.Limits(0, 1, 0, 50, 1000, Duration.ofMinutes(10));
    outbox.claims.senders(Platform.SLACK, "worker-a", T, T); // another instance is sending at 50 a second
    List<OutboxEntry> posts = briefings("E", 8, 1);
    outbox.queue.enqueue(posts);
    dispatcher = dispatcher("worker-b", discordLike);
    passes(3);
    assertEquals(0, slack.posts().size(), "sent before the other instance could know it must share");
    // the other looks within two seconds (four when its passes are slow, with the sends it admitted before then);
    // its requests leave the window a second later
    clock.set(T.plusMillis(4999));
    passes(3);
    assertEquals(0, slack.posts().size());
    clock.set(T.plusSeconds(5));
    passes(3);
    assertTrue(!slack.posts().isEmpty() && slack.posts().size() < posts.size(),
        "its own channels, and only those: " + slack.posts().size());
  }

  @Test
  void anInstanceThatJoinedBeforeItsLoginWaitsOnlyOneWindowForItsLoginsRequestsWhenItStartsSending() {
    DeliverySettings.Limits discordLike = new DeliverySettings.Limits(0, 1, 0, 50, 1000, Duration.ofMinutes(10));
    outbox.claims.senders(Platform.SLACK, "worker-a", T, T); // another instance is sending
    // this one said it sends 6 s ago, before its client logged in: the other has long taken its smaller share
    outbox.claims.senders(Platform.SLACK, "worker-b", T.minusSeconds(6), T.minusSeconds(6));
    outbox.queue.enqueue(briefings("E", 8, 1));
    dispatcher = dispatcher("worker-b", discordLike);
    dispatcher.joinedAt(T.minusSeconds(6));
    passes(3);
    clock.set(T.plusMillis(999));
    passes(3);
    assertEquals(0, slack.posts().size(), "sent within a window of its own login's requests");
    clock.set(T.plusSeconds(1));
    passes(3);
    assertFalse(slack.posts().isEmpty(), "waited for the other's look again, which it did while this one logged in");
  }

  @Test
  void anInstanceStartingAloneWaitsOneWindowOfTheGlobalLimitForRequestsItDidNotMake() {
    DeliverySettings.Limits discordLike = new DeliverySettings.Limits(0, 1, 0, 50, 1000, Duration.ofMinutes(10));
    List<OutboxEntry> posts = briefings("R", 8, 1);
    outbox.queue.enqueue(posts);
    // restarted a moment after a kill: the dead process's last requests, and the adapter's login, are in the window
    dispatcher = dispatcher("worker-restarted", discordLike);
    passes(3);
    assertEquals(0, slack.posts().size(), "sent while the platform may still count another process's requests");
    clock.set(T.plusMillis(999));
    passes(3);
    assertEquals(0, slack.posts().size());
    clock.set(T.plusSeconds(1));
    passes(3);
    assertEquals(posts.size(), slack.posts().size(), "alone, it sends every channel once the window passed");
  }

  @Test
  void theSendingInstancesShareShrinksAsSoonAsAStartingOneJoinsBeforeThatOneMakesAnyRequest() {
    DeliverySettings.Limits discordLike = new DeliverySettings.Limits(0, 1, 0, 50, 1000, Duration.ofMinutes(10));
    outbox.queue.enqueue(briefings("J", 400, 1));
    Timed platform = new Timed(slack);
    dispatcher = dispatcher("worker-a", discordLike, platform, new Inline());
    Instant joins = T.plusSeconds(3);
    Instant joined = null;
    for (Instant t = T; t.isBefore(T.plusSeconds(10)); t = t.plusMillis(10)) {
      clock.set(t);
      if (joined == null && !t.isBefore(joins)) {
        // another instance starts: it says it sends this outbox before its client logs in (DeliveryEngine#join)
        assertEquals(List.of("worker-a", "worker-b"), outbox.claims.senders(Platform.SLACK, "worker-b", t,
            t.minus(settings.workers().lease())));
        joined = t;
      }
      passes(2);
    }
    assertEquals(50, platform.between(joins.minusMillis(1001), joins.minusMillis(1)),
        "alone, it sent at the bot's full 50 a second");
    // it looks who sends every 50 ms while it has rows: from then on it takes at most half the bot's limit
    assertTrue(platform.most(Duration.ofSeconds(1), joined.plusMillis(50)) <= 25,
        "its share after the other joined: " + platform.most(Duration.ofSeconds(1), joined.plusMillis(50)));
    assertEquals(25, platform.between(joined.plusSeconds(2), joined.plusSeconds(3)), "it still sends its half");
    // the starting instance's login waits for that, and for A's earlier requests to leave the window
    RateGovernor g = new RateGovernor(discordLike, T);
    Instant login = joined.plus(Dispatcher.othersShrunkWithin(g, settings.workers().lease()));
    assertEquals(T.plusSeconds(8), login, "a window and two look periods of the other (a third of the lease, 2 s)");
    assertEquals(25, platform.between(login.minusSeconds(1), login), "the other half of the bot's limit is free");
  }

  @Test
  void nothingIsSentBeforeTheClientIsUpNorForAWindowOfTheGlobalLimitAfterItsStartUpRequests() {
    DeliverySettings.Limits discordLike = new DeliverySettings.Limits(0, 1, 0, 50, 1000, Duration.ofMinutes(10));
    List<OutboxEntry> posts = briefings("U", 8, 1);
    outbox.queue.enqueue(posts);
    Timed client = new Timed(slack);
    client.up = false; // logging in, registering its commands
    dispatcher = dispatcher("worker-1", discordLike, client, new Inline());
    for (int i = 0; i < 30; i++) {
      passes(2);
      clock.advance(Duration.ofMillis(100));
    }
    assertEquals(0, slack.posts().size(), "posted while the client was logging in: each post would fail");
    for (OutboxEntry e : posts) assertEquals(0, row(e).attempts(), "a post was tried before the client was up");
    Instant up = clock.instant();
    client.up = true; // its last start-up request (the command registration) was answered
    passes(2);
    clock.set(up.plusMillis(999));
    passes(2);
    assertEquals(0, slack.posts().size(), "sent within a window of the client's own start-up requests");
    clock.set(up.plusSeconds(1));
    passes(3);
    assertEquals(8, slack.posts().size());
  }

  @Test
  void anInstanceWhoseClientStaysDownForALeaseGivesItsChannelsUpAndJoinsAgainWhenItIsBack() {
    DeliverySettings.Limits discordLike = new DeliverySettings.Limits(0, 1, 0, 50, 1000, Duration.ofMinutes(10));
    Duration lease = settings.workers().lease();
    Timed client = new Timed(slack);
    client.up = false; // logging in for longer than a lease: a start-up, it stays a sender all the while
    dispatcher = dispatcher("worker-a", discordLike, client, new Inline());
    Instant loggedIn = T.plus(lease).plusSeconds(2);
    assertEquals(List.of("worker-a", "worker-b"), runWithAnotherSender(T, loggedIn));
    client.up = true;
    Instant down = loggedIn.plusSeconds(2);
    runWithAnotherSender(loggedIn, down);

    client.up = false; // its gateway is gone
    assertEquals(List.of("worker-a", "worker-b"), runWithAnotherSender(down, down.plus(lease).minusMillis(100)),
        "a reconnect shorter than a lease keeps its channels");
    assertEquals(List.of("worker-b"), runWithAnotherSender(down.plus(lease).minusMillis(100),
        down.plus(lease).plusMillis(100)), "down for a lease: the other instance takes its channels");

    Instant back = down.plus(lease).plusSeconds(5);
    runWithAnotherSender(down.plus(lease).plusMillis(100), back);
    List<OutboxEntry> posts = briefings("W", 24, 1);
    outbox.queue.enqueue(posts);
    client.up = true;
    RateGovernor g = new RateGovernor(discordLike, T);
    Instant sends = back.plus(Dispatcher.othersShrunkWithin(g, lease));
    assertEquals(List.of("worker-a", "worker-b"), runWithAnotherSender(back, sends.minusMillis(50)),
        "back: it says so at once");
    assertEquals(0, slack.posts().size(), "sent before the other instance could know it must share again");
    runWithAnotherSender(sends.minusMillis(50), sends.plusSeconds(2));
    assertTrue(!slack.posts().isEmpty() && slack.posts().size() < posts.size(),
        "its own channels again, and only those: " + slack.posts().size());
  }

  /**
   * Runs passes every 50 ms from {@code from} to {@code to} while another instance, worker-b, says each time that it
   * sends the outbox too (as its dispatcher does); returns the senders worker-b saw last.
   */
  private List<String> runWithAnotherSender(Instant from, Instant to) {
    List<String> seen = List.of();
    for (Instant t = from; t.isBefore(to); t = t.plusMillis(50)) {
      clock.set(t);
      seen = outbox.claims.senders(Platform.SLACK, "worker-b", t, t.minus(settings.workers().lease()));
      passes(1);
    }
    return seen;
  }

  @Test
  void withoutAPlatformWideLimitTheFirstPassAfterTheClientIsUpSends() {
    outbox.queue.enqueue(briefings("V", 3, 1));
    Timed client = new Timed(slack);
    client.up = false;
    dispatcher = dispatcher("worker-1", DeliverySettings.Limits.NONE, client, new Inline());
    passes(3);
    assertEquals(0, slack.posts().size());
    client.up = true;
    passes(1);
    assertEquals(3, slack.posts().size());
  }

  /**
   * The platform as a server counting requests sees it: when each request came, by the test's clock; and a client
   * that is up ({@link Publisher#ready}) only while the test says so.
   */
  final class Timed implements Publisher {
    final RecordingPublisher inner;
    final List<Instant> requests = new ArrayList<>();
    boolean up = true;

    @Override
    public boolean ready() {
      return up;
    }

    Timed(RecordingPublisher inner) {
      this.inner = inner;
    }

    @Override
    public Platform platform() {
      return inner.platform();
    }

    @Override
    public String post(ChannelKey channel, dev.herald.render.View view, String key) throws PublishException {
      requests.add(clock.instant());
      return inner.post(channel, view, key);
    }

    @Override
    public void edit(ChannelKey channel, String messageId, dev.herald.render.View view) throws PublishException {
      requests.add(clock.instant());
      inner.edit(channel, messageId, view);
    }

    @Override
    public Optional<String> findPosted(ChannelKey channel, String key) throws PublishException {
      requests.add(clock.instant());
      return inner.findPosted(channel, key);
    }

    /** The requests the platform saw after {@code from} and up to {@code to}. */
    int between(Instant from, Instant to) {
      return (int) requests.stream().filter(t -> t.isAfter(from) && !t.isAfter(to)).count();
    }

    /** The most requests the platform saw within any {@code window} (a request counts for a window after it came). */
    int most(Duration window) {
      return most(window, Instant.MIN);
    }

    /** The most requests within any {@code window} among those made at or after {@code from}. */
    int most(Duration window, Instant from) {
      int most = 0;
      for (Instant t : requests) {
        if (t.isBefore(from)) continue;
        int n = 0;
        for (Instant u : requests) if (!u.isBefore(from) && !u.isAfter(t) && u.isAfter(t.minus(window))) n++;
        most = Math.max(most, n);
      }
      return most;
    }
  }

  @Test
  void postsAKilledInstanceMayHaveMadeAreLookedUpAndPostedWithinTheBotsLimitCountingTheLookups() {
    DeliverySettings.Limits discordLike = new DeliverySettings.Limits(0, 1, 0, 50, 1000, Duration.ofMinutes(10));
    List<OutboxEntry> posts = briefings("K", 60, 1);
    outbox.queue.enqueue(posts);
    // an instance claimed them all (ahead of its senders) and was killed: none may be posted again without a lookup
    List<Long> ids = posts.stream().map(e -> row(e).id()).toList();
    assertEquals(60, outbox.claims.claim(ids, "worker-killed", T.plusSeconds(30)).size());
    clock.advance(Duration.ofSeconds(31));
    Timed platform = new Timed(slack);
    dispatcher = dispatcher("worker-b", discordLike, platform, new Inline());
    for (int i = 0; i < 40; i++) {
      passes(3);
      clock.advance(Duration.ofMillis(100));
    }
    assertEquals(60, slack.lookups(), "each row the killed instance held is looked for first");
    assertEquals(60, slack.posts().size());
    assertEquals(120, platform.requests.size());
    // 50 requests a second for the bot, lookups included: two requests per send, not one
    assertEquals(50, platform.most(Duration.ofSeconds(1)));
  }

  static <T> Set<T> union(Set<T> x, Set<T> y) {
    Set<T> all = new HashSet<>(x);
    all.addAll(y);
    return all;
  }

  @Test
  void aStoryNoLongerStoredIsParkedNotSent() {
    OutboxEntry ghost = OutboxEntry.post(c1, DeliveryKind.ALERT, 999, 1, Optional.of("New on ai"), T);
    outbox.queue.enqueue(List.of(ghost));
    passes(2);
    assertEquals(DeliveryState.PARKED, row(ghost).state());
    assertEquals(0, slack.posts().size());
  }
}
