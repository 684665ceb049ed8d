package dev.herald.feeds;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Translates feedparser's test expectations (Python expressions such as {@code not bozo and entries[0]['title'] ==
 * 'x'}) into checks on title, link, dates and item count. Clauses about anything else are left out.
 */
final class PythonExpectations {
  /** One translated clause: {@code ref} is {@code feed.title}, {@code 0.link}, {@code 2.published_parsed}, ... */
  record Clause(List<String> refs, Object literal) {}

  private static final Pattern REF = Pattern.compile(
      "(feed|entries\\[(\\d+)\\])(?:\\['(\\w+)'\\]|\\.(\\w+))(?:\\['(\\w+)'\\])?");

  private PythonExpectations() {}

  static List<Clause> translate(String expect) {
    List<Clause> out = new ArrayList<>();
    for (String clause : splitAnd(expect)) {
      String c = clause.strip();
      while (c.startsWith("(") && c.endsWith(")") && balanced(c.substring(1, c.length() - 1))) {
        c = c.substring(1, c.length() - 1).strip();
      }
      String[] sides = splitEquals(c);
      if (sides.length < 2) continue;
      Object literal = literal(sides[sides.length - 1].strip());
      if (literal == null) continue;
      List<String> refs = new ArrayList<>();
      for (int i = 0; i < sides.length - 1; i++) {
        String r = ref(sides[i].strip());
        if (r == null) {
          refs = null;
          break;
        }
        refs.add(r);
      }
      if (refs != null) out.add(new Clause(refs, literal));
    }
    return out;
  }

  /** {@code feed.title}, {@code 0.link}; null for fields outside title, link and dates. */
  private static String ref(String s) {
    Matcher m = REF.matcher(s);
    if (!m.matches()) return null;
    String field = m.group(3) != null ? m.group(3) : m.group(4);
    if (field.equals("title_detail")) {
      if (!"value".equals(m.group(5))) return null;
      field = "title";
    } else if (m.group(5) != null) {
      return null;
    }
    boolean date = field.equals("published_parsed") || field.equals("updated_parsed") || field.equals("created_parsed");
    if (!field.equals("title") && !field.equals("link") && !date) return null;
    return (m.group(2) == null ? "feed" : m.group(2)) + "." + field;
  }

  /** A Python string or a tuple of ints (as int[]); null for anything else. */
  static Object literal(String s) {
    if (s.startsWith("(") && s.endsWith(")")) {
      String[] parts = s.substring(1, s.length() - 1).split(",");
      int[] v = new int[parts.length];
      try {
        for (int i = 0; i < parts.length; i++) v[i] = Integer.parseInt(parts[i].strip());
      } catch (NumberFormatException e) {
        return null;
      }
      return v;
    }
    int i = 0;
    while (i < s.length() && (s.charAt(i) == 'u' || s.charAt(i) == 'b')) i++;
    if (i >= s.length() || (s.charAt(i) != '\'' && s.charAt(i) != '"')) return null;
    char q = s.charAt(i);
    StringBuilder out = new StringBuilder();
    int k = i + 1;
    for (; k < s.length() && s.charAt(k) != q; k++) {
      char c = s.charAt(k);
      if (c != '\\') {
        out.append(c);
        continue;
      }
      char e = s.charAt(++k);
      switch (e) {
        case 'n' -> out.append('\n');
        case 't' -> out.append('\t');
        case 'r' -> out.append('\r');
        case 'x' -> {
          out.append((char) Integer.parseInt(s.substring(k + 1, k + 3), 16));
          k += 2;
        }
        case 'u' -> {
          out.append((char) Integer.parseInt(s.substring(k + 1, k + 5), 16));
          k += 4;
        }
        case 'U' -> {
          out.appendCodePoint(Integer.parseInt(s.substring(k + 1, k + 9), 16));
          k += 8;
        }
        default -> out.append(e);
      }
    }
    return k == s.length() - 1 ? out.toString() : null;
  }

  private static List<String> splitAnd(String s) {
    List<String> out = new ArrayList<>();
    int depth = 0;
    char quote = 0;
    int start = 0;
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      if (quote != 0) {
        if (c == '\\') i++;
        else if (c == quote) quote = 0;
      } else if (c == '\'' || c == '"') {
        quote = c;
      } else if (c == '(' || c == '[') {
        depth++;
      } else if (c == ')' || c == ']') {
        depth--;
      } else if (depth == 0 && s.startsWith(" and ", i)) {
        out.add(s.substring(start, i));
        start = i + 5;
        i += 4;
      }
    }
    out.add(s.substring(start));
    return out;
  }

  private static String[] splitEquals(String s) {
    List<String> out = new ArrayList<>();
    char quote = 0;
    int start = 0;
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      if (quote != 0) {
        if (c == '\\') i++;
        else if (c == quote) quote = 0;
      } else if (c == '\'' || c == '"') {
        quote = c;
      } else if (s.startsWith("==", i)) {
        out.add(s.substring(start, i));
        start = i + 2;
        i++;
      } else if (s.startsWith("!=", i) || s.startsWith(" in ", i)) {
        return new String[0];
      }
    }
    out.add(s.substring(start));
    return out.toArray(String[]::new);
  }

  private static boolean balanced(String s) {
    int depth = 0;
    char quote = 0;
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      if (quote != 0) {
        if (c == '\\') i++;
        else if (c == quote) quote = 0;
      } else if (c == '\'' || c == '"') {
        quote = c;
      } else if (c == '(') {
        depth++;
      } else if (c == ')' && --depth < 0) {
        return false;
      }
    }
    return depth == 0;
  }
}
