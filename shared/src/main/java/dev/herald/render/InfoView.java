package dev.herald.render;

import java.util.List;
import java.util.Objects;

/** A titled list of lines: help, status, feed lists, subscriptions. Lines may hold untrusted text (feed names). */
public record InfoView(String title, List<Block> blocks) implements View {
  /** A group of lines under an optional heading. */
  public record Block(String heading, List<String> lines) {
    public Block {
      Objects.requireNonNull(heading, "heading == null");
      lines = List.copyOf(lines);
    }
  }

  public InfoView {
    Objects.requireNonNull(title, "title == null");
    blocks = List.copyOf(blocks);
  }

  public static InfoView of(String title, List<String> lines) {
    return new InfoView(title, List.of(new Block("", lines)));
  }
}
