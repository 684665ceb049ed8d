package dev.herald.delivery;

import dev.herald.metrics.HeraldMetrics;
import dev.herald.model.Platform;
import dev.herald.store.OutboxResult;
import java.time.Duration;
import java.util.List;
import java.util.function.Consumer;

/**
 * Reports each recorded batch of send outcomes: one delivery attempt per result (sent, retry, parked), the lag of
 * each sent row from when it became due ({@code notBefore}) to when it was sent, and the rows parked. Rows parked
 * because their channel lost access are reported by the {@link Sender}, which parks them itself. Thread-safe.
 */
final class SendMeter implements Consumer<List<OutboxResult>> {
  private final HeraldMetrics metrics;

  SendMeter(HeraldMetrics metrics) {
    this.metrics = metrics;
  }

  @Override
  public void accept(List<OutboxResult> results) {
    int parked = 0;
    for (OutboxResult r : results) {
      Platform p = r.entry().channel().platform();
      HeraldMetrics.DeliveryResult result = switch (r.kind()) {
        case SENT -> HeraldMetrics.DeliveryResult.SENT;
        case PARKED -> HeraldMetrics.DeliveryResult.PARKED;
        case RETRY -> HeraldMetrics.DeliveryResult.RETRY;
      };
      metrics.delivered(p, r.entry().kind(), result);
      if (result == HeraldMetrics.DeliveryResult.SENT) {
        Duration lag = Duration.between(r.entry().notBefore(), r.at());
        metrics.deliveryLag(p, lag.isNegative() ? Duration.ZERO : lag);
      }
      if (result == HeraldMetrics.DeliveryResult.PARKED) parked++;
    }
    if (parked > 0) metrics.parked(parked);
  }
}
