package dev.herald.feeds;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;

/** Counts checks against a suite's expectations per field and keeps the disagreements for the report. */
final class Agreement {
  private final String suite;
  private final Map<String, int[]> byField = new TreeMap<>();
  private final List<String> disagreements = new ArrayList<>();

  Agreement(String suite) {
    this.suite = suite;
  }

  void check(String field, boolean agrees, String where, Object expected, Object actual) {
    int[] n = byField.computeIfAbsent(field, k -> new int[2]);
    n[0]++;
    if (agrees) {
      n[1]++;
    } else {
      disagreements.add(field + " " + where + ": expected " + show(expected) + ", got " + show(actual));
    }
  }

  int total() {
    return byField.values().stream().mapToInt(n -> n[0]).sum();
  }

  int agreed() {
    return byField.values().stream().mapToInt(n -> n[1]).sum();
  }

  double rate() {
    return total() == 0 ? 0 : (double) agreed() / total();
  }

  double rate(String field) {
    int[] n = byField.get(field);
    return n == null || n[0] == 0 ? 1 : (double) n[1] / n[0];
  }

  List<String> disagreements() {
    return disagreements;
  }

  String report() {
    StringBuilder out = new StringBuilder(String.format(Locale.ROOT, "%s: %d/%d checks agree (%.2f%%)%n", suite,
        agreed(), total(), 100 * rate()));
    byField.forEach((f, n) -> out.append(String.format(Locale.ROOT, "  %-10s %5d/%-5d %.2f%%%n", f, n[1], n[0],
        100.0 * n[1] / n[0])));
    for (String d : disagreements) out.append("  DISAGREE ").append(d).append('\n');
    return out.toString();
  }

  private static String show(Object o) {
    if (o == null) return "null";
    String s = o.toString().replace("\n", "\\n");
    return "\"" + (s.length() > 120 ? s.substring(0, 120) + "…" : s) + "\"";
  }
}
