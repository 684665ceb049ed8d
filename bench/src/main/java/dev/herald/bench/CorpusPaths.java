package dev.herald.bench;

import java.nio.file.Path;

/** Where benchmark commands look for the shared corpora when no {@code --corpus} is given. */
final class CorpusPaths {
  private CorpusPaths() {}

  /** {@code $HERALD_CORPUS}, else {@code <HERALD_HOME>/../shared/data} (HERALD_HOME defaults to the working dir). */
  static Path defaultRoot() {
    String env = System.getenv("HERALD_CORPUS");
    if (env != null && !env.isBlank()) return Path.of(env);
    String home = System.getenv("HERALD_HOME");
    Path base = home == null || home.isBlank() ? Path.of("").toAbsolutePath() : Path.of(home);
    return base.resolve("../shared/data").normalize();
  }
}
