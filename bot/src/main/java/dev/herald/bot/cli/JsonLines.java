package dev.herald.bot.cli;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import dev.herald.bot.logging.ControlCharEscapes;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CharsetDecoder;
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

  /**
   * Every non-blank line of {@code file} ("-" for standard input) as a JSON object, with its line number. A line must
   * hold exactly one object (a second one would otherwise be dropped unseen) and the file must be UTF-8.
   */
  public static List<Line> read(String file) {
    byte[] bytes;
    try {
      bytes = file.equals("-") ? System.in.readAllBytes() : Files.readAllBytes(Path.of(file));
    } catch (NoSuchFileException e) {
      throw new CliFailure(file + ": no such file");
    } catch (IOException e) {
      throw new CliFailure(file + ": cannot read: " + e.getMessage());
    }
    List<Line> out = new ArrayList<>();
    CharsetDecoder utf8 = StandardCharsets.UTF_8.newDecoder();
    int n = 0;
    for (int start = 0; start < bytes.length; ) {
      int end = start;
      while (end < bytes.length && bytes[end] != '\n') end++;
      n++;
      String where = file + ":" + n + ": ";
      String line;
      try {
        line = utf8.decode(ByteBuffer.wrap(bytes, start, end - start)).toString();
      } catch (CharacterCodingException e) {
        throw new CliFailure(where + "not UTF-8 text");
      }
      start = end + 1;
      if (n == 1 && line.startsWith("\uFEFF")) line = line.substring(1);
      if (line.isBlank()) continue;
      out.add(new Line(where, object(line, where)));
    }
    return out;
  }

  /** One line's JSON object; anything else is a {@link CliFailure} saying where on the line it went wrong. */
  private static JsonNode object(String line, String where) {
    try (JsonParser p = JSON.createParser(line)) {
      JsonNode node = JSON.readTree(p);
      if (node == null || !node.isObject()) throw new CliFailure(where + "expected a JSON object");
      if (p.nextToken() != null) {
        throw new CliFailure(where + "not valid JSON at column " + p.currentTokenLocation().getColumnNr()
            + ": more after the JSON object (one object per line)");
      }
      return node;
    } catch (JsonProcessingException e) {
      JsonLocation at = e.getLocation();
      String column = at == null || at.getColumnNr() < 1 ? "" : " at column " + at.getColumnNr();
      // Jackson adds where the object started, with its source hidden as "REDACTED": noise on a one-line input
      String problem = String.valueOf(e.getOriginalMessage()).replaceFirst("\\s*\\(start marker at .*", "")
          .lines().findFirst().orElse("").strip();
      throw new CliFailure(where + "not valid JSON" + column + ": " + problem);
    } catch (IOException e) {
      throw new CliFailure(where + "cannot read: " + e.getMessage());
    }
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
