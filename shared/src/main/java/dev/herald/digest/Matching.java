package dev.herald.digest;

import dev.herald.text.SentenceSplitter;

/**
 * Normalisation for verbatim comparisons: whitespace collapsed, typographic quotes, apostrophes and dashes unified,
 * accents dropped ("Jerí" and "Jeri" are one spelling of one name, see {@link Spellings}).
 */
final class Matching {
  private Matching() {}

  static String normalize(String text) {
    String t = Spellings.bare(SentenceSplitter.normalize(text));
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
