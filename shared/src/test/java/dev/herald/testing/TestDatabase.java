package dev.herald.testing;

import dev.herald.store.Database;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

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

  /**
   * Two connection pools on one new, migrated database, as two Herald instances sharing it have: a SQLite file in
   * {@code dir}, or a fresh PostgreSQL database. Close both after the test.
   */
  public List<Database> twoInstances(Path dir) {
    if (this == SQLITE) {
      Path file = dir.resolve("herald.db");
      return List.of(Database.open(file), Database.open(file));
    }
    String url = Postgres.freshUrl();
    return List.of(Database.connect(url, Optional.empty(), Optional.empty()),
        Database.connect(url, Optional.empty(), Optional.empty()));
  }
}
