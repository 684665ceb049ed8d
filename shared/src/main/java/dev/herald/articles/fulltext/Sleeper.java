package dev.herald.articles.fulltext;

import java.time.Duration;

/** Waits; tests pass one that advances a fake clock instead. */
@FunctionalInterface
public interface Sleeper {
  void sleep(Duration d) throws InterruptedException;

  Sleeper SYSTEM = d -> Thread.sleep(d.toMillis());
}
