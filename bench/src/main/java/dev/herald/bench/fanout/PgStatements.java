package dev.herald.bench.fanout;

import java.io.PrintWriter;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;

/**
 * The statements PostgreSQL ran during a timed fan-out, from {@code pg_stat_statements}, when the benchmark runs with
 * {@code -Dherald.bench.pgstat=true} (the server then loads the extension; off by default, since counting costs the
 * server a little CPU): {@link #reset} before the clock starts, {@link #print} after it stops, one line per statement
 * with its calls, rows and execution time, and the total per message.
 */
final class PgStatements {
  static final String PROPERTY = "herald.bench.pgstat";

  private PgStatements() {}

  static boolean on() {
    return Boolean.getBoolean(PROPERTY);
  }

  /** The server settings that load the extension (and, with {@code herald.bench.pgexplain=DIR}, auto_explain). */
  static void configure(io.zonky.test.db.postgres.embedded.EmbeddedPostgres.Builder b) {
    if (!on()) return;
    String explain = System.getProperty("herald.bench.pgexplain", "");
    if (explain.isEmpty()) {
      b.setServerConfig("shared_preload_libraries", "pg_stat_statements");
      return;
    }
    b.setServerConfig("shared_preload_libraries", "pg_stat_statements,auto_explain");
    b.setServerConfig("auto_explain.log_min_duration", System.getProperty("herald.bench.pgexplain.ms", "3"));
    b.setServerConfig("auto_explain.log_analyze", "on");
    b.setServerConfig("auto_explain.log_buffers", "on");
    b.setServerConfig("logging_collector", "on");
    b.setServerConfig("log_directory", explain);
  }

  static void create(String url) {
    run(url, "CREATE EXTENSION IF NOT EXISTS pg_stat_statements");
  }

  static void reset(String url) {
    if (on()) run(url, "SELECT pg_stat_statements_reset()");
  }

  /** Prints what ran since {@link #reset}, most called first; {@code messages}: the fan-out's, for the per-post figures. */
  static void print(String url, PrintWriter out, int messages) {
    if (!on()) return;
    record Line(long calls, long rows, double ms, long blocks, String query) {}
    List<Line> lines = new ArrayList<>();
    try (Connection c = DriverManager.getConnection(url); Statement s = c.createStatement();
        ResultSet rs = s.executeQuery("SELECT calls, rows, total_exec_time, shared_blks_hit + shared_blks_read, query"
            + " FROM pg_stat_statements"
            + " WHERE dbid = (SELECT oid FROM pg_database WHERE datname = current_database())"
            + " ORDER BY calls DESC")) {
      while (rs.next()) lines.add(new Line(rs.getLong(1), rs.getLong(2), rs.getDouble(3), rs.getLong(4),
          rs.getString(5)));
    } catch (SQLException e) {
      out.println("pg_stat_statements: " + e.getMessage());
      return;
    }
    long calls = 0;
    double ms = 0;
    for (Line l : lines) {
      calls += l.calls();
      ms += l.ms();
    }
    out.printf("pg_stat_statements: %d statements (%.2f a message), %.0f ms executing (%.1f us a message)%n", calls,
        calls / (double) messages, ms, ms * 1000 / messages);
    for (Line l : lines) {
      String q = l.query().replaceAll("\\s+", " ");
      out.printf("  %7d calls %8d rows %8.1f ms %8d blocks  %s%n", l.calls(), l.rows(), l.ms(), l.blocks(),
          q.length() > 220 ? q.substring(0, 220) + "..." : q);
    }
    out.flush();
  }

  private static void run(String url, String sql) {
    try (Connection c = DriverManager.getConnection(url); Statement s = c.createStatement()) {
      s.execute(sql);
    } catch (SQLException e) {
      throw new IllegalStateException(sql + ": " + e.getMessage(), e);
    }
  }
}
