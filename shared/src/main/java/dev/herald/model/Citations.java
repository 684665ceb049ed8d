package dev.herald.model;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Reading {@code [n]} citation markers out of summary text. */
public final class Citations {
  /** A citation marker: {@code [1]}, {@code [12]}. */
  public static final Pattern MARKER = Pattern.compile("\\[(\\d{1,4})]");

  private Citations() {}

  /** The citation numbers in {@code text}, in order of appearance, repeats included. */
  public static List<Integer> numbers(String text) {
    List<Integer> out = new ArrayList<>();
    Matcher m = MARKER.matcher(text);
    while (m.find()) out.add(Integer.parseInt(m.group(1)));
    return out;
  }

  /** {@code [1][2]} for {@code [1, 2]}. */
  public static String markers(List<Integer> numbers) {
    StringBuilder sb = new StringBuilder();
    for (int n : numbers) sb.append('[').append(n).append(']');
    return sb.toString();
  }
}
