package dev.herald.articles;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.text.Normalizer;
import java.util.HexFormat;
import java.util.Locale;

/** Hashes for identity: a title normalised (case, accents, punctuation, spacing folded), and ids. Thread-safe. */
final class TitleKey {
  private TitleKey() {}

  /** Lower-case letters and digits separated by single spaces, accents folded. */
  static String normalise(String title) {
    String s = Normalizer.normalize(title, Normalizer.Form.NFKD).toLowerCase(Locale.ROOT);
    StringBuilder out = new StringBuilder(s.length());
    boolean space = false;
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      if (Character.getType(c) == Character.NON_SPACING_MARK) continue;
      if (Character.isLetterOrDigit(c)) {
        if (space && out.length() > 0) out.append(' ');
        out.append(c);
        space = false;
      } else {
        space = true;
      }
    }
    return out.toString();
  }

  /** The identity key of a title within one feed: sha-256 of the feed id and the normalised title, 64 hex. */
  static String of(String feedId, String title) {
    return sha256(feedId + "\n" + normalise(title));
  }

  static String sha256(String s) {
    try {
      return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(s.getBytes(StandardCharsets.UTF_8)));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("SHA-256 missing from the JDK", e);
    }
  }
}
