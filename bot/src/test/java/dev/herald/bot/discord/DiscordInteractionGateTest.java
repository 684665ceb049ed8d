package dev.herald.bot.discord;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.herald.store.InteractionClaims;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class DiscordInteractionGateTest {
  /** Claims older than the cut-off, deleted a batch at a time as the SQL store does. */
  static final class OldClaims implements InteractionClaims {
    int old;
    final List<Integer> batches = new ArrayList<>();

    OldClaims(int old) {
      this.old = old;
    }

    @Override
    public boolean claim(String interactionId, Instant now) {
      return true;
    }

    @Override
    public int purge(Instant before, int limit) {
      int n = Math.min(limit, old);
      old -= n;
      batches.add(n);
      return n;
    }
  }

  @Test
  void aBacklogOfMoreThanABatchIsPurgedWhole() {
    OldClaims claims = new OldClaims(2 * DiscordInteractionGate.PURGE_BATCH + 7);
    assertEquals(2 * DiscordInteractionGate.PURGE_BATCH + 7,
        DiscordInteractionGate.purgeOld(claims, Instant.parse("2026-12-07T03:00:00Z")));
    assertEquals(0, claims.old);
    assertEquals(List.of(DiscordInteractionGate.PURGE_BATCH, DiscordInteractionGate.PURGE_BATCH, 7), claims.batches);
  }

  @Test
  void anExactBatchEndsWithOneEmptyRead() {
    OldClaims claims = new OldClaims(DiscordInteractionGate.PURGE_BATCH);
    assertEquals(DiscordInteractionGate.PURGE_BATCH,
        DiscordInteractionGate.purgeOld(claims, Instant.parse("2026-12-07T03:00:00Z")));
    assertEquals(List.of(DiscordInteractionGate.PURGE_BATCH, 0), claims.batches);
  }
}
