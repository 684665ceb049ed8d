package dev.herald.bot.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.herald.testing.Postgres;
import java.io.IOException;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code database:} in herald.yaml: a PostgreSQL server is used by the commands; one that fails stops them in a line. */
class DatabaseSettingTest {
  @TempDir Path home;

  void settings(String database) throws IOException {
    Files.createDirectories(home.resolve("config"));
    Files.writeString(home.resolve("config/herald.yaml"), "database: \"" + database + "\"\n");
    Files.writeString(home.resolve("config/feeds.yaml"), "feeds:\n  - id: wire\n    name: Wire\n"
        + "    url: https://wire.example/rss\n    topics: [world]\n");
  }

  @Test
  void aServerThatIsNotThereStopsStartUpWithOneLineNamingTheKeyAndFile() throws IOException {
    int port;
    try (ServerSocket s = new ServerSocket(0)) {
      port = s.getLocalPort();
    }
    settings("jdbc:postgresql://127.0.0.1:" + port + "/herald?password=hunter2");
    CliRun run = CliRun.run(home, "run");
    assertEquals(2, run.status(), run.err());
    assertEquals("herald: config/herald.yaml: database cannot connect to jdbc:postgresql://127.0.0.1:" + port
        + "/herald?password=***: Connection to 127.0.0.1:" + port + " refused. Check that the hostname and port are"
        + " correct and that the postmaster is accepting TCP/IP connections.\n", run.err());
    assertEquals("", run.out());
  }

  @Test
  void aDatabaseTheServerDoesNotHaveIsRefusedWithItsReason() throws IOException {
    settings("jdbc:postgresql://localhost:" + Postgres.port() + "/no_such_db?user=postgres");
    CliRun list = CliRun.run(home, "feeds", "list");
    assertEquals(2, list.status(), list.err());
    assertEquals("herald: config/herald.yaml: database cannot connect to jdbc:postgresql://localhost:"
        + Postgres.port() + "/no_such_db?user=postgres: FATAL: database \"no_such_db\" does not exist\n", list.err());
  }

  @Test
  void theFeedCommandsWorkOnAPostgresqlDatabase() throws IOException {
    settings(Postgres.freshUrl());
    CliRun list = CliRun.run(home, "feeds", "list");
    assertEquals(0, list.status(), list.err());
    assertTrue(list.out().contains("wire  [instance]  Wire  <https://wire.example/rss>  world"), list.out());
    assertEquals("", list.err());
  }
}
