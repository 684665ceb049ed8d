package dev.herald.bot.cli;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import dev.herald.bot.logging.ControlCharEscapes;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Reading and writing JSON lines for the CLI commands; bad input becomes a {@link CliFailure} naming the line. Output
 * also escapes DEL, C1, bidi controls and line separators (JSON {@code u}-escapes, {@link ControlCharEscapes}): the
 * same JSON, but safe to print on a terminal.
 */
public final class JsonLines {
  public static final ObjectMapper JSON =
      new ObjectMapper().disable(SerializationFeature.INDENT_OUTPUT);
  private static final ObjectMapper OUT = new ObjectMapper().disable(SerializationFeature.INDENT_OUTPUT);

  static {
    OUT.getFactory().setCharacterEscapes(new ControlCharEscapes());
  }

  private JsonLines() {}

  /** One input line: where it is ("in.jsonl:3: ", for messages) and its JSON object. */
  public record Line(String where, JsonNode node) {}

  /** Every non-blank line of {@code file} ("-" for standard input) as a JSON object, with its line number. */
  public static List<Line> read(String file) {
    List<Line> out = new ArrayList<>();
    try (BufferedReader r = file.equals("-")
        ? new BufferedReader(new InputStreamReader(System.in, StandardCharsets.UTF_8))
        : Files.newBufferedReader(Path.of(file), StandardCharsets.UTF_8)) {
      String line;
      int n = 0;
      while ((line = r.readLine()) != null) {
        n++;
        if (line.isBlank()) continue;
        JsonNode node;
        try {
          node = JSON.readTree(line);
        } catch (JsonProcessingException e) {
          throw new CliFailure(file + ":" + n + ": not valid JSON: " + e.getOriginalMessage());
        }
        if (node == null || !node.isObject()) throw new CliFailure(file + ":" + n + ": expected a JSON object");
        out.add(new Line(file + ":" + n + ": ", node));
      }
    } catch (NoSuchFileException e) {
      throw new CliFailure(file + ": no such file");
    } catch (IOException e) {
      throw new CliFailure(file + ": cannot read: " + e.getMessage());
    }
    return out;
  }

  /** Writes {@code value} as one JSON line. */
  public static void write(PrintWriter out, Object value) {
    out.println(line(value));
  }

  /** {@code value} as one line of terminal-safe JSON. */
  public static String line(Object value) {
    try {
      return OUT.writeValueAsString(value);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("cannot write JSON: " + e.getMessage(), e);
    }
  }

  /** {@code value} as indented, terminal-safe JSON. */
  public static String pretty(Object value) {
    try {
      return OUT.writerWithDefaultPrettyPrinter().writeValueAsString(value);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("cannot write JSON: " + e.getMessage(), e);
    }
  }
}
