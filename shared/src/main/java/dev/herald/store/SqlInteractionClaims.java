package dev.herald.store;

import java.time.Instant;

/**
 * {@link InteractionClaims} on {@code interaction_claims}: a claim is one insert that does nothing on a duplicate id
 * ({@code ON CONFLICT DO NOTHING}, SQLite and PostgreSQL alike), so that the loser sees an update count of 0 rather
 * than a unique-key violation, which would abort a PostgreSQL transaction.
 */
final class SqlInteractionClaims implements InteractionClaims {
  /** Claims deleted per write ({@link Sql#untilShort}). */
  static final int PURGE_BATCH = 500;

  private final Database db;

  SqlInteractionClaims(Database db) {
    this.db = db;
  }

  @Override
  public boolean claim(String interactionId, Instant now) {
    return db.write(c -> Sql.update(c, "INSERT INTO interaction_claims (interaction_id, claimed_at) VALUES (?, ?)"
        + " ON CONFLICT (interaction_id) DO NOTHING", interactionId, now)) == 1;
  }

  @Override
  public int purge(Instant before) {
    return Sql.untilShort(PURGE_BATCH, () -> db.write(c -> Sql.update(c, "DELETE FROM interaction_claims WHERE"
        + " interaction_id IN (SELECT interaction_id FROM interaction_claims WHERE claimed_at < ? ORDER BY claimed_at"
        + " LIMIT ?)", before, PURGE_BATCH)));
  }
}
