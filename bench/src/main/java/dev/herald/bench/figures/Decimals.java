package dev.herald.bench.figures;

/** Rounding of the figures benchmarks print. */
public final class Decimals {
  private Decimals() {}

  /**
   * {@code value} rounded half up to {@code decimals} places, as the JSON lines print it: {@code Math.round(value *
   * 10^decimals) / 10^decimals}, so that a figure reads the same whichever benchmark prints it.
   */
  public static double round(double value, int decimals) {
    if (decimals < 0 || decimals > 9) throw new IllegalArgumentException("decimals out of range: " + decimals);
    double scale = Math.pow(10, decimals);
    return Math.round(value * scale) / scale;
  }
}
