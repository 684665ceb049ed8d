package dev.herald.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.herald.model.Installation;
import dev.herald.model.Platform;
import dev.herald.model.WorkspaceKey;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class InstallationStoreTest {
  static final Instant NOW = Instant.parse("2026-11-27T08:00:00Z");
  static final WorkspaceKey T1 = new WorkspaceKey(Platform.SLACK, "T1");
  static final WorkspaceKey T2 = new WorkspaceKey(Platform.SLACK, "T2");

  static Installation install(WorkspaceKey w, String token) {
    return new Installation(w, "", "A1", "U0BOT", "B1", token, "commands,chat:write", "U1", NOW);
  }

  @Test
  void anInstallationSurvivesReopeningTheFile(@TempDir Path dir) {
    Clock clock = Clock.fixed(NOW, ZoneOffset.UTC);
    try (Database db = Database.open(dir.resolve("herald.db"))) {
      InstallationStore.sql(db, clock).save(install(T1, "xoxb-1"));
    }
    try (Database db = Database.open(dir.resolve("herald.db"))) {
      assertEquals(Optional.of(install(T1, "xoxb-1")), InstallationStore.sql(db, clock).find(T1));
    }
  }

  @Test
  void aReinstallReplacesTheTokenAndDeleteForgetsIt() {
    try (Database db = Database.inMemory()) {
      InstallationStore store = InstallationStore.sql(db, Clock.fixed(NOW, ZoneOffset.UTC));
      store.save(install(T1, "xoxb-old"));
      store.save(install(T2, "xoxb-2"));
      store.save(install(T1, "xoxb-new"));
      assertEquals("xoxb-new", store.find(T1).orElseThrow().botToken());
      assertEquals(List.of(T1, T2), store.all(Platform.SLACK).stream().map(Installation::workspace).toList());
      assertTrue(store.all(Platform.DISCORD).isEmpty());
      assertTrue(store.delete(T1));
      assertFalse(store.delete(T1));
      assertEquals(Optional.empty(), store.find(T1));
    }
  }

  @Test
  void theTokenNeverAppearsInToString() {
    assertFalse(install(T1, "xoxb-secret").toString().contains("xoxb-secret"));
  }
}
