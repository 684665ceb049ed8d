package dev.herald.config;

import dev.herald.model.FeedSource;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Edits {@code config/feeds.yaml} as text, so that the comments and layout a person wrote survive: {@link #add} appends
 * one entry in the file's own indentation at the end of the {@code feeds:} list, {@link #remove} deletes exactly the
 * lines of one entry. Every edit is checked by loading the result with {@link FeedsConfig} before the file is replaced
 * (atomically where the file system allows), so an edit never leaves a file Herald cannot read.
 */
public final class FeedsFile {
  private static final Pattern ENTRY = Pattern.compile("^(\\s*)-\\s+\\S.*$");
  private static final Pattern TOP_KEY = Pattern.compile("^[A-Za-z_][\\w-]*\\s*:.*$");

  private FeedsFile() {}

  /**
   * Appends a feed.
   *
   * @param url as it should appear in the file (an http(s) URL, or a path relative to the file's directory)
   * @throws ConfigException naming the file when the id is taken or the result would not load
   */
  public static void add(Path home, Path file, String id, String name, String url, List<String> topics,
      int intervalMinutes) {
    List<String> lines = read(file);
    if (Files.exists(file)) {
      for (FeedSource f : FeedsConfig.load(home, file)) {
        if (f.id().equals(id)) throw new ConfigException(ConfigLoader.display(home, file) + ": a feed with id \"" + id
            + "\" is already listed");
      }
    }
    int feedsLine = -1;
    for (int i = 0; i < lines.size(); i++) {
      if (lines.get(i).matches("^feeds\\s*:.*$")) feedsLine = i;
    }
    if (feedsLine < 0) {
      if (lines.isEmpty()) lines.add("# Instance feeds: every workspace sees these. Edit by hand or with bot/herald feeds add|remove.");
      lines.add("feeds:");
      feedsLine = lines.size() - 1;
    } else if (lines.get(feedsLine).replaceAll("#.*", "").strip().matches("feeds\\s*:\\s*\\[\\s*]")) {
      lines.set(feedsLine, "feeds:");
    }
    String indent = "  ";
    int last = feedsLine;
    for (int i = feedsLine + 1; i < lines.size(); i++) {
      String l = lines.get(i);
      if (l.isBlank() || l.stripLeading().startsWith("#")) continue;
      if (TOP_KEY.matcher(l).matches()) break;
      Matcher m = ENTRY.matcher(l);
      if (m.matches() && last == feedsLine) indent = m.group(1);
      last = i;
    }
    List<String> entry = new ArrayList<>();
    entry.add(indent + "- id: " + scalar(id));
    entry.add(indent + "  name: " + scalar(name));
    entry.add(indent + "  url: " + scalar(url));
    List<String> quoted = new ArrayList<>();
    for (String t : topics) quoted.add(scalar(t));
    entry.add(indent + "  topics: [" + String.join(", ", quoted) + "]");
    if (intervalMinutes != 10) entry.add(indent + "  interval_minutes: " + intervalMinutes);
    lines.addAll(last + 1, entry);
    write(home, file, lines, id, true);
  }

  /** Removes the entry with this id; false when there is none. */
  public static boolean remove(Path home, Path file, String id) {
    if (!Files.exists(file)) return false;
    List<String> lines = read(file);
    Pattern idLine = Pattern.compile("^\\s*(-\\s+)?id\\s*:\\s*[\"']?" + Pattern.quote(id) + "[\"']?\\s*(#.*)?$");
    for (int i = 0; i < lines.size(); i++) {
      if (!idLine.matcher(lines.get(i)).matches()) continue;
      int start = i;
      while (start >= 0 && !ENTRY.matcher(lines.get(start)).matches()) start--;
      if (start < 0) return false;
      String indent = ENTRY.matcher(lines.get(start)).replaceFirst("$1");
      int end = start + 1;
      while (end < lines.size()) {
        String l = lines.get(end);
        if (!l.isBlank() && !l.stripLeading().startsWith("#") && leading(l) <= indent.length()) break;
        end++;
      }
      while (end > start + 1 && (lines.get(end - 1).isBlank() || lines.get(end - 1).stripLeading().startsWith("#"))) {
        end--;
      }
      while (end < lines.size() && lines.get(end).isBlank()) end++; // the blank line that separated it goes too
      lines.subList(start, end).clear();
      write(home, file, lines, id, false);
      return true;
    }
    return false;
  }

  private static int leading(String l) {
    int n = 0;
    while (n < l.length() && l.charAt(n) == ' ') n++;
    return n;
  }

  /** A YAML scalar: plain when safe, else double-quoted with JSON-style escapes. */
  static String scalar(String s) {
    boolean plain = !s.isEmpty() && s.matches("[A-Za-z0-9][A-Za-z0-9 ._/:?=&%+~@,()-]*")
        && !s.contains(": ") && !s.contains(" #") && !s.endsWith(":") && !s.endsWith(" ")
        && !s.matches("(?i)(true|false|yes|no|on|off|null|~)") && !s.matches("[0-9.+-]+");
    if (plain) return s;
    StringBuilder out = new StringBuilder("\"");
    for (char c : s.toCharArray()) {
      switch (c) {
        case '"' -> out.append("\\\"");
        case '\\' -> out.append("\\\\");
        case '\n' -> out.append("\\n");
        case '\t' -> out.append("\\t");
        default -> {
          if (c < 0x20) out.append(String.format("\\u%04x", (int) c));
          else out.append(c);
        }
      }
    }
    return out.append('"').toString();
  }

  private static List<String> read(Path file) {
    if (!Files.exists(file)) return new ArrayList<>();
    try {
      return new ArrayList<>(Files.readAllLines(file, StandardCharsets.UTF_8));
    } catch (IOException e) {
      throw new ConfigException(file + ": cannot read: " + e.getMessage(), e);
    }
  }

  private static void write(Path home, Path file, List<String> lines, String id, boolean expectPresent) {
    Path dir = file.toAbsolutePath().getParent();
    Path tmp = dir.resolve("." + file.getFileName() + ".tmp");
    try {
      Files.createDirectories(dir);
      Files.write(tmp, lines, StandardCharsets.UTF_8);
      List<FeedSource> check;
      try {
        check = FeedsConfig.load(home, tmp);
      } catch (ConfigException e) {
        throw new ConfigException(ConfigLoader.display(home, file) + ": the edit would not load ("
            + e.getMessage().replace(ConfigLoader.display(home, tmp) + ": ", "") + "); file left unchanged");
      }
      boolean present = check.stream().anyMatch(f -> f.id().equals(id));
      if (present != expectPresent) {
        throw new ConfigException(ConfigLoader.display(home, file) + ": the edit did not take; file left unchanged");
      }
      try {
        Files.move(tmp, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
      } catch (AtomicMoveNotSupportedException e) {
        Files.move(tmp, file, StandardCopyOption.REPLACE_EXISTING);
      }
    } catch (IOException e) {
      throw new ConfigException(ConfigLoader.display(home, file) + ": cannot write: " + e.getMessage(), e);
    } finally {
      try {
        Files.deleteIfExists(tmp);
      } catch (IOException ignored) {
        // the temporary file is only litter
      }
    }
  }
}
