package dev.herald.store;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;
import java.util.function.IntSupplier;
import org.junit.jupiter.api.Test;

/** {@link Sql#untilShort}: the loop the purges of briefings and of interaction claims share. */
class SqlUntilShortTest {
  /** A backlog of {@code rows}, deleted at most {@code size} a batch; each batch's count is kept. */
  private static IntSupplier backlog(int rows, int size, List<Integer> batches) {
    int[] left = {rows};
    return () -> {
      int n = Math.min(size, left[0]);
      left[0] -= n;
      batches.add(n);
      return n;
    };
  }

  @Test
  void aBacklogOfMoreThanABatchIsDeletedWholeABatchAtATime() {
    List<Integer> batches = new ArrayList<>();
    assertEquals(2 * 500 + 7, Sql.untilShort(500, backlog(2 * 500 + 7, 500, batches)));
    assertEquals(List.of(500, 500, 7), batches);
  }

  @Test
  void anExactBatchEndsWithOneEmptyBatch() {
    List<Integer> batches = new ArrayList<>();
    assertEquals(500, Sql.untilShort(500, backlog(500, 500, batches)));
    assertEquals(List.of(500, 0), batches);
  }
}
