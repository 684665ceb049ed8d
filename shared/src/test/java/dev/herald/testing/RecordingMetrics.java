package dev.herald.testing;

import dev.herald.metrics.HeraldMetrics;
import dev.herald.model.DeliveryKind;
import dev.herald.model.Platform;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/** Records every measurement as a line ({@code "delivered slack briefing sent"}) and counts them. Thread-safe. */
public final class RecordingMetrics implements HeraldMetrics {
  private final Map<String, Integer> counts = new ConcurrentHashMap<>();
  private final List<Duration> lags = new ArrayList<>();

  private void count(String event, int n) {
    counts.merge(event, n, Integer::sum);
  }

  /** How often {@code event} happened (summed for counts such as parked rows). */
  public int count(String event) {
    return counts.getOrDefault(event, 0);
  }

  /** The lags reported, in order. */
  public synchronized List<Duration> lags() {
    return List.copyOf(lags);
  }

  @Override
  public void feedFetched(FetchResult result, Duration took) {
    count("fetch " + result.tag(), 1);
  }

  @Override
  public void articlesIngested(int count) {
    count("articles", count);
  }

  @Override
  public void summaryWritten(String summarizer, SummaryResult result) {
    count("summary " + summarizer + " " + result.tag(), 1);
  }

  @Override
  public void delivered(Platform platform, DeliveryKind kind, DeliveryResult result) {
    count("delivered " + platform.key() + " " + kind.key() + " " + result.tag(), 1);
  }

  @Override
  public synchronized void deliveryLag(Platform platform, Duration lag) {
    lags.add(lag);
    count("lag " + platform.key(), 1);
  }

  @Override
  public void rateLimited(Platform platform) {
    count("rate limited " + platform.key(), 1);
  }

  @Override
  public void parked(int deliveries) {
    count("parked", deliveries);
  }

  @Override
  public void briefing(BriefingResult result) {
    count("briefing " + result.tag(), 1);
  }

  @Override
  public void slashAcknowledged(Platform platform, Duration took) {
    count("ack " + platform.key(), 1);
  }

  @Override
  public String toString() {
    return counts.toString();
  }
}
