package dev.herald.bot.ops;

import dev.herald.metrics.HeraldMetrics;
import dev.herald.store.Database;
import okhttp3.EventListener;

/**
 * Herald's meters as the composition root sees them: the core's events ({@link HeraldMetrics}) plus what only the edge
 * can bind, an HTTP client's requests and the connection pool. {@link #NONE} when the ops endpoint is off.
 */
public interface OpsMetrics extends HeraldMetrics {
  OpsMetrics NONE = new OpsMetrics() {};

  /** Reports the requests of the OkHttp client named {@code client} ({@code feeds}, {@code pages}, {@code llm}). */
  default EventListener.Factory httpClient(String client) {
    return call -> EventListener.NONE;
  }

  /** Binds the database's connection pool (connections in use, idle, pending, acquisition time). */
  default void bindPool(Database db) {}
}
