package dev.herald.digest;

import dev.herald.text.SentenceSplitter;

/** Normalisation for verbatim comparisons: whitespace collapsed, typographic quotes, apostrophes and dashes unified. */
final class Matching {
  private Matching() {}

  static String normalize(String text) {
    String t = SentenceSplitter.normalize(text);
    StringBuilder sb = new StringBuilder(t.length());
    for (int i = 0; i < t.length(); i++) {
      char c = t.charAt(i);
      switch (c) {
        case '‘', '’', '‚', '′', '`' -> sb.append('\'');
        case '“', '”', '„', '″', '«', '»' -> sb.append('"');
        case '–', '—', '‑', '−' -> sb.append('-');
        case '…' -> sb.append("...");
        default -> sb.append(c);
      }
    }
    return sb.toString();
  }
}
