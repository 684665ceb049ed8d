package dev.herald.testing;

import dev.herald.delivery.PublishException;
import dev.herald.delivery.Publisher;
import dev.herald.model.ChannelKey;
import dev.herald.model.Platform;
import dev.herald.render.View;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicLong;

/**
 * A publisher that records every post and edit, can fail on demand (queue failures with {@link #failNext}), and
 * remembers each post's key so that {@link #findPosted} answers as Slack's metadata search would. Thread-safe.
 */
public final class RecordingPublisher implements Publisher {
  /** A post or an edit as the platform saw it. */
  public record Sent(ChannelKey channel, String messageId, View view, String key, boolean edit) {}

  private final Platform platform;
  private final List<Sent> sent = new ArrayList<>();
  private final Map<String, String> byKey = new HashMap<>();
  private final Deque<PublishException> failures = new ArrayDeque<>();
  private final AtomicLong ids = new AtomicLong();
  private boolean canFind = true;
  private int lookups;
  /** When set, a post is recorded but then fails as if the answer was lost (a timeout after the platform took it). */
  private int loseAnswers;

  public RecordingPublisher(Platform platform) {
    this.platform = platform;
  }

  public synchronized RecordingPublisher failNext(PublishException e) {
    failures.addLast(e);
    return this;
  }

  public synchronized RecordingPublisher loseNextAnswers(int n) {
    loseAnswers = n;
    return this;
  }

  /** Like a platform that cannot search its messages for a key. */
  public synchronized RecordingPublisher cannotFind() {
    canFind = false;
    return this;
  }

  @Override
  public Platform platform() {
    return platform;
  }

  @Override
  public synchronized String post(ChannelKey channel, View view, String key) throws PublishException {
    PublishException f = failures.pollFirst();
    if (f != null) throw f;
    String id = "m" + ids.incrementAndGet();
    sent.add(new Sent(channel, id, view, key, false));
    byKey.put(channel + "|" + key, id);
    if (loseAnswers > 0) {
      loseAnswers--;
      throw new PublishException(PublishException.Kind.TRANSIENT, "read timed out");
    }
    return id;
  }

  @Override
  public synchronized void edit(ChannelKey channel, String messageId, View view) throws PublishException {
    PublishException f = failures.pollFirst();
    if (f != null) throw f;
    sent.add(new Sent(channel, messageId, view, "", true));
  }

  @Override
  public synchronized Optional<String> findPosted(ChannelKey channel, String key) {
    lookups++;
    return canFind ? Optional.ofNullable(byKey.get(channel + "|" + key)) : Optional.empty();
  }

  public synchronized List<Sent> sent() {
    return List.copyOf(sent);
  }

  public synchronized List<Sent> posts() {
    return sent.stream().filter(s -> !s.edit()).toList();
  }

  public synchronized List<Sent> edits() {
    return sent.stream().filter(Sent::edit).toList();
  }

  public synchronized int lookups() {
    return lookups;
  }
}
