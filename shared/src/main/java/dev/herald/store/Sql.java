package dev.herald.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Optional;

/**
 * Small JDBC helpers: bind parameters, map rows. Parameters may be String, Long, Integer, Boolean, Instant, an array
 * ({@link #longs}, {@link #texts}) or null.
 */
final class Sql {
  /** Values per {@code IN (?, ...)} list where they are written out as parameters ({@link #chunks}). */
  static final int IN_CHUNK = 500;

  private Sql() {}

  @FunctionalInterface
  interface Row<T> {
    T map(ResultSet rs) throws SQLException;
  }

  static <T> List<T> list(Connection c, String sql, Row<T> row, Object... params) throws SQLException {
    try (PreparedStatement ps = prepare(c, sql, params); ResultSet rs = ps.executeQuery()) {
      List<T> out = new ArrayList<>();
      while (rs.next()) out.add(row.map(rs));
      return out;
    }
  }

  static <T> Optional<T> one(Connection c, String sql, Row<T> row, Object... params) throws SQLException {
    try (PreparedStatement ps = prepare(c, sql, params); ResultSet rs = ps.executeQuery()) {
      return rs.next() ? Optional.of(row.map(rs)) : Optional.empty();
    }
  }

  static int update(Connection c, String sql, Object... params) throws SQLException {
    try (PreparedStatement ps = prepare(c, sql, params)) {
      return ps.executeUpdate();
    }
  }

  /**
   * Statements prepared once and run many times on one connection (a batch in one transaction): SQLite compiles
   * each statement when it is prepared, which costs more than running these small ones. Close it before the
   * transaction ends.
   */
  static final class Statements implements AutoCloseable {
    private final Connection c;
    /** In the order first used: {@link #flush} runs the batches in that order. */
    private final java.util.Map<String, PreparedStatement> prepared = new java.util.LinkedHashMap<>();
    private final java.util.Set<PreparedStatement> batched = new java.util.LinkedHashSet<>();

    Statements(Connection c) {
      this.c = c;
    }

    Connection connection() {
      return c;
    }

    int update(String sql, Object... params) throws SQLException {
      PreparedStatement ps = statement(sql, params);
      return ps.executeUpdate();
    }

    /**
     * Adds the statement to a batch that {@link #flush} sends: many small writes in one round trip to a server
     * (PostgreSQL), instead of one each. Batches run statement by statement, in the order each was first used, so
     * use it for writes that do not depend on each other's order across statements.
     */
    void batch(String sql, Object... params) throws SQLException {
      PreparedStatement ps = statement(sql, params);
      ps.addBatch();
      batched.add(ps);
    }

    /** Runs every batch added since the last flush. */
    void flush() throws SQLException {
      for (PreparedStatement ps : prepared.values()) {
        if (batched.remove(ps)) ps.executeBatch();
      }
    }

    private PreparedStatement statement(String sql, Object... params) throws SQLException {
      PreparedStatement ps = prepared.get(sql);
      if (ps == null) {
        ps = c.prepareStatement(sql);
        prepared.put(sql, ps);
      }
      for (int i = 0; i < params.length; i++) bind(ps, i + 1, params[i]);
      return ps;
    }

    @Override
    public void close() throws SQLException {
      SQLException first = null;
      for (PreparedStatement ps : prepared.values()) {
        try {
          ps.close();
        } catch (SQLException e) {
          if (first == null) first = e;
        }
      }
      if (first != null) throw first;
    }
  }

  /** The next value of a named sequence in {@code id_sequences}; call inside {@link Database#write}. */
  static long nextId(Connection c, String sequence) throws SQLException {
    if (update(c, "UPDATE id_sequences SET next_value = next_value + 1 WHERE name = ?", sequence) != 1) {
      throw new StoreException("no id sequence named " + sequence);
    }
    return one(c, "SELECT next_value - 1 FROM id_sequences WHERE name = ?", rs -> rs.getLong(1), sequence)
        .orElseThrow();
  }

