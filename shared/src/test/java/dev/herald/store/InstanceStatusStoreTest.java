package dev.herald.store;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.herald.testing.TestDatabase;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.Parameter;
import org.junit.jupiter.params.ParameterizedClass;
import org.junit.jupiter.params.provider.EnumSource;

/** The instances' status reports and the pipeline lease's holder, on a real SQLite file and a real PostgreSQL. */
@ParameterizedClass
@EnumSource(TestDatabase.class)
class InstanceStatusStoreTest {
  static final Instant T = Instant.parse("2026-12-07T07:00:00Z");
  @Parameter TestDatabase kind;
  @TempDir Path dir;
  Database db;
  InstanceStatusStore reports;

  @BeforeEach
  void open() {
    db = kind == TestDatabase.SQLITE ? Database.open(dir.resolve("herald.db")) : kind.open();
    reports = InstanceStatusStore.sql(db);
  }

  @AfterEach
  void close() {
    db.close();
  }

  @Test
  void eachInstanceHasOneReportTheLatestAndReadersSeeOnlyRecentOnes() {
    reports.publish("instance-b", T, "{\"b\":1}");
    reports.publish("instance-a", T, "{\"a\":1}");
    reports.publish("instance-a", T.plusSeconds(5), "{\"a\":2}");
    assertEquals(List.of(new InstanceStatusStore.Report("instance-a", T.plusSeconds(5), "{\"a\":2}"),
        new InstanceStatusStore.Report("instance-b", T, "{\"b\":1}")), reports.since(T));
    assertEquals(List.of("instance-a"), names(reports.since(T.plusSeconds(1))), "B's report is stale by then");

    // A stops: its report goes at once, and so do reports older than the cut-off (a dead instance's)
    reports.publish("instance-c", T.plusSeconds(5), "{}");
    reports.forget("instance-a", T.plusSeconds(1));
    assertEquals(List.of("instance-c"), names(reports.since(T)));
  }

  @Test
  void theLeasesHolderIsKnownWhileItHoldsIt() {
    RunLeaseStore leases = RunLeaseStore.sql(db);
    assertEquals(Optional.empty(), leases.holder("pipeline", T));
    leases.acquire("pipeline", "instance-a", T, T.plusSeconds(60));
    assertEquals(Optional.of("instance-a"), leases.holder("pipeline", T.plusSeconds(30)));
    assertEquals(Optional.empty(), leases.holder("pipeline", T.plusSeconds(61)), "it ran out");
    leases.release("pipeline", "instance-a");
    assertEquals(Optional.empty(), leases.holder("pipeline", T.plusSeconds(30)), "released");
  }

  private static List<String> names(List<InstanceStatusStore.Report> rs) {
    return rs.stream().map(InstanceStatusStore.Report::instance).toList();
  }
}
