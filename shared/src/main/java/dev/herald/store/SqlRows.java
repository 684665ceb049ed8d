package dev.herald.store;

import java.sql.Connection;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Rows of one write, gathered and then written together: on PostgreSQL with one statement that reads them as a
 * table, one array parameter per column ({@code unnest}), so that recording a batch of a thousand sends is a few
 * statements rather than a few thousand, each of which the server would parse, plan and run on its own; on SQLite,
 * which runs in this process and pays no round trip, row by row through a prepared batch. Values are those {@link
 * Sql} binds; an {@link Instant} is kept as its epoch milliseconds, a boolean as 0 or 1.
 */
final class SqlRows {
  /** Where a set statement reads the rows: replaced by {@code unnest(...)} over the columns' arrays. */
  static final String ROWS = "{rows}";

  private final String[] types;
  private final List<Object[]> rows = new ArrayList<>();

  /** @param types each column's SQL type on PostgreSQL: {@code text}, {@code bigint} or {@code integer} */
  SqlRows(String... types) {
    this.types = types.clone();
  }

  void add(Object... row) {
    if (row.length != types.length) {
      throw new IllegalArgumentException(row.length + " values for " + types.length + " columns");
    }
    Object[] values = row.clone();
    for (int i = 0; i < values.length; i++) {
      if (values[i] instanceof Instant t) values[i] = t.toEpochMilli();
      if (values[i] instanceof Boolean b) values[i] = b ? 1 : 0;
    }
    rows.add(values);
  }

  /**
   * Writes the rows through {@code s}: when {@code together}, {@code perSet} once, its {@link #ROWS} replaced by the
   * rows as a table whose columns are in the order added; otherwise {@code perRow} added to the batch once a row.
   * Both take the {@code lead} parameters before the rows'.
   */
  void write(Sql.Statements s, boolean together, String perRow, String perSet, Object... lead) throws SQLException {
    if (rows.isEmpty()) return;
    if (!together) {
      for (Object[] row : rows) s.batch(perRow, Sql.concat(Arrays.asList(lead), row));
      return;
    }
    Connection c = s.connection();
    Object[] arrays = new Object[types.length];
    List<String> columns = new ArrayList<>(types.length);
    for (int i = 0; i < types.length; i++) {
      Object[] column = new Object[rows.size()];
      for (int r = 0; r < rows.size(); r++) column[r] = rows.get(r)[i];
      arrays[i] = c.createArrayOf(types[i], column);
      columns.add("CAST(? AS " + types[i] + "[])");
    }
    s.update(perSet.replace(ROWS, "unnest(" + String.join(", ", columns) + ")"),
        Sql.concat(Arrays.asList(lead), arrays));
  }
}