  /** Reserves {@code n} consecutive values of a named sequence; returns the first. Call inside {@link Database#write}. */
  static long nextIds(Connection c, String sequence, int n) throws SQLException {
    if (n < 1) throw new IllegalArgumentException("n < 1: " + n);
    if (update(c, "UPDATE id_sequences SET next_value = next_value + ? WHERE name = ?", n, sequence) != 1) {
      throw new StoreException("no id sequence named " + sequence);
    }
    return one(c, "SELECT next_value - ? FROM id_sequences WHERE name = ?", rs -> rs.getLong(1), n, sequence)
        .orElseThrow();
  }

  static PreparedStatement prepare(Connection c, String sql, Object... params) throws SQLException {
    PreparedStatement ps = c.prepareStatement(sql);
    try {
      for (int i = 0; i < params.length; i++) bind(ps, i + 1, params[i]);
      return ps;
    } catch (SQLException | RuntimeException e) {
      ps.close();
      throw e;
    }
  }

  private static void bind(PreparedStatement ps, int i, Object p) throws SQLException {
    if (p == null) {
      // untyped, so that PostgreSQL infers the column's type (a VARCHAR null is refused by a BIGINT column)
      ps.setNull(i, Types.NULL);
    } else if (p instanceof String s) {
      ps.setString(i, s);
    } else if (p instanceof Long l) {
      ps.setLong(i, l);
    } else if (p instanceof Integer n) {
      ps.setInt(i, n);
    } else if (p instanceof Double d) {
      ps.setDouble(i, d);
    } else if (p instanceof Boolean b) {
      ps.setInt(i, b ? 1 : 0);
    } else if (p instanceof Instant t) {
      ps.setLong(i, t.toEpochMilli());
    } else if (p instanceof java.sql.Array a) {
      ps.setArray(i, a);
    } else {
      throw new IllegalArgumentException("cannot bind " + p.getClass().getName());
    }
  }

  static Instant instant(ResultSet rs, String column) throws SQLException {
    return Instant.ofEpochMilli(rs.getLong(column));
  }

  /** The values of {@code first} followed by {@code more}, as statement parameters. */
  static Object[] concat(Collection<?> first, Object... more) {
    List<Object> all = new ArrayList<>(first);
    all.addAll(java.util.Arrays.asList(more));
    return all.toArray();
  }

  /**
   * The ids as one parameter, for {@code = ANY (?)} (PostgreSQL): one statement text whatever their number, so the
   * server plans it once per connection rather than once per length of an {@code IN} list.
   */
  static java.sql.Array longs(Connection c, Collection<Long> values) throws SQLException {
    return c.createArrayOf("bigint", values.toArray(new Long[0]));
  }

  /** The strings as one parameter, for {@code = ANY (?)} (PostgreSQL); see {@link #longs}. */
  static java.sql.Array texts(Connection c, Collection<String> values) throws SQLException {
    return c.createArrayOf("text", values.toArray(new String[0]));
  }

  /**
   * {@code all} in consecutive pieces of at most {@link #IN_CHUNK}, each for one {@code IN (?, ...)} list: a long list
   * never exceeds a database's limit on parameters (SQLite allows 32,766 in a statement).
   */
  static <T> List<List<T>> chunks(List<T> all) {
    List<List<T>> out = new ArrayList<>();
    for (int from = 0; from < all.size(); from += IN_CHUNK) {
      out.add(all.subList(from, Math.min(all.size(), from + IN_CHUNK)));
    }
    return out;
  }
  /**
   * Runs {@code batch} (one write deleting at most {@code size} rows; how many it deleted) until one deletes fewer
   * than {@code size}: a backlog goes whole, each write short enough never to hold SQLite's one write lock for long.
   * The total deleted.
   */
  static int untilShort(int size, java.util.function.IntSupplier batch) {
    int total = 0;
    int deleted;
    do {
      deleted = batch.getAsInt();
      total += deleted;
    } while (deleted >= size);
    return total;
  }


  /** {@code ?, ?, ?} for n parameters. */
  static String placeholders(int n) {
    return String.join(", ", java.util.Collections.nCopies(n, "?"));
  }
}
