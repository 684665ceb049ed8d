package dev.herald.testing;

import dev.herald.store.Database;

/**
 * The databases the store-level suites run against, for {@code @ParameterizedClass @EnumSource(TestDatabase.class)}:
 * a private in-memory SQLite database, and a fresh database on a real PostgreSQL server ({@link Postgres}).
 */
public enum TestDatabase {
  SQLITE {
    @Override
    public Database open() {
      return Database.inMemory();
    }
  },
  POSTGRESQL {
    @Override
    public Database open() {
      return Postgres.fresh();
    }
  };

  /** A new, migrated, empty database; close it after the test. */
  public abstract Database open();
}
