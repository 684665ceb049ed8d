package dev.herald.store;

import static dev.herald.testing.Fixtures.T0;
import static dev.herald.testing.Fixtures.article;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.herald.model.Article;
import dev.herald.model.Channel;
import dev.herald.model.ChannelKey;
import dev.herald.model.Platform;
import dev.herald.model.Subscription;
import dev.herald.testing.Ports;
import dev.herald.testing.Postgres;
import java.io.IOException;
import java.time.Clock;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;

/** What only the PostgreSQL database does: a server shared by several instances, its login, its failures. */
class PostgresDatabaseTest {
  final Clock clock = Clock.fixed(T0, ZoneOffset.UTC);

  @Test
  void reconnectingKeepsTheDataAndDoesNotMigrateAgain() {
    String url = Postgres.freshUrl();
    long migrations;
    try (Database db = Database.connect(url, Optional.empty(), Optional.empty())) {
      assertEquals(Database.Vendor.POSTGRESQL, db.vendor());
      Stores.sql(db, clock).articles().save(article("a", "Yonhap", "T", "x", T0), "a");
      migrations = db.read(c -> Sql.one(c, "SELECT COUNT(*) FROM flyway_schema_history", rs -> rs.getLong(1)))
          .orElseThrow();
    }
    try (Database db = Database.connect(url, Optional.of("postgres"), Optional.empty())) {
      assertEquals(1, Stores.sql(db, clock).articles().count());
      assertEquals(migrations, db.read(c -> Sql.one(c, "SELECT COUNT(*) FROM flyway_schema_history",
          rs -> rs.getLong(1))).orElseThrow());
    }
  }

  @Test
  void anEmptyDatabaseIsMigratedWithTheCommonAndPostgresqlFolders() {
    try (Database db = Database.connect(Postgres.emptyUrl(), Optional.empty(), Optional.empty())) {
      List<String> applied = db.read(c -> Sql.list(c, "SELECT script FROM flyway_schema_history WHERE success"
          + " ORDER BY installed_rank", rs -> rs.getString(1)));
      assertTrue(applied.contains("V41__scheduler.sql"), applied.toString());
      assertTrue(applied.contains("V71__story_search.sql"), applied.toString());
      assertFalse(applied.contains("V20__story_search.sql"), "the SQLite FTS5 migration ran: " + applied);
      assertEquals("tsvector", db.read(c -> Sql.one(c, "SELECT data_type FROM information_schema.columns"
          + " WHERE table_name = 'story_search' AND column_name = 'document'", rs -> rs.getString(1))).orElseThrow()
          .toLowerCase());
    }
  }

  @Test
  void noHeraldColumnHasALengthPostgresqlWouldEnforceButSqliteWouldNot() {
    try (Database db = Postgres.fresh()) {
      List<String> bounded = db.read(c -> Sql.list(c, "SELECT table_name || '.' || column_name FROM"
          + " information_schema.columns WHERE table_schema = current_schema() AND data_type = 'character varying'"
          + " AND table_name NOT IN ('flyway_schema_history')", rs -> rs.getString(1)));
      assertEquals(List.of(), bounded, "convert these to TEXT in a postgresql migration (see V79)");
    }
  }

  @Test
  void aServerThatIsNotThereIsOneLineNamingTheUrlWithoutItsPassword() throws IOException {
    int port = Ports.unused();
    String url = "jdbc:postgresql://127.0.0.1:" + port + "/herald?user=herald&password=hunter2";
    StoreException e = assertThrows(StoreException.class,
        () -> Database.connect(url, Optional.empty(), Optional.of("hunter3")));
    assertTrue(e.getMessage().startsWith("cannot connect to jdbc:postgresql://127.0.0.1:" + port
        + "/herald?user=herald&password=***: Connection to 127.0.0.1:" + port + " refused"), e.getMessage());
    assertFalse(e.getMessage().contains("hunter"), e.getMessage());
    assertFalse(e.getMessage().contains("\n"), e.getMessage());
  }

  @Test
  void aLoginTheServerRefusesGivesTheServersReason() {
    String base = "jdbc:postgresql://localhost:" + Postgres.port() + "/";
    StoreException noRole = assertThrows(StoreException.class,
        () -> Database.connect(base + "postgres", Optional.of("nobody"), Optional.of("secret")));
    assertTrue(noRole.getMessage().contains("role \"nobody\" does not exist"), noRole.getMessage());
    assertFalse(noRole.getMessage().contains("secret"), noRole.getMessage());
    StoreException noDatabase = assertThrows(StoreException.class,
        () -> Database.connect(base + "no_such_db", Optional.of("postgres"), Optional.empty()));
    assertTrue(noDatabase.getMessage().contains("database \"no_such_db\" does not exist"), noDatabase.getMessage());
  }

  @Test
  void concurrentWritersOfTheSameRowsNeitherCollideNorLoseUpdates() throws Exception {
    String url = Postgres.freshUrl();
    ChannelKey ch = ChannelKey.of(Platform.SLACK, "T1", "C1");
    int writers = 6;
    List<Database> dbs = new ArrayList<>();
    ExecutorService pool = Executors.newFixedThreadPool(writers);
    try {
      for (int i = 0; i < writers; i++) dbs.add(Database.connect(url, Optional.empty(), Optional.empty()));
      Stores first = Stores.sql(dbs.get(0), clock);
      Article seed = article("seed", "Wire", "Strike", "x", T0);
      first.articles().save(seed, "seed");
      long story = first.stories().create(seed, "Strike", T0).id();
      List<Future<?>> done = new ArrayList<>();
      for (int i = 0; i < writers; i++) {
        Stores s = Stores.sql(dbs.get(i), clock);
        int n = i;
        done.add(pool.submit(() -> {
          for (int round = 0; round < 5; round++) {
            s.channels().save(Channel.of(ch, ZoneOffset.UTC));
            s.channels().subscribe(new Subscription(ch, "transport", T0));
            Article a = article("a-" + n + "-" + round, "Outlet " + n, "Strike day " + round, "x", T0);
            s.articles().save(a, a.id());
            s.articles().save(seed, "seed");
            s.stories().addArticle(story, a, T0);
            s.stories().setTopics(story, List.of("transport", "labour"));
          }
          return null;
        }));
      }
      for (Future<?> f : done) f.get();
      assertEquals(1 + writers * 5, first.stories().find(story).orElseThrow().version(), "a version was lost");
      assertEquals(1 + writers * 5, first.stories().articleIds(story).size());
      assertEquals(1, first.channels().subscribers("transport").size());
      assertEquals(List.of("labour", "transport"), first.stories().topics(story));
    } finally {
      pool.shutdownNow();
      for (Database db : dbs) db.close();
    }
  }
}
