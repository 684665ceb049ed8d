package dev.herald.store;

import java.time.Instant;
import java.util.List;
import java.util.Objects;

/**
 * What each Herald instance sharing the database says about itself, for {@code /herald status} on any of them: one
 * report per instance, rewritten by its heartbeat. Reports are opaque text here. Thread-safe; each method is one
 * transaction.
 */
public interface InstanceStatusStore {
  /** One instance's last report and when it made it. */
  record Report(String instance, Instant reportedAt, String report) {
    public Report {
      Objects.requireNonNull(instance, "instance == null");
      Objects.requireNonNull(reportedAt, "reportedAt == null");
      Objects.requireNonNull(report, "report == null");
    }
  }

  /** Replaces what {@code instance} reported with {@code report}, made at {@code at}. */
  void publish(String instance, Instant at, String report);

  /** The reports made at or after {@code since} (the live instances'), by instance name. */
  List<Report> since(Instant since);

  /** Forgets {@code instance}'s report (it stops), and every report made before {@code before} (dead instances). */
  void forget(String instance, Instant before);

  static InstanceStatusStore sql(Database db) {
    return new SqlInstanceStatusStore(db);
  }
}
