package dev.herald.bot.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.herald.testing.Corpus;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.DisabledOnOs;
import org.junit.jupiter.api.condition.OS;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code bot/herald} builds the jar on first use; a newcomer must see that the build is working. A fake {@code mvn}
 * that takes a few seconds stands in for Maven (nothing is downloaded).
 */
@DisabledOnOs(OS.WINDOWS)
class LauncherBuildProgressTest {
  @TempDir Path checkout;

  @Test
  void theFirstBuildReportsItsProgressAndElapsedTime() throws Exception {
    Files.createDirectories(checkout.resolve("bot"));
    Files.createDirectories(checkout.resolve("shared"));
    Files.copy(Corpus.projectRoot().resolve("bot/herald"), checkout.resolve("bot/herald"));
    for (String pom : new String[] {"pom.xml", "bot/pom.xml", "shared/pom.xml"}) Files.writeString(checkout.resolve(pom), "");
    Path fakes = Files.createDirectories(checkout.resolve("fake-bin"));
    // the fake moves on to its next step when the test has seen the launcher report the current one (at most 20 s)
    executable(fakes.resolve("mvn"), String.join("\n",
        "#!/usr/bin/env bash",
        "wait_for() { for i in $(seq 200); do [[ -e '" + checkout + "'/$1 ]] && return; sleep 0.1; done; }",
        "echo '[INFO] Downloaded from central: https://repo.example/a.jar (1 kB)'",
        "wait_for step1",
        "echo '[INFO] --- compiler:3.14.0:compile (default-compile) @ herald-shared ---'",
        "wait_for step2",
        "echo '[ERROR] a compilation error'",
        "exit 1", ""));

    ProcessBuilder pb = new ProcessBuilder("bash", checkout.resolve("bot/herald").toString(), "--help");
    pb.environment().put("PATH", fakes + ":" + System.getenv("PATH"));
    pb.environment().put("HERALD_BUILD_PROGRESS_SECONDS", "1");
    pb.redirectInput(ProcessBuilder.Redirect.from(new java.io.File("/dev/null")));
    Process p = pb.start();
    StringBuilder seen = new StringBuilder();
    try (java.io.BufferedReader err = new java.io.BufferedReader(
        new java.io.InputStreamReader(p.getErrorStream(), StandardCharsets.UTF_8))) {
      for (String line; (line = err.readLine()) != null; ) {
        seen.append(line).append('\n');
        if (line.contains("downloading dependencies")) Files.writeString(checkout.resolve("step1"), "");
        if (line.contains("herald-shared: compile")) Files.writeString(checkout.resolve("step2"), "");
      }
    }
    assertTrue(p.waitFor(60, TimeUnit.SECONDS), "the launcher finished");
    String err = seen.toString();
    assertEquals(1, p.exitValue(), err);
    assertTrue(err.startsWith("herald: building the application jar"), err);
    assertTrue(err.matches("(?s).*herald: still building \\(\\d+s\\): downloading dependencies \\(1 file\\)\n.*"), err);
    assertTrue(err.matches("(?s).*herald: still building \\(\\d+s\\): herald-shared: compile \\(1 file downloaded\\)\n.*"),
        err);
    assertTrue(err.contains("[ERROR] a compilation error\n"), err);
    assertTrue(err.matches("(?s).*herald: the build failed after \\d+s \\(full log: .*\\)\n"), err);
    Files.deleteIfExists(Path.of(err.replaceFirst("(?s).*\\(full log: (.*)\\)\n", "$1")));
  }

  private static void executable(Path file, String text) throws IOException {
    Files.writeString(file, text);
    Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rwxr-xr-x"));
  }
}
