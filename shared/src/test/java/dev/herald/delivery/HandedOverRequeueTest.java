package dev.herald.delivery;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.herald.model.ChannelKey;
import dev.herald.model.Platform;
import dev.herald.render.View;
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
import java.util.Optional;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.Parameter;
import org.junit.jupiter.params.ParameterizedClass;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * A channel handed over from one instance to another while the first one's send there is on its way: the send comes
 * back to be retried (a 429), and its row goes back to pending with the id it had, below every id the new instance
 * reads. Two instances on one real database (a SQLite file; a PostgreSQL database), run pass by pass with a
 * hand-moved clock; the slow send runs on a thread of its own.
 */
@ParameterizedClass
@EnumSource(TestDatabase.class)
class HandedOverRequeueTest {
  static final Instant T = Instant.parse("2026-06-01T08:00:00Z");
  /** How often a dispatcher sweeps the outbox (Dispatcher.LOOK_EVERY). */
  static final Duration SWEEP = Duration.ofSeconds(2);
  static final Duration STEP = Duration.ofMillis(250);
  static final Duration RETRY_AFTER = Duration.ofSeconds(2);
  static final String A = "instance-a";
  static final String B = "instance-b";

  @Parameter TestDatabase kind;
  @TempDir Path dir;
  final MutableClock clock = new MutableClock(T);
  SlackOutboxSeed seed;
  List<ChannelKey> channels;
  Database first;
  Database second;
  Instance a;
  Instance b;

  /** Runs each send on the calling thread, except one handed to a thread of its own (a slow request). */
  static final class SlowOne extends DispatcherTest.Inline {
    volatile boolean detachNext;
    Thread detached;

    @Override
    public void execute(Runnable r) {
      if (!detachNext) {
        r.run();
        return;
      }
      detachNext = false;
      detached = new Thread(r, "slow-send");
      detached.start();
    }
  }

  /** A publisher whose next post waits until released, then is answered 429. */
  static final class Held implements Publisher {
    final RecordingPublisher recorded = new RecordingPublisher(Platform.SLACK);
    final CountDownLatch holding = new CountDownLatch(1);
    final CountDownLatch release = new CountDownLatch(1);
    volatile ChannelKey hold;

    @Override
    public Platform platform() {
      return Platform.SLACK;
    }

    @Override
    public void edit(ChannelKey channel, String messageId, View view) throws PublishException {
      recorded.edit(channel, messageId, view);
    }

    @Override
    public Optional<String> findPosted(ChannelKey channel, String key) {
      return recorded.findPosted(channel, key);
    }

    List<RecordingPublisher.Sent> posts() {
      return recorded.posts();
    }

    @Override
    public String post(ChannelKey channel, View view, String key) throws PublishException {
      if (channel.equals(hold)) {
        hold = null;
        holding.countDown();
        try {
          release.await(30, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
          Thread.currentThread().interrupt();
        }
        throw PublishException.rateLimited("ratelimited", RETRY_AFTER);
      }
      return recorded.post(channel, view, key);
    }
  }

  final class Instance {
    final OutboxStore outbox;
    final Held slack = new Held();
    final SlowOne pool = new SlowOne();
    final Dispatcher dispatcher;

    Instance(Database db, String owner) {
      this.outbox = OutboxStores.sql(db, clock).outbox();
      DeliverySettings settings = DeliverySettings.defaults();
      RateGovernor governor = new RateGovernor(DeliverySettings.Limits.NONE, clock.instant());
      Sender sender = new Sender(slack, outbox, outbox, new OutboxViews(Stores.sql(db, clock), outbox), governor,
          settings.retries(), clock);
      dispatcher = new Dispatcher(Platform.SLACK, outbox, sender, governor, DeliverySettings.Limits.NONE
          .channelPacing(), settings.workers(), clock, owner, pool, recorded -> {});
    }

    List<ChannelKey> postedTo() {
      return slack.posts().stream().map(RecordingPublisher.Sent::channel).toList();
    }
  }

  @BeforeEach
  void open() {
    List<Database> pools = kind.twoInstances(dir);
    first = pools.get(0);
    second = pools.get(1);
    seed = new SlackOutboxSeed(Stores.sql(first, clock), clock, T.minusSeconds(3600));
    channels = seed.channels;
    a = new Instance(first, A);
    b = new Instance(second, B);
  }

  @AfterEach
  void close() throws InterruptedException {
    if (a != null) {
      a.slack.release.countDown();
      if (a.pool.detached != null) a.pool.detached.join(5000);
    }
    if (first != null) first.close();
    if (second != null) second.close();
  }

  OutboxEntry post(ChannelKey channel, int story) {
    return seed.post(channel, story);
  }

