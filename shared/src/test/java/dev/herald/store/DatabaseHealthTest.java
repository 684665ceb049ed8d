package dev.herald.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The database's answer to a readiness probe: reachable, and migrated to this build's schema (or further). */
class DatabaseHealthTest {
  @TempDir Path dir;

  @Test
  void anOpenMigratedDatabaseIsHealthy() {
    try (Database db = Database.open(dir.resolve("herald.db"))) {
      assertEquals(new Database.Health(true, true, ""), db.health());
      assertTrue(db.health().ok());
    }
  }

  @Test
  void aSchemaBehindThisBuildIsReachableButNotMigrated() {
    try (Database db = Database.open(dir.resolve("herald.db"))) {
      // as if the newest migration had been rolled back by hand
      db.write(c -> {
        try (var s = c.createStatement()) {
          s.executeUpdate("DELETE FROM flyway_schema_history WHERE installed_rank = "
              + "(SELECT MAX(installed_rank) FROM flyway_schema_history)");
        }
        return null;
      });
      Database.Health h = db.health();
      assertTrue(h.reachable());
      assertFalse(h.migrated());
      assertTrue(h.problem().startsWith("schema at version "), h.problem());
      assertTrue(h.problem().contains(", this build needs "), h.problem());
    }
  }

  @Test
  void aClosedDatabaseIsUnreachable() {
    Database db = Database.open(dir.resolve("herald.db"));
    db.close();
    Database.Health h = db.health();
    assertFalse(h.reachable());
    assertTrue(h.problem().startsWith("unreachable: "), h.problem());
    assertEquals(1, h.problem().lines().count());
  }
}
