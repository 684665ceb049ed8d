package dev.herald.store;

import java.sql.Connection;
import java.sql.SQLException;
import java.time.Instant;
import java.util.Optional;

/**
 * {@link RunLeaseStore} on {@code run_leases}. Taking a lease is one conditional update of its row: under
 * PostgreSQL's READ COMMITTED a second taker waits for the first to commit and then finds the lease held.
 */
final class SqlRunLeaseStore implements RunLeaseStore {
  private final Database db;

  SqlRunLeaseStore(Database db) {
    this.db = db;
  }

  @Override
  public Optional<Long> acquire(String name, String owner, Instant now, Instant until) {
    return db.write(c -> {
      Sql.update(c, "INSERT INTO run_leases (name, owner, lease_until, generation) VALUES (?, NULL, NULL, 0)"
          + " ON CONFLICT (name) DO NOTHING", name);
      int taken = Sql.update(c, "UPDATE run_leases SET owner = ?, lease_until = ? WHERE name = ?"
          + " AND (owner IS NULL OR owner = ? OR lease_until < ?)", owner, until, name, owner, now);
      return taken == 1 ? Optional.of(generation(c, name)) : Optional.empty();
    });
  }

  @Override
  public boolean renew(String name, String owner, Instant until) {
    return db.write(c -> Sql.update(c, "UPDATE run_leases SET lease_until = ? WHERE name = ? AND owner = ?",
        until, name, owner)) == 1;
  }

  @Override
  public Optional<Long> release(String name, String owner) {
    return db.write(c -> {
      int n = Sql.update(c, "UPDATE run_leases SET owner = NULL, lease_until = NULL, generation = generation + 1"
          + " WHERE name = ? AND owner = ?", name, owner);
      return n == 1 ? Optional.of(generation(c, name)) : Optional.empty();
    });
  }

  @Override
  public long generation(String name) {
    return db.read(c -> generation(c, name));
  }

  @Override
  public Optional<String> holder(String name, Instant now) {
    return db.read(c -> Sql.one(c, "SELECT owner FROM run_leases WHERE name = ? AND owner IS NOT NULL"
        + " AND lease_until >= ?", rs -> rs.getString(1), name, now));
  }

  private static long generation(Connection c, String name) throws SQLException {
    return Sql.one(c, "SELECT generation FROM run_leases WHERE name = ?", rs -> rs.getLong(1), name).orElse(0L);
  }
}
