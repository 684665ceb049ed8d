package dev.herald.bench.fanout;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class FanoutBreakdownTest {
  static final long MS = 1_000_000L;
  static final long S = 1_000_000_000L;

  @Test
  void theTimeOverTheoreticalIsTheLastChannelsFirstPostItsGapsAndTheStop() {
    long start = 10 * S;
    Map<String, long[]> accepted = Map.of(
        "C1", new long[] {start + 20 * MS, start + S + 22 * MS, start + 2 * S + 23 * MS},
        "C2", new long[] {start + 300 * MS, start + S + 350 * MS, start + 2 * S + 352 * MS},
        "W1", new long[] {start - 5 * S});
    Map<String, Object> r = FanoutBreakdown.of(accepted, List.of("C1", "C2"), start, 2.36, 1.0);
    assertEquals(0.02, r.get("first_post_s"));
    assertEquals(0.3, r.get("first_round_s"));
    assertArrayEquals(new double[] {0.3, 0.35, 0.352}, (double[]) r.get("round_s"));
    @SuppressWarnings("unchecked")
    Map<String, Object> gaps = (Map<String, Object>) r.get("gap_excess_ms");
    assertEquals(4, gaps.get("count"));
    assertEquals(13.75, gaps.get("mean"));
    assertEquals(2.0, gaps.get("p50"));
    assertEquals(50.0, gaps.get("max"));
    @SuppressWarnings("unchecked")
    Map<String, Object> last = (Map<String, Object>) r.get("last_channel");
    assertEquals(0.3, last.get("first_s"));
    assertEquals(0.052, last.get("gap_excess_s"));
    assertEquals(0.008, r.get("stop_s"), "2.36 s less the last accept at 2.352 s");
  }

  @Test
  void aFakeThatDoesNotSayGivesNoBreakdown() {
    assertTrue(FanoutBreakdown.of(Map.of(), List.of("C1"), 0, 1, 1).isEmpty());
  }
}
