package dev.herald.store;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.locks.ReentrantLock;
import javax.sql.DataSource;
import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.MigrationVersion;
import org.sqlite.SQLiteConfig;
import org.sqlite.SQLiteDataSource;

/**
 * The one database of a Herald instance: SQLite (the embedded default) or PostgreSQL (several instances sharing one
 * database). Flyway migrations run when it opens: {@code db/migration/common} plus the vendor's own folder.
 * Connections are pooled (HikariCP).
 *
 * <p>SQLite: WAL journal, foreign keys on, a busy timeout, transactions that take the write lock when they begin
 * ({@code IMMEDIATE}), and a single in-process write lock so that writers queue instead of failing with {@code
 * SQLITE_BUSY}. PostgreSQL: no Java lock, since other instances write too; each {@link #write} is one READ COMMITTED
 * transaction whose statements are written to be safe under concurrency (atomic upserts, conditional updates, row
 * locks, {@code FOR UPDATE SKIP LOCKED} for claims), and a transaction the server aborts for a deadlock or a
 * serialization failure is run again.
 *
 * <p>Thread-safe. {@link #read} may run concurrently with anything; {@link #write} runs in a transaction that commits
 * when the function returns and rolls back when it throws. A write function may run more than once (PostgreSQL
 * retries), so it must do nothing but database work.
 */
public final class Database implements AutoCloseable {
  /** Which database is underneath; stores choose dialect-specific SQL with it. */
  public enum Vendor {
    SQLITE("sqlite"),
    POSTGRESQL("postgresql");

    private final String folder;

    Vendor(String folder) {
      this.folder = folder;
    }

    /** The vendor's migration folder beside {@code common}. */
    String migrations() {
      return "classpath:db/migration/" + folder;
    }
  }

  private static final int WRITE_ATTEMPTS = 5;

  private final HikariDataSource dataSource;
  private final Vendor vendor;
  private final String description;
  /** SQLite only: one writer at a time in this process; null on PostgreSQL. */
  private final ReentrantLock writeLock;
  /** Keeps an in-memory database alive between connections; null otherwise. */
  private final Connection keepAlive;
  /** The schema version this build migrated to; null until migrated. */
  private volatile MigrationVersion schema;

  private Database(HikariDataSource dataSource, Vendor vendor, String description, Connection keepAlive) {
    this.dataSource = dataSource;
    this.vendor = vendor;
    this.description = description;
    this.writeLock = vendor == Vendor.SQLITE ? new ReentrantLock(true) : null;
    this.keepAlive = keepAlive;
  }

  private static HikariDataSource sqlitePool(DataSource sqlite) {
    HikariConfig pool = new HikariConfig();
    pool.setDataSource(sqlite);
    pool.setPoolName("herald-db");
    pool.setMaximumPoolSize(8);
    pool.setMinimumIdle(1);
    return new HikariDataSource(pool);
  }

  /** Opens (creating it and its directory when missing) the SQLite file and migrates it. */
  public static Database open(Path file) {
    Objects.requireNonNull(file, "file == null");
    try {
      Path parent = file.toAbsolutePath().getParent();
      if (parent != null) Files.createDirectories(parent);
    } catch (IOException e) {
      throw new StoreException("cannot create the directory of " + file + ": " + e.getMessage(), e);
    }
    SQLiteDataSource ds = new SQLiteDataSource(sqliteConfig());
    ds.setUrl("jdbc:sqlite:" + file.toAbsolutePath());
    Database db = new Database(sqlitePool(ds), Vendor.SQLITE, file.toString(), null);
    db.migrate();
    return db;
  }

  /** A private in-memory SQLite database, migrated; it lives until {@link #close()}. For tests and one-shot CLIs. */
  public static Database inMemory() {
    SQLiteConfig config = sqliteConfig();
    config.setSharedCache(true);
    // In shared-cache mode readers take table locks that fail at once (SQLITE_LOCKED, no busy wait) when a writer
    // holds the table; reading uncommitted rows avoids them. Writers are still serialised by the write lock.
    config.setReadUncommitted(true);
    SQLiteDataSource ds = new SQLiteDataSource(config);
    ds.setUrl("jdbc:sqlite:file:herald-" + UUID.randomUUID() + "?mode=memory&cache=shared");
    try {
      Connection keepAlive = ds.getConnection();
      Database db = new Database(sqlitePool(ds), Vendor.SQLITE, "in-memory", keepAlive);
      db.migrate();
      return db;
    } catch (SQLException e) {
      throw new StoreException("cannot open an in-memory database: " + e.getMessage(), e);
    }
  }

  /**
   * Opens the database a JDBC URL names: {@code jdbc:sqlite:<file>} or {@code jdbc:postgresql://host[:port]/name}.
   * For PostgreSQL, {@code user} and {@code password} (from the environment, never from a settings file) are used when
   * present; the URL may carry them instead. Connects once and migrates before returning.
   *
   * @throws StoreException naming the URL (without its password) and the reason, when it cannot connect or migrate
   * @throws IllegalArgumentException for any other kind of URL
   */
  public static Database connect(String url, Optional<String> user, Optional<String> password) {
    Objects.requireNonNull(url, "url == null");
    Objects.requireNonNull(user, "user == null");
    Objects.requireNonNull(password, "password == null");
    if (url.startsWith("jdbc:sqlite:")) return open(Path.of(url.substring("jdbc:sqlite:".length())));
    if (!url.startsWith("jdbc:postgresql:")) {
      throw new IllegalArgumentException("not a jdbc:sqlite: or jdbc:postgresql: URL: " + JdbcUrls.redact(url));
    }
    PostgresPool.probe(url, user, password);
    HikariDataSource pool;
    try {
      pool = new HikariDataSource(PostgresPool.config(url, user, password));
    } catch (RuntimeException e) {
      throw new StoreException("cannot connect to " + JdbcUrls.redact(url) + ": " + JdbcUrls.rootMessage(e), e);
    }
    Database db = new Database(pool, Vendor.POSTGRESQL, JdbcUrls.redact(url), null);
    try {
      db.migrate();
    } catch (RuntimeException e) {
      db.close();
      throw e;
    }
    return db;
  }

