package dev.herald.delivery;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.herald.model.ChannelKey;
import dev.herald.model.Platform;
import dev.herald.store.Database;
import dev.herald.store.DeliveryState;
import dev.herald.store.OutboxEntry;
import dev.herald.store.OutboxStore;
import dev.herald.store.OutboxStores;
import dev.herald.store.Stores;
import dev.herald.testing.MutableClock;
import dev.herald.testing.RecordingPublisher;
import dev.herald.testing.TestDatabase;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.Parameter;
import org.junit.jupiter.params.ParameterizedClass;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * Two instances, each with its own connection pool, outbox store, dispatcher and publisher, on one real database (a
 * SQLite file; a PostgreSQL database), run pass by pass with a hand-moved clock: rows that another instance puts back
 * to pending with their old ids (a {@code /herald retry} it answered, a dead worker's claims it reclaimed) are sent by
 * the instance whose channel it is at its next sweep (2 s), not at its next full read of the outbox (30 s).
 */
@ParameterizedClass
@EnumSource(TestDatabase.class)
class RequeuedElsewhereTest {
  static final Instant T = Instant.parse("2026-06-01T08:00:00Z");
  /** How often a dispatcher sweeps the outbox (Dispatcher.LOOK_EVERY). */
  static final Duration SWEEP = Duration.ofSeconds(2);
  static final Duration STEP = Duration.ofMillis(250);

  @Parameter TestDatabase kind;
  @TempDir Path dir;
  final MutableClock clock = new MutableClock(T);
  SlackOutboxSeed seed;
  List<ChannelKey> channels;
  Instance a;
  Instance b;

  /** One Herald instance's delivery of Slack: its own pool on the shared database, store, governor and dispatcher. */
  final class Instance implements AutoCloseable {
    final Database db;
    final OutboxStore outbox;
    final RecordingPublisher slack = new RecordingPublisher(Platform.SLACK);
    final Dispatcher dispatcher;

    Instance(Database db, String owner) {
      this.db = db;
      this.outbox = OutboxStores.sql(db, clock).outbox();
      DeliverySettings settings = DeliverySettings.defaults();
      RateGovernor governor = new RateGovernor(DeliverySettings.Limits.NONE, clock.instant());
      Sender sender = new Sender(slack, outbox, outbox, new OutboxViews(Stores.sql(db, clock), outbox), governor,
          settings.retries(), clock);
      dispatcher = new Dispatcher(Platform.SLACK, outbox, sender, governor, DeliverySettings.Limits.NONE
          .channelPacing(), settings.workers(), clock, owner, new DispatcherTest.Inline(), recorded -> {});
    }

    List<ChannelKey> postedTo() {
      return slack.posts().stream().map(RecordingPublisher.Sent::channel).toList();
    }

    @Override
    public void close() {
      db.close();
    }
  }

  @BeforeEach
  void open() {
    List<Database> pools = kind.twoInstances(dir);
    Database first = pools.get(0);
    Database second = pools.get(1);
    seed = new SlackOutboxSeed(Stores.sql(first, clock), clock, T.minusSeconds(3600));
    channels = seed.channels;
    a = new Instance(first, "instance-a");
    b = new Instance(second, "instance-b");
    // both send this outbox from the start: each takes the channels that hash to it
    a.outbox.senders(Platform.SLACK, "instance-a", T, T);
    b.outbox.senders(Platform.SLACK, "instance-b", T, T);
  }

  @AfterEach
  void close() {
    if (a != null) a.close();
    if (b != null) b.close();
  }

  OutboxEntry post(ChannelKey channel, int story) {
    return seed.post(channel, story);
  }

  /** Both instances pass, A first, then the clock moves on a step. */
  void step() {
    a.dispatcher.pass();
    b.dispatcher.pass();
    clock.advance(STEP);
  }

  /** Sends every channel's first post; returns a channel that B sends. */
  ChannelKey firstPostsSentAndAChannelOfB() {
    List<OutboxEntry> first = new ArrayList<>();
    for (ChannelKey ch : channels) first.add(post(ch, 0));
    a.outbox.enqueue(first);
    for (int i = 0; i < 4; i++) step();
    assertEquals(channels.size(), a.slack.posts().size() + b.slack.posts().size(), "each first post sent once");
    assertFalse(a.postedTo().isEmpty(), "A has channels too");
    assertFalse(b.postedTo().isEmpty(), "B has channels too");
    return b.postedTo().get(0);
  }

  /**
   * Newer posts to every channel but {@code except}, sent over the next 10 s: both instances read rows with higher ids
   * than the channel's, and look past them.
   */
  void laterPostsToEveryChannelBut(ChannelKey except) {
    int sent = a.slack.posts().size() + b.slack.posts().size();
    List<OutboxEntry> later = new ArrayList<>();
    for (ChannelKey ch : channels) if (!ch.equals(except)) later.add(post(ch, 2));
    a.outbox.enqueue(later);
    a.dispatcher.wake();
    b.dispatcher.wake();
    for (int i = 0; i < 40; i++) step();
    assertEquals(sent + later.size(), a.slack.posts().size() + b.slack.posts().size(), "the newer posts were sent");
  }

  @Test
  void aRetryAnsweredByOneInstanceIsSentByTheInstanceOfTheChannelAtItsNextSweep() {
    ChannelKey lost = firstPostsSentAndAChannelOfB();
    // Herald loses the channel: B's next post there is refused, the channel is paused and its other post parked
    b.slack.failNext(new PublishException(PublishException.Kind.LOST_ACCESS, "channel_not_found"));
    a.outbox.enqueue(List.of(post(lost, 1), post(lost, 2)));
    a.dispatcher.wake();
    b.dispatcher.wake();
    for (int i = 0; i < 4; i++) step();
    assertTrue(a.outbox.pause(lost).isPresent(), "paused");
    assertEquals(2, a.outbox.parked(lost).size());
    // time passes (past the commit skew a shared database allows for) and the other channels get newer posts
    laterPostsToEveryChannelBut(lost);
    int before = b.slack.posts().size();

    // a manager gives access back and runs /herald retry, which A answers (what DeliveryEngine.retry does there)
    assertEquals(2, a.outbox.resume(lost, clock.instant()));
    a.dispatcher.reloadAll();
    Instant retried = clock.instant();
    Instant sent = null;
    while (sent == null && clock.instant().isBefore(retried.plus(Duration.ofSeconds(20)))) {
      step();
      if (b.slack.posts().size() == before + 2) sent = clock.instant();
    }
    assertTrue(sent != null && !sent.isAfter(retried.plus(SWEEP).plus(STEP.multipliedBy(2))),
        "B sent the requeued posts at its next sweep after the retry at " + retried + ", not " + sent);
    assertFalse(a.postedTo().contains(lost), "A never sends B's channel");
    assertEquals(List.of(lost, lost), b.postedTo().subList(before, before + 2));
    assertEquals(0, a.outbox.unsent(lost));
  }

  @Test
  void aDeadWorkersClaimReclaimedByOneInstanceIsSentByTheInstanceOfTheChannelAtItsNextSweep() {
    ChannelKey ofB = firstPostsSentAndAChannelOfB();
    // a third instance claimed B's channel's next post and was killed; the others stopped seeing it before its claim
    // ran out (its leases were renewed a few seconds after it last said it sends)
    OutboxEntry e = post(ofB, 1);
    a.outbox.enqueue(List.of(e));
    long id = a.outbox.find(e.key()).orElseThrow().id();
    Instant leaseEnds = clock.instant().plusSeconds(45);
    assertEquals(List.of(id), a.outbox.claim(List.of(id), "instance-c", leaseEnds));
    laterPostsToEveryChannelBut(ofB);
    int before = b.slack.posts().size();

    // the instances pass on; A's upkeep returns the dead claim once its lease is over, and B sends the row
    Instant reclaimed = null;
    Instant sent = null;
    while (sent == null && clock.instant().isBefore(leaseEnds.plusSeconds(40))) {
      boolean claimed = a.outbox.find(e.key()).orElseThrow().state() == DeliveryState.CLAIMED;
      a.dispatcher.pass();
      if (claimed && a.outbox.find(e.key()).orElseThrow().state() != DeliveryState.CLAIMED) reclaimed = clock.instant();
      b.dispatcher.pass();
      clock.advance(STEP);
      if (b.slack.posts().size() > before) sent = clock.instant();
    }
    assertTrue(reclaimed != null, "A's upkeep reclaimed the row");
    assertTrue(sent != null && !sent.isAfter(reclaimed.plus(SWEEP).plus(STEP.multipliedBy(2))),
        "B sent the reclaimed post at its next sweep after A reclaimed it at " + reclaimed + ", not " + sent);
    assertEquals(e.key(), b.slack.posts().get(before).key());
    assertFalse(a.postedTo().contains(ofB), "A never sends B's channel");
  }
}
