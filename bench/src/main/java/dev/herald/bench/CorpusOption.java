package dev.herald.bench;

import dev.herald.bot.cli.CliFailure;
import java.nio.file.Files;
import java.nio.file.Path;

/** Where benchmark and evaluation commands find the shared corpora: --corpus, else $HERALD_CORPUS, else beside home. */
final class CorpusOption {
  private CorpusOption() {}

  static Path resolve(Path option) {
    Path root = option;
    if (root == null) {
      String env = System.getenv("HERALD_CORPUS");
      if (env != null && !env.isBlank()) {
        root = Path.of(env);
      } else {
        String home = System.getenv("HERALD_HOME");
        root = Path.of(home == null || home.isBlank() ? "." : home).resolve("../shared/data").normalize();
      }
    }
    if (!Files.isDirectory(root)) {
      throw new CliFailure("corpus folder not found: " + root + " (pass --corpus DIR or set HERALD_CORPUS)");
    }
    return root;
  }

  static Path require(Path root, String relative) {
    Path p = root.resolve(relative);
    if (!Files.exists(p)) throw new CliFailure("corpus file missing: " + p);
    return p;
  }
}
