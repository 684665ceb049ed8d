package dev.herald.testing;

import static org.junit.jupiter.api.Assertions.fail;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Files;
import java.nio.file.Path;

/**
 * The shared real-world corpora ({@code ../shared/data} beside the checkout, or {@code $HERALD_CORPUS}). They are
 * never copied into the project. Without them, corpus suites are skipped with a message on a user's machine, and fail
 * under {@code CI=true}: a missing corpus must never pass silently.
 */
public final class Corpus {
  private Corpus() {}

  /** The corpus root, or the test is skipped (fails under CI). */
  public static Path root() {
    Path root = locate();
    if (!Files.isDirectory(root)) {
      String why = "test corpus not found at " + root + " (set HERALD_CORPUS to the shared data folder)";
      if ("true".equalsIgnoreCase(System.getenv("CI"))) fail(why + "; under CI=true a missing corpus is a failure");
      assumeTrue(false, why);
    }
    return root;
  }

  /** A path inside the corpus, which must exist. */
  public static Path resolve(String relative) {
    Path p = root().resolve(relative);
    if (!Files.exists(p)) fail("corpus file missing: " + p);
    return p;
  }

  static Path locate() {
    String env = System.getenv("HERALD_CORPUS");
    if (env != null && !env.isBlank()) return Path.of(env);
    return projectRoot().resolve("../shared/data").normalize();
  }

  /** The checkout's root: Maven passes it to surefire as {@code herald.project.root}. */
  public static Path projectRoot() {
    String p = System.getProperty("herald.project.root");
    if (p != null && !p.isBlank()) return Path.of(p).toAbsolutePath();
    Path here = Path.of("").toAbsolutePath();
    return Files.exists(here.resolve("shared")) ? here : here.getParent();
  }
}
