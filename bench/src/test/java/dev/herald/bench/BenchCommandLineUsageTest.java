package dev.herald.bench;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.herald.bot.cli.CliRun;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import picocli.CommandLine;

/** The bench commands keep the CLI's rules (see CommandLineUsageTest): one-line usage errors, whole descriptions. */
class BenchCommandLineUsageTest {
  /** "bench" and every subcommand, as the words that name it ("bench fanout"). */
  static Stream<String> everyBenchCommand() {
    List<String> out = new ArrayList<>(List.of("bench"));
    for (String sub : new CommandLine(new BenchCommand()).getSubcommands().keySet()) out.add("bench " + sub);
    return out.stream();
  }

  @ParameterizedTest(name = "herald {0}")
  @MethodSource("everyBenchCommand")
  void anUnknownOptionIsOneLine(String command) {
    List<String> args = new ArrayList<>(List.of(command.split(" ")));
    args.add("--no-such-option");
    CliRun r = BenchCli.run(args.toArray(String[]::new));
    assertEquals(2, r.status(), r.err());
    assertEquals(1, r.err().lines().count(), "one line: " + r.err());
    assertTrue(r.err().matches("(?s)herald " + java.util.regex.Pattern.quote(command)
        + ": (Unknown option: '--no-such-option'|Missing required).*"), r.err());
    assertEquals("", r.out());
  }

  @ParameterizedTest(name = "herald {0}")
  @MethodSource("everyBenchCommand")
  void theCommandListShowsWholeSentences(String command) {
    CommandLine cli = new CommandLine(new BenchCommand());
    String[] words = command.split(" ");
    for (int i = 1; i < words.length; i++) cli = cli.getSubcommands().get(words[i]);
    String[] description = cli.getCommandSpec().usageMessage().description();
    assertTrue(description.length > 0, command + " has a description");
    String first = description[0].strip();
    assertTrue(first.endsWith(".") || first.endsWith(".)"), command + "'s first line is cut: " + first);
  }

  @Test
  void theBenchJarAddsBenchToEveryProductCommand() {
    CliRun r = BenchCli.run("--help");
    assertEquals(0, r.status());
    assertTrue(r.out().contains("bench ") && r.out().contains("digest "), r.out());
  }
}
