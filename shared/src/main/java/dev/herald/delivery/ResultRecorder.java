package dev.herald.delivery;

import dev.herald.model.Platform;
import dev.herald.store.OutboxClaims;
import dev.herald.store.OutboxResult;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Records send outcomes in the outbox, as many as are waiting in one transaction (a SQLite commit per message would
 * be the bottleneck of a fan-out), then hands them on. When a batch cannot be recorded its rows stay claimed: their
 * leases return them, and a row that may have posted is looked up on the platform first. After each batch, {@code
 * afterRecord} sees what was recorded (a story that grew while its post was on the way is then edited).
 */
final class ResultRecorder {
  private static final Logger log = LoggerFactory.getLogger(ResultRecorder.class);
  private static final int MAX_BATCH = 1000;
  /**
   * How long the recorder lets outcomes gather after the first of a batch: one transaction for many sends. The
   * dispatcher sends the channel's next row only after recording, but that row waits for the channel's rate limit
   * anyway (a second on Slack), and the sender is free meanwhile.
   */
  private static final long LINGER_MILLIS = 10;

  private final Platform platform;
  private final OutboxClaims outbox;
  private final Consumer<List<Sender.Outcome>> recorded;
  private final Consumer<List<OutboxResult>> afterRecord;
  private final LinkedBlockingQueue<Sender.Outcome> waiting = new LinkedBlockingQueue<>();
  private volatile boolean running;
  private Thread thread;

  /** @param recorded receives each batch once recorded (or, when that failed, as {@code UNKNOWN} outcomes) */
  ResultRecorder(Platform platform, OutboxClaims outbox, Consumer<List<Sender.Outcome>> recorded,
      Consumer<List<OutboxResult>> afterRecord) {
    this.platform = platform;
    this.outbox = outbox;
    this.recorded = recorded;
    this.afterRecord = afterRecord;
  }

  void start() {
    running = true;
    thread = new Thread(this::loop, "herald-record-" + platform.key());
    thread.setDaemon(true);
    thread.start();
  }

  /** Queues an outcome; recorded on the recorder thread, or at once when the recorder is not running. */
  void submit(Sender.Outcome outcome) {
    if (running) {
      waiting.add(outcome);
    } else {
      record(List.of(outcome));
    }
  }

  /** Records what is still waiting, then stops. */
  void stop() {
    running = false;
    if (thread == null) return;
    try {
      thread.join(5000);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }

  private void loop() {
    while (running || !waiting.isEmpty()) {
      try {
        Sender.Outcome first = waiting.poll(100, TimeUnit.MILLISECONDS);
        if (first == null) continue;
        List<Sender.Outcome> batch = new ArrayList<>();
        batch.add(first);
        if (running && waiting.size() < MAX_BATCH - 1) linger();
        waiting.drainTo(batch, MAX_BATCH - 1);
        record(batch);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        return;
      }
    }
  }

  /** Lets outcomes gather; an interrupt ends the wait, never the batch already taken. */
  private static void linger() {
    try {
      Thread.sleep(LINGER_MILLIS);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }

  private void record(List<Sender.Outcome> batch) {
    List<OutboxResult> results = new ArrayList<>(batch.size());
    for (Sender.Outcome o : batch) o.record().ifPresent(results::add);
    try {
      outbox.record(results);
      recorded.accept(batch);
      afterRecord.accept(results);
    } catch (RuntimeException e) {
      log.error("{}: cannot record {} send results; their leases will return them", platform.key(), batch.size(), e);
      List<Sender.Outcome> unknown = new ArrayList<>(batch.size());
      for (Sender.Outcome o : batch) {
        unknown.add(new Sender.Outcome(o.row(), Sender.Result.UNKNOWN, Optional.empty(), Optional.empty()));
      }
      recorded.accept(unknown);
    }
  }
}
