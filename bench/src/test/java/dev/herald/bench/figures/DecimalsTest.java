package dev.herald.bench.figures;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.Random;
import org.junit.jupiter.api.Test;

class DecimalsTest {
  @Test
  void roundsAsEachBenchmarksOwnHelperDid() {
    Random random = new Random(17);
    for (int i = 0; i < 10_000; i++) {
      double v = (random.nextDouble() - 0.3) * Math.pow(10, random.nextInt(7));
      assertEquals(Math.round(v * 10) / 10.0, Decimals.round(v, 1), "" + v);
      assertEquals(Math.round(v * 100) / 100.0, Decimals.round(v, 2), "" + v);
      assertEquals(Math.round(v * 1000) / 1000.0, Decimals.round(v, 3), "" + v);
      assertEquals(Math.round(v * 10000) / 10000.0, Decimals.round(v, 4), "" + v);
    }
  }

  @Test
  void halvesRoundUp() {
    assertEquals(0.13, Decimals.round(0.125, 2));
    assertEquals(2.0, Decimals.round(1.5, 0));
  }

  @Test
  void refusesPlacesADoubleCannotHold() {
    assertThrows(IllegalArgumentException.class, () -> Decimals.round(1, -1));
    assertThrows(IllegalArgumentException.class, () -> Decimals.round(1, 10));
  }
}
