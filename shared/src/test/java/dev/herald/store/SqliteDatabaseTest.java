package dev.herald.store;

import static dev.herald.testing.Fixtures.T0;
import static dev.herald.testing.Fixtures.article;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.nio.file.Path;
import java.time.Clock;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** What only the SQLite database does: a file that is reopened, WAL, private in-memory databases. */
class SqliteDatabaseTest {
  @TempDir Path dir;

  @Test
  void reopeningTheFileKeepsTheDataAndDoesNotMigrateTwice() {
    try (Database db = Database.open(dir.resolve("nested/herald.db"))) {
      Stores.sql(db, Clock.systemUTC()).articles().save(article("a", "Yonhap", "T", "x", T0), "a");
    }
    try (Database db = Database.connect("jdbc:sqlite:" + dir.resolve("nested/herald.db"), Optional.empty(),
        Optional.empty())) {
      assertEquals(Database.Vendor.SQLITE, db.vendor());
      assertEquals(1, Stores.sql(db, Clock.systemUTC()).articles().count());
    }
  }

  @Test
  void theFileUsesWalAndForeignKeys() {
    try (Database db = Database.open(dir.resolve("herald.db"))) {
      assertEquals("wal", db.read(c -> Sql.one(c, "PRAGMA journal_mode", rs -> rs.getString(1))).orElseThrow());
      assertEquals(1, db.read(c -> Sql.one(c, "PRAGMA foreign_keys", rs -> rs.getInt(1))).orElseThrow());
    }
  }

  @Test
  void anInMemoryDatabaseIsMigratedAndPrivate() {
    try (Database one = Database.inMemory(); Database two = Database.inMemory()) {
      Stores.sql(one, Clock.systemUTC()).articles().save(article("a", "Y", "T", "x", T0), "a");
      assertEquals(1, Stores.sql(one, Clock.systemUTC()).articles().count());
      assertEquals(0, Stores.sql(two, Clock.systemUTC()).articles().count());
    }
  }

  @Test
  void onlySqliteAndPostgresqlUrlsAreAccepted() {
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
        () -> Database.connect("jdbc:mysql://db/herald?password=hunter2", Optional.empty(), Optional.empty()));
    assertEquals("not a jdbc:sqlite: or jdbc:postgresql: URL: jdbc:mysql://db/herald?password=***", e.getMessage());
  }
}
