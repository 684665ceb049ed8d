package dev.herald.model;

import java.util.List;
import java.util.Objects;

/** Argument checks shared by the records, with Square-style messages ({@code "title == null"}). */
final class Checks {
  private Checks() {}

  static String notNull(String value, String name) {
    return Objects.requireNonNull(value, name + " == null");
  }

  static String notBlank(String value, String name) {
    notNull(value, name);
    if (value.isBlank()) throw new IllegalArgumentException(name + " is blank");
    return value;
  }

  static <T> List<T> copy(List<T> values, String name) {
    Objects.requireNonNull(values, name + " == null");
    return List.copyOf(values);
  }

  static int atLeast(int value, int min, String name) {
    if (value < min) throw new IllegalArgumentException(name + " < " + min + ": " + value);
    return value;
  }

  static long atLeast(long value, long min, String name) {
    if (value < min) throw new IllegalArgumentException(name + " < " + min + ": " + value);
    return value;
  }
}
