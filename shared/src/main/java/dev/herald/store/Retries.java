package dev.herald.store;

import java.sql.SQLException;
import java.util.concurrent.ThreadLocalRandom;

/** Which PostgreSQL failures a write may simply run again, and how long to wait before it does. */
final class Retries {
  /** SQLSTATE serialization_failure. */
  static final String SERIALIZATION_FAILURE = "40001";
  /** SQLSTATE deadlock_detected. */
  static final String DEADLOCK = "40P01";

  private Retries() {}

  /** The server aborted the transaction only because of another one: running it again is safe. */
  static boolean retryable(SQLException e) {
    for (Throwable t = e; t != null; t = t.getCause()) {
      if (t instanceof SQLException s) {
        String state = s.getSQLState();
        if (SERIALIZATION_FAILURE.equals(state) || DEADLOCK.equals(state)) return true;
      }
    }
    return false;
  }

  /** A short random pause that grows with the attempt, so that two retrying writers do not collide again. */
  static void pause(int attempt) {
    try {
      Thread.sleep(ThreadLocalRandom.current().nextLong(5, 20L * attempt + 10));
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new StoreException("interrupted while retrying a write", e);
    }
  }
}
