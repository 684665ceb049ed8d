package dev.herald.store;

import java.time.Instant;

/**
 * Who answers a chat interaction when several Herald instances receive it (Discord gives every session of a shard
 * the shard's events): the first instance to claim the interaction's id. Thread-safe; each method is one transaction.
 */
public interface InteractionClaims {
  /** Claims nothing: every interaction is this instance's (one instance, or tests). */
  InteractionClaims NONE = new InteractionClaims() {
    @Override
    public boolean claim(String interactionId, Instant now) {
      return true;
    }

    @Override
    public int purge(Instant before) {
      return 0;
    }
  };

  /**
   * Records that this instance answers {@code interactionId}; false when another instance (or an earlier call)
   * already claimed it.
   *
   * @throws StoreException when the database cannot be reached
   */
  boolean claim(String interactionId, Instant now);

  /**
   * Deletes the claims made before {@code before}, a batch per write until one comes back short (a busy bot claims
   * more than a batch between purges); the number deleted.
   */
  int purge(Instant before);

  static InteractionClaims sql(Database db) {
    return new SqlInteractionClaims(db);
  }
}
