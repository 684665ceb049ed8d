package dev.herald.store;

/** A failure of the database underneath a store; unchecked so that callers decide where to catch. */
public final class StoreException extends RuntimeException {
  public StoreException(String message, Throwable cause) {
    super(message, cause);
  }

  public StoreException(String message) {
    super(message);
  }
}
