package dev.herald.bot.cli;

import dev.herald.bot.Main;
import dev.herald.testing.Corpus;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.OutputStreamWriter;
import java.nio.charset.StandardCharsets;
import java.io.UncheckedIOException;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.List;

/** Runs the CLI in-process, capturing its exit status, stdout and stderr: the one CLI runner of every module. */
public record CliRun(int status, String out, String err) {
  /**
   * Runs one command line with whatever home the JVM has, on writers built as {@code Main.main} builds them
   * (auto-flushing, over a byte stream), so that output the command forgets to flush is lost here too.
   */
  public static CliRun of(String... args) {
    return with(List.of(), args);
  }

  /** Runs one command line with {@code extraSubcommands} added to {@code herald}, as the benchmark jar does. */
  public static CliRun with(List<Object> extraSubcommands, String... args) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    ByteArrayOutputStream err = new ByteArrayOutputStream();
    int status = Main.run(args, new PrintWriter(new OutputStreamWriter(out, StandardCharsets.UTF_8), true),
        new PrintWriter(new OutputStreamWriter(err, StandardCharsets.UTF_8), true), extraSubcommands);
    return new CliRun(status, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
  }

  /** Runs one command line with {@code home} as Herald's home (the {@code herald.home} property). */
  public static CliRun run(Path home, String... args) {
    return run(home, List.of(), args);
  }

  /** Runs one command line with {@code home} as Herald's home and {@code extraSubcommands} added. */
  public static CliRun run(Path home, List<Object> extraSubcommands, String... args) {
    String previous = System.getProperty("herald.home");
    System.setProperty("herald.home", home.toString());
    try {
      return with(extraSubcommands, args);
    } finally {
      if (previous == null) System.clearProperty("herald.home");
      else System.setProperty("herald.home", previous);
    }
  }

  /** A fresh home holding a copy of the project's shipped config/ (settings, feeds, topics, samples). */
  public static Path homeWithShippedConfig(Path dir) {
    Path source = Corpus.projectRoot().resolve("config");
    Path target = dir.resolve("config");
    try {
      Files.walkFileTree(source, new SimpleFileVisitor<>() {
        @Override
        public FileVisitResult preVisitDirectory(Path d, BasicFileAttributes a) throws IOException {
          Files.createDirectories(target.resolve(source.relativize(d)));
          return FileVisitResult.CONTINUE;
        }

        @Override
        public FileVisitResult visitFile(Path f, BasicFileAttributes a) throws IOException {
          Files.copy(f, target.resolve(source.relativize(f)), StandardCopyOption.REPLACE_EXISTING);
          return FileVisitResult.CONTINUE;
        }
      });
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return dir;
  }
}
