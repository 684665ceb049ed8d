package dev.herald.store;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.Objects;
import java.util.UUID;
import java.util.concurrent.locks.ReentrantLock;
import javax.sql.DataSource;
import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import org.flywaydb.core.Flyway;
import org.sqlite.SQLiteConfig;
import org.sqlite.SQLiteDataSource;

/**
 * The one database of a Herald instance. SQLite by default: WAL journal, foreign keys on, a busy timeout, and a
 * single write lock so that writers in this process queue instead of failing with {@code SQLITE_BUSY}. Flyway
 * migrations run when it opens. Connections are pooled (HikariCP): opening a SQLite connection applies its pragmas and
 * reads the schema, milliseconds each time, and delivery writes several times per message.
 *
 * <p>Thread-safe. {@link #read} may run concurrently with anything; {@link #write} runs one at a time, in a
 * transaction that commits when the function returns and rolls back when it throws.
 */
public final class Database implements AutoCloseable {
  private final HikariDataSource dataSource;
  private final String description;
  private final ReentrantLock writeLock = new ReentrantLock(true);
  /** Keeps an in-memory database alive between connections; null for files. */
  private final Connection keepAlive;

  private Database(DataSource sqlite, String description, Connection keepAlive) {
    HikariConfig pool = new HikariConfig();
    pool.setDataSource(sqlite);
    pool.setPoolName("herald-db");
    pool.setMaximumPoolSize(8);
    pool.setMinimumIdle(1);
    this.dataSource = new HikariDataSource(pool);
    this.description = description;
    this.keepAlive = keepAlive;
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
    Database db = new Database(ds, file.toString(), null);
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
      Database db = new Database(ds, "in-memory", ds.getConnection());
      db.migrate();
      return db;
    } catch (SQLException e) {
      throw new StoreException("cannot open an in-memory database: " + e.getMessage(), e);
    }
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
      Flyway.configure()
          .dataSource(dataSource)
          .locations("classpath:db/migration/common", "classpath:db/migration/sqlite")
          .failOnMissingLocations(false)
          .load()
          .migrate();
    } catch (RuntimeException e) {
      throw new StoreException("cannot migrate the database " + description + ": " + e.getMessage(), e);
    }
  }

  /** Runs read-only work on a fresh connection. */
  public <T> T read(SqlFunction<T> work) {
    try (Connection c = dataSource.getConnection()) {
      return work.apply(c);
    } catch (SQLException e) {
      throw new StoreException(describe(e), e);
    }
  }

  /** Runs work in one transaction, holding the write lock. */
  public <T> T write(SqlFunction<T> work) {
    writeLock.lock();
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
    } catch (SQLException e) {
      throw new StoreException(describe(e), e);
    } finally {
      writeLock.unlock();
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