  void step(boolean withB) {
    a.dispatcher.pass();
    if (withB) b.dispatcher.pass();
    clock.advance(STEP);
  }

  int posts() {
    return a.slack.posts().size() + b.slack.posts().size();
  }

  /** A sends alone and sent every channel its first post; returns a channel that is B's once B sends too. */
  ChannelKey firstPostsSentByA() {
    a.outbox.senders(Platform.SLACK, A, T, T);
    List<OutboxEntry> firsts = new ArrayList<>();
    for (ChannelKey ch : channels) firsts.add(post(ch, 0));
    a.outbox.enqueue(firsts);
    for (int i = 0; i < 4; i++) step(false);
    assertEquals(channels.size(), a.slack.posts().size(), "A sent every first post");
    return channels.stream()
        .filter(ch -> Dispatcher.senderOf(List.of(A, B), A, ch.toString()).equals(B)).findFirst().orElseThrow();
  }

  /** A's next post to the channel is slow to be answered: on its way now, claimed by A. */
  OutboxEntry slowPostBy(ChannelKey channel) throws InterruptedException {
    a.slack.hold = channel;
    a.pool.detachNext = true;
    OutboxEntry slow = post(channel, 1);
    a.outbox.enqueue(List.of(slow));
    a.dispatcher.wake();
    step(false);
    assertTrue(a.slack.holding.await(10, TimeUnit.SECONDS), "A's post to the channel is on its way");
    return slow;
  }

  /** A's slow post is answered 429: the row goes back to pending, due after the Retry-After; returns when due. */
  Instant answered429(OutboxEntry slow) throws InterruptedException {
    assertEquals(DeliveryState.CLAIMED, a.outbox.find(slow.key()).orElseThrow().state());
    a.slack.release.countDown();
    a.pool.detached.join(10_000);
    assertEquals(DeliveryState.PENDING, a.outbox.find(slow.key()).orElseThrow().state(), "recorded for a retry");
    return a.outbox.find(slow.key()).orElseThrow().nextAttemptAt();
  }

  /** Both instances pass until B posts to the channel: B sends it when due, at its next sweep. */
  void sentByBWhenDue(ChannelKey moving, Instant due) {
    Instant sent = null;
    while (sent == null && clock.instant().isBefore(due.plusSeconds(40))) {
      step(true);
      if (b.postedTo().contains(moving)) sent = clock.instant();
    }
    assertTrue(sent != null && !sent.isAfter(due.plus(SWEEP).plus(STEP.multipliedBy(2))),
        "B sent the post A gave back, due at " + due + ", at its next sweep, not at " + sent);
    assertFalse(a.postedTo().subList(channels.size(), a.postedTo().size()).contains(moving),
        "A does not send the channel it handed over");
  }

  /** Posts to every channel but {@code except}; returns them. */
  List<OutboxEntry> postsToEveryChannelBut(ChannelKey except) {
    List<OutboxEntry> later = new ArrayList<>();
    for (ChannelKey ch : channels) if (!ch.equals(except)) later.add(post(ch, 2));
    a.outbox.enqueue(later);
    return later;
  }

  @Test
  void aRetryRecordedAfterTheInstanceNoticedTheHandOverIsSentByTheNewOneWhenDue() throws Exception {
    ChannelKey moving = firstPostsSentByA();
    OutboxEntry slow = slowPostBy(moving);
    // meanwhile B starts, and A notices: the channel is B's among the two; posts to the other channels go on
    for (int i = 0; i < 12; i++) step(true);
    int before = posts();
    List<OutboxEntry> later = postsToEveryChannelBut(moving);
    a.dispatcher.wake();
    for (int i = 0; i < 40; i++) step(true);
    assertEquals(before + later.size(), posts(), "the other posts were sent");
    assertFalse(b.slack.posts().isEmpty(), "B sends its channels");

    sentByBWhenDue(moving, answered429(slow));
  }

  @Test
  void aRetryRecordedBeforeTheInstanceNoticedTheHandOverIsSentByTheNewOneWhenDue() throws Exception {
    ChannelKey moving = firstPostsSentByA();
    OutboxEntry slow = slowPostBy(moving);
    // A stalls (a long pause, a busy machine) while B starts and sends its share of newer posts for 6 s, past the
    // commit skew a shared database allows for
    postsToEveryChannelBut(moving);
    for (int i = 0; i < 24; i++) {
      b.dispatcher.pass();
      clock.advance(STEP);
    }
    assertFalse(b.slack.posts().isEmpty(), "B sends its channels");
    // A's post is answered 429 before A looks again: it keeps the retry, then notices B
    sentByBWhenDue(moving, answered429(slow));
  }
}
