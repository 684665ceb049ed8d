package dev.herald.store;

import com.zaxxer.hikari.HikariConfig;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.Optional;
import java.util.Properties;

/** The connection pool settings for a PostgreSQL server shared by several Herald instances. */
final class PostgresPool {
  /** Per instance; the server's max_connections must cover every instance's pool plus the scheduler's use of it. */
  static final int MAX_CONNECTIONS = 10;

  private PostgresPool() {}

  /**
   * Connects once, without the pool (whose start-up failure would be logged with a stack trace), so that a wrong URL
   * or refused credentials fail here with the server's one-line reason.
   */
  static void probe(String url, Optional<String> user, Optional<String> password) {
    Properties p = new Properties();
    user.ifPresent(u -> p.setProperty("user", u));
    password.ifPresent(pw -> p.setProperty("password", pw));
    p.setProperty("connectTimeout", "10");
    try (Connection c = DriverManager.getConnection(url, p)) {
      c.isValid(10);
    } catch (SQLException e) {
      throw new StoreException("cannot connect to " + JdbcUrls.redact(url) + ": " + JdbcUrls.rootMessage(e), e);
    }
  }

  static HikariConfig config(String url, Optional<String> user, Optional<String> password) {
    HikariConfig pool = new HikariConfig();
    pool.setJdbcUrl(url);
    user.ifPresent(pool::setUsername);
    password.ifPresent(pool::setPassword);
    pool.setPoolName("herald-db");
    pool.setMaximumPoolSize(MAX_CONNECTIONS);
    pool.setMinimumIdle(1);
    pool.setConnectionTimeout(10_000);
    // fail at start-up, with the server's reason, when the first connection cannot be made
    pool.setInitializationFailTimeout(1);
    pool.setTransactionIsolation("TRANSACTION_READ_COMMITTED");
    pool.addDataSourceProperty("connectTimeout", "10");
    pool.addDataSourceProperty("ApplicationName", "herald");
    return pool;
  }
}
