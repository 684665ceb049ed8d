package dev.herald.testing;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.fail;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Golden files: {@code src/test/resources/<package>/<TestClass>/<name>}. A mismatch fails with a diff-friendly
 * message; run with {@code -Dherald.golden.update=true} to rewrite the files, then review them like code.
 */
public final class Golden {
  private Golden() {}

  public static void assertMatches(Class<?> testClass, String name, String actual) {
    Path file = Path.of("src/test/resources")
        .resolve(testClass.getPackageName().replace('.', '/'))
        .resolve(testClass.getSimpleName())
        .resolve(name);
    String normalised = actual.endsWith("\n") ? actual : actual + "\n";
    try {
      if (Boolean.getBoolean("herald.golden.update")) {
        Files.createDirectories(file.getParent());
        Files.writeString(file, normalised, StandardCharsets.UTF_8);
        return;
      }
      if (!Files.exists(file)) {
        fail("golden file missing: " + file.toAbsolutePath() + " (run with -Dherald.golden.update=true to create it)");
      }
      assertEquals(Files.readString(file, StandardCharsets.UTF_8), normalised, "golden file " + file);
    } catch (IOException e) {
      fail("cannot use golden file " + file + ": " + e);
    }
  }
}
