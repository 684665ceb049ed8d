package dev.herald.bot.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.herald.testing.Ports;
import dev.herald.testing.Postgres;
import java.io.IOException;
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
    int port = Ports.unused();
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
  void runStartsOnAPostgresqlDatabase(@TempDir Path dir) throws Exception {
    Path home = CliRun.homeWithShippedConfig(dir);
    Files.copy(home.resolve("config/samples/feeds.yaml"), home.resolve("config/feeds.yaml"),
        java.nio.file.StandardCopyOption.REPLACE_EXISTING);
    Files.writeString(home.resolve("config/feeds.yaml"),
        Files.readString(home.resolve("config/feeds.yaml")).replace("url: ", "url: samples/"));
    String url = Postgres.freshUrl();
    Files.writeString(home.resolve("config/herald.yaml"), Files.readString(home.resolve("config/herald.yaml"))
        .replace("database: \"\"", "database: \"" + url + "\""));
    java.io.InputStream stdin = System.in;
    CliRun run;
    try {
      System.setIn(new java.io.ByteArrayInputStream("/herald schedule\n/herald status\n/quit\n".getBytes(
          java.nio.charset.StandardCharsets.UTF_8)));
      run = CliRun.run(home, "run");
    } finally {
      System.setIn(stdin);
    }
    assertEquals(0, run.status(), run.err());
    assertTrue(run.out().contains("Daily briefing at 08:00 UTC. Next: "), run.out());
    // several instances may share the database: status names every live one, this one included
    assertTrue(run.out().contains("Instances") && run.out().contains(" (this one"), run.out());
    assertTrue(!Files.exists(home.resolve("data/herald.db")), "no SQLite file when PostgreSQL is configured");
    try (dev.herald.store.Database db = dev.herald.store.Database.connect(url, java.util.Optional.empty(),
        java.util.Optional.empty())) {
      assertEquals(1, dev.herald.store.Stores.sql(db, java.time.Clock.systemUTC()).channels().all().size());
    }
  }

  @Test
  void theFeedCommandsWorkOnAPostgresqlDatabase() throws IOException {
    settings(Postgres.freshUrl());
    CliRun list = CliRun.run(home, "feeds", "list");
    assertEquals(0, list.status(), list.err());
    assertTrue(list.out().contains("wire  [instance]  Wire  <https://wire.example/rss>  world"), list.out());
    assertEquals("", list.err());
  }

  @Test
  void aDataDirThatIsAFileStopsEveryCommandWithOneLineNamingTheKey() throws IOException {
    Files.createDirectories(home.resolve("config"));
    Files.writeString(home.resolve("afile"), "not a directory");
    Files.writeString(home.resolve("config/herald.yaml"), "data_dir: afile\n");
    Files.writeString(home.resolve("config/feeds.yaml"), "feeds:\n  - id: wire\n    name: Wire\n"
        + "    url: https://wire.example/rss\n");
    String expected = "herald: config/herald.yaml: data_dir \"afile\" cannot hold the database: afile is a file, not a"
        + " directory\n";
    CliRun run = CliRun.run(home, "run");
    assertEquals(2, run.status(), run.err());
    assertEquals(expected, run.err());
    Files.writeString(home.resolve("config/herald.yaml"), "data_dir: afile/deeper\n");
    CliRun deeper = CliRun.run(home, "run");
    assertEquals(2, deeper.status(), deeper.err());
    assertEquals("herald: config/herald.yaml: data_dir \"afile/deeper\" cannot hold the database: afile is a file,"
        + " not a directory\n", deeper.err());
  }

  @Test
  void theDemoNamesAnUnusableDataFolderInOneLine() throws IOException {
    Path shipped = CliRun.homeWithShippedConfig(home);
    Files.writeString(shipped.resolve("data"), "a file where the data folder should be");
    CliRun run = CliRun.run(shipped, "demo", "--no-interactive");
    assertEquals(2, run.status(), run.err());
    assertEquals("herald: config/herald.yaml: data_dir \"data/demo\" cannot hold the database: data is a file, not a"
        + " directory\n", run.err());
  }
}
