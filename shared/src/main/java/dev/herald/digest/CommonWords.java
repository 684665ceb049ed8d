package dev.herald.digest;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashSet;
import java.util.Locale;
import java.util.Set;

/**
 * Common English words in lower case (the lower-case entries of SCOWL size 35, about 40,000 words with their
 * inflections; permission notice in {@code common-words-NOTICE.txt} beside the list): a word an outlet capitalised in
 * a Title Case headline is a common word, not a name, when this list holds it and the story never writes it
 * capitalised. Loaded once, on first use; immutable and thread-safe.
 */
final class CommonWords {
  private static final String RESOURCE = "common-words.txt";

  private CommonWords() {}

  private static final class Holder {
    static final Set<String> WORDS = load();
  }

  /** Whether {@code word} (any case, either apostrophe: "He’d") is a common English word. */
  static boolean contains(String word) {
    return Holder.WORDS.contains(word.toLowerCase(Locale.ROOT).replace('’', '\''));
  }

  private static Set<String> load() {
    try (InputStream in = CommonWords.class.getResourceAsStream(RESOURCE)) {
      if (in == null) throw new IllegalStateException("missing resource " + RESOURCE);
      Set<String> words = new HashSet<>(65_536);
      BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
      for (String line = r.readLine(); line != null; line = r.readLine()) {
        if (!line.isEmpty() && !line.startsWith("#")) words.add(line);
      }
      return Set.copyOf(words);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