  private static SQLiteConfig sqliteConfig() {
    SQLiteConfig config = new SQLiteConfig();
    config.setJournalMode(SQLiteConfig.JournalMode.WAL);
    config.setSynchronous(SQLiteConfig.SynchronousMode.NORMAL);
    config.enforceForeignKeys(true);
    config.setBusyTimeout(10_000);
    // a transaction takes the write lock when it begins, waiting up to the busy timeout; a deferred one that reads
    // first would fail at once with SQLITE_BUSY when it tries to write while another connection (the scheduler) did
    config.setTransactionMode(SQLiteConfig.TransactionMode.IMMEDIATE);
    return config;
  }

  private void migrate() {
    try {
      // on PostgreSQL Flyway holds an advisory lock while it migrates, so instances starting together take turns
      Flyway flyway = Flyway.configure()
          .dataSource(dataSource)
          .locations("classpath:db/migration/common", vendor.migrations())
          .failOnMissingLocations(false)
          .load();
      flyway.migrate();
      var current = flyway.info().current();
      schema = current == null ? MigrationVersion.EMPTY : current.getVersion();
    } catch (RuntimeException e) {
      throw new StoreException("cannot migrate the database " + description + ": " + JdbcUrls.rootMessage(e), e);
    }
  }

  /**
   * The database's health, for a readiness probe: whether a connection answers a query, and whether the schema is at
   * least the version this build migrated to (another instance may have migrated further). Never throws.
   *
   * @param reachable a connection was had and answered
   * @param migrated the schema is this build's or newer
   * @param problem why not, one line; empty when both hold
   */
  public record Health(boolean reachable, boolean migrated, String problem) {
    public boolean ok() {
      return reachable && migrated;
    }
  }

  /** Checks the database with one small query (see {@link Health}); may wait up to the pool's connection timeout. */
  public Health health() {
    MigrationVersion expected = schema;
    if (expected == null) return new Health(false, false, "not migrated yet");
    Optional<String> applied = Optional.empty();
    // Twice: a pooled connection broken while the database was away fails once and is evicted by the pool, so the
    // second attempt on a fresh connection tells whether the database is reachable now.
    for (int attempt = 1; ; attempt++) {
      try {
        applied = read(c -> Sql.one(c, "SELECT version FROM flyway_schema_history WHERE success AND version IS NOT NULL"
            + " ORDER BY installed_rank DESC LIMIT 1", rs -> rs.getString(1)));
        break;
      } catch (RuntimeException e) {
        if (attempt == 2) return new Health(false, false, "unreachable: " + JdbcUrls.rootMessage(e));
      }
    }
    MigrationVersion found = applied.map(MigrationVersion::fromVersion).orElse(MigrationVersion.EMPTY);
    if (found.compareTo(expected) >= 0) return new Health(true, true, "");
    return new Health(true, false, "schema at version " + found + ", this build needs " + expected);
  }

  /** SQLite or PostgreSQL. */
  public Vendor vendor() {
    return vendor;
  }

  /** Runs read-only work on a fresh connection. */
  public <T> T read(SqlFunction<T> work) {
    try (Connection c = dataSource.getConnection()) {
      return work.apply(c);
    } catch (SQLException e) {
      throw new StoreException(describe(e), e);
    }
  }

  /**
   * Runs work in one transaction: on SQLite holding the write lock, on PostgreSQL run again (up to a few times) when
   * the server aborts it for a deadlock or a serialization failure.
   */
  public <T> T write(SqlFunction<T> work) {
    if (writeLock == null) return writeRetrying(work);
    writeLock.lock();
    try {
      return transaction(work);
    } catch (SQLException e) {
      throw new StoreException(describe(e), e);
    } finally {
      writeLock.unlock();
    }
  }

  private <T> T writeRetrying(SqlFunction<T> work) {
    for (int attempt = 1; ; attempt++) {
      try {
        return transaction(work);
      } catch (SQLException e) {
        if (attempt >= WRITE_ATTEMPTS || !Retries.retryable(e)) throw new StoreException(describe(e), e);
        Retries.pause(attempt);
      }
    }
  }

  private <T> T transaction(SqlFunction<T> work) throws SQLException {
    try (Connection c = dataSource.getConnection()) {
      c.setAutoCommit(false);
      try {
        T result = work.apply(c);
        c.commit();
        return result;
      } catch (SQLException | RuntimeException e) {
        c.rollback();
        throw e;
      }
    }
  }

  /** The data source, for libraries that manage their own tables (the scheduler); they bypass the write lock. */
  public DataSource dataSource() {
    return dataSource;
  }

  private String describe(SQLException e) {
    return "database " + description + ": " + e.getMessage();
  }

  @Override
  public void close() {
    dataSource.close();
    if (keepAlive != null) {
      try {
        keepAlive.close();
      } catch (SQLException e) {
        throw new StoreException(describe(e), e);
      }
    }
  }

  @Override
  public String toString() {
    return "Database[" + description + "]";
  }
}
