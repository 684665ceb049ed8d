package dev.herald.config;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.StreamReadFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.MissingNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.yaml.snakeyaml.error.MarkedYAMLException;

/**
 * A typed reader over one mapping of a YAML file that knows where it is, so every error names the file and the key
 * ({@code config/herald.yaml: briefing.time must be HH:MM, got "25:00"}). Keys nobody read are reported by {@link
 * #rejectUnknown()}, so a typo never passes silently.
 */
final class YamlSection {
  /** A key given twice in one mapping is an error: otherwise the later one silently wins over the earlier. */
  private static final ObjectMapper YAML = new ObjectMapper(
      YAMLFactory.builder().enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION).build());
  private static final Pattern DUPLICATE = Pattern.compile("Duplicate field '(.*)'");

  private final String file;
  private final String path;
  private final JsonNode node;
  private final Set<String> read = new LinkedHashSet<>();
  private final Map<String, YamlSection> children = new HashMap<>();

  private YamlSection(String file, String path, JsonNode node) {
    this.file = file;
    this.path = path;
    this.node = node;
  }

  /** Reads a YAML file whose top level is a mapping; an empty file is an empty mapping. */
  public static YamlSection load(Path file, String displayName) {
    JsonNode root;
    try {
      root = YAML.readTree(Files.readAllBytes(file));
    } catch (NoSuchFileException e) {
      throw new ConfigException(displayName + ": file not found");
    } catch (JsonProcessingException e) {
      throw new ConfigException(displayName + ": " + notYaml(e));
    } catch (IOException e) {
      throw new ConfigException(displayName + ": cannot read: " + e.getMessage());
    }
    if (root == null || root.isMissingNode() || root.isNull()) root = YAML.createObjectNode();
    if (!root.isObject()) throw new ConfigException(displayName + ": the top level must be a mapping of keys");
    return new YamlSection(displayName, "", root);
  }

  /**
   * "not valid YAML at line 3, column 2: expected <block end>, but found '<block mapping start>'": the parser's first
   * line, where it stopped (1-based, as editors count).
   */
  static String notYaml(JsonProcessingException e) {
    String problem;
    int line;
    int column;
    if (e.getCause() instanceof MarkedYAMLException y && y.getProblemMark() != null) {
      // the parser's own problem and where it found it, not the context line ("while parsing a block mapping")
      problem = y.getProblem();
      line = y.getProblemMark().getLine() + 1;
      column = y.getProblemMark().getColumn() + 1;
    } else {
      problem = e.getOriginalMessage() == null ? e.toString() : e.getOriginalMessage();
      JsonLocation at = e.getLocation();
      line = at == null ? -1 : at.getLineNr();
      column = at == null ? -1 : at.getColumnNr();
    }
    problem = problem == null ? "" : problem.lines().map(String::strip).filter(l -> !l.isEmpty()).findFirst().orElse("");
    Matcher duplicate = DUPLICATE.matcher(problem);
    if (duplicate.matches()) problem = duplicate.group(1) + " is given twice";
    if (problem.contains("<block")) problem += " (check the indentation)";
    String where = line < 1 ? "" : " at line " + line + ", column " + column;
    return "not valid YAML" + where + ": " + problem;
  }

  /** An empty mapping named {@code path}: every read gives its default. */
  static YamlSection empty(String path) {
    return new YamlSection("(defaults)", path, YAML.createObjectNode());
  }

  private String key(String k) {
    return path.isEmpty() ? k : path + "." + k;
  }

  private JsonNode get(String k) {
    read.add(k);
    JsonNode v = node.get(k);
    return v == null || v.isNull() ? MissingNode.getInstance() : v;
  }

  public ConfigException error(String k, String message) {
    return new ConfigException(file + ": " + key(k) + " " + message);
  }

  public boolean has(String k) {
    return !get(k).isMissingNode();
  }

  public String string(String k, String fallback) {
    JsonNode v = get(k);
    if (v.isMissingNode()) return fallback;
    if (!v.isValueNode()) throw error(k, "must be text");
    return v.asText().strip();
  }

  public String requiredString(String k) {
    String s = string(k, "");
    if (s.isEmpty()) throw error(k, "is required");
    return s;
  }

  public int integer(String k, int fallback, int min, int max) {
    JsonNode v = get(k);
    if (v.isMissingNode()) return fallback;
    if (!v.isIntegralNumber() || !v.canConvertToInt()) throw error(k, "must be a whole number, got " + show(v));
    int n = v.asInt();
    if (n < min || n > max) throw error(k, "must be between " + min + " and " + max + ", got " + n);
    return n;
  }

  public long longValue(String k, long fallback, long min, long max) {
    JsonNode v = get(k);
    if (v.isMissingNode()) return fallback;
    if (!v.isIntegralNumber() || !v.canConvertToLong()) throw error(k, "must be a whole number, got " + show(v));
    long n = v.asLong();
    if (n < min || n > max) throw error(k, "must be between " + min + " and " + max + ", got " + n);
    return n;
  }

  /** A number that may have a fraction ({@code 0.5}); whole numbers are accepted too. */
  public double decimal(String k, double fallback, double min, double max) {
    JsonNode v = get(k);
    if (v.isMissingNode()) return fallback;
    if (!v.isNumber()) throw error(k, "must be a number, got " + show(v));
    double n = v.asDouble();
    if (!(n >= min && n <= max)) throw error(k, "must be between " + min + " and " + max + ", got " + n);
    return n;
  }

  public boolean bool(String k, boolean fallback) {
    JsonNode v = get(k);
    if (v.isMissingNode()) return fallback;
    if (!v.isBoolean()) throw error(k, "must be true or false, got " + show(v));
    return v.asBoolean();
  }

  public LocalTime time(String k, LocalTime fallback) {
    JsonNode v = get(k);
    if (v.isMissingNode()) return fallback;
    String s = v.asText().strip();
    if (!s.matches("\\d{1,2}:\\d{2}")) throw error(k, "must be HH:MM (24-hour), got " + show(v));
    try {
      return LocalTime.parse(s.length() == 4 ? "0" + s : s);
    } catch (DateTimeParseException e) {
      throw error(k, "must be HH:MM (24-hour), got " + show(v));
    }
  }

  public ZoneId zone(String k, ZoneId fallback) {
    JsonNode v = get(k);
    if (v.isMissingNode()) return fallback;
    try {
      return ZoneId.of(v.asText().strip());
    } catch (RuntimeException e) {
      throw error(k, "must be an IANA time zone such as Europe/London, got " + show(v));
    }
  }

  public List<String> strings(String k) {
    JsonNode v = get(k);
    if (v.isMissingNode()) return List.of();
    if (!v.isArray()) throw error(k, "must be a list");
    List<String> out = new ArrayList<>();
    for (JsonNode e : v) {
      if (!e.isValueNode()) throw error(k, "must be a list of text values");
      out.add(e.asText().strip());
    }
    return out;
  }

  /** The nested mapping at {@code k}; empty when absent. */
  public YamlSection section(String k) {
    JsonNode v = get(k);
    if (!v.isMissingNode() && !v.isObject()) throw error(k, "must be a mapping of keys");
    YamlSection child = new YamlSection(file, key(k), v.isMissingNode() ? YAML.createObjectNode() : v);
    children.put(k, child);
    return child;
  }

  /**
   * Every setting asked for so far, as dotted paths ({@code briefing.time}), in the order they were read: what a
   * reader of this file understands. Nested mappings give their own settings, not their name.
   */
  public List<String> keysRead() {
    List<String> out = new ArrayList<>();
    for (String k : read) {
      YamlSection child = children.get(k);
      if (child == null) out.add(key(k));
      else out.addAll(child.keysRead());
    }
    return out;
  }

  /** The list of mappings at {@code k}; each element reports errors as {@code k[i].key}. */
  public List<YamlSection> sections(String k) {
    JsonNode v = get(k);
    if (v.isMissingNode()) return List.of();
    if (!v.isArray()) throw error(k, "must be a list");
    List<YamlSection> out = new ArrayList<>();
    int i = 0;
    for (JsonNode e : v) {
      String where = key(k) + "[" + i++ + "]";
      if (!e.isObject()) throw new ConfigException(file + ": " + where + " must be a mapping of keys");
      out.add(new YamlSection(file, where, e));
    }
    return out;
  }

  /** Fails on the first key this section has that no reader asked for. */
  public void rejectUnknown() {
    if (!(node instanceof ObjectNode obj)) return;
    Iterator<String> names = obj.fieldNames();
    while (names.hasNext()) {
      String name = names.next();
      if (!read.contains(name)) throw error(name, "is not a known setting (check its spelling)");
    }
  }

  public String file() {
    return file;
  }

  private static String show(JsonNode v) {
    return v.isTextual() ? "\"" + v.asText() + "\"" : v.toString();
  }
}
