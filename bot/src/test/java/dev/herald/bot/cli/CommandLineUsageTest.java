package dev.herald.bot.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import picocli.CommandLine;
import picocli.CommandLine.Model.CommandSpec;

/** Command-line mistakes get one line on stderr and exit status 2, for every command; the help is never cut. */
class CommandLineUsageTest {
  @TempDir Path home;

  /** Every command and subcommand, as the words that name it ("feeds add"). */
  static Stream<String> everyCommand() {
    List<String> out = new ArrayList<>();
    walk(new CommandLine(new HeraldCommand()), "", out);
    return out.stream();
  }

  private static void walk(CommandLine cli, String prefix, List<String> out) {
    for (CommandLine sub : cli.getSubcommands().values()) {
      String name = (prefix + " " + sub.getCommandName()).strip();
      if (!out.contains(name)) out.add(name);
      walk(sub, name, out);
    }
  }

  private static CommandSpec spec(String command) {
    CommandLine cli = new CommandLine(new HeraldCommand());
    for (String word : command.split(" ")) cli = cli.getSubcommands().get(word);
    return cli.getCommandSpec();
  }

  private CliRun run(String command, String... more) {
    List<String> args = new ArrayList<>(List.of(command.split(" ")));
    args.addAll(List.of(more));
    return CliRun.run(home, args.toArray(String[]::new));
  }

  private static void oneLineUsageError(CliRun r, String command, String what) {
    assertEquals(2, r.status(), r.err());
    assertEquals(1, r.err().lines().count(), "one line: " + r.err());
    assertTrue(r.err().matches("(?s)herald " + java.util.regex.Pattern.quote(command) + ": (" + what + ").*"),
        r.err());
    assertTrue(r.err().strip().endsWith("(herald " + command + " --help for usage)"), r.err());
    assertEquals("", r.out());
  }

  @ParameterizedTest(name = "herald {0}")
  @MethodSource("everyCommand")
  void anUnknownOptionIsOneLine(String command) {
    // a command that requires something says so first
    oneLineUsageError(run(command, "--no-such-option"), command, "Unknown option: '--no-such-option'|Missing required");
  }

  @ParameterizedTest(name = "herald {0}")
  @MethodSource("everyCommand")
  void aMissingRequiredArgumentIsOneLine(String command) {
    CommandSpec spec = spec(command);
    boolean requires = spec.options().stream().anyMatch(o -> o.required())
        || spec.positionalParameters().stream().anyMatch(p -> p.required());
    if (!requires) return; // nothing to leave out
    oneLineUsageError(run(command), command, "Missing required");
  }

  @Test
  void badValuesAreOneLineNamingTheOption() {
    oneLineUsageError(run("digest", "--format", "pdf", "--feeds", "x"), "digest",
        "Invalid value for option '--format': expected one of \\[text, json, slack, discord\\]");
    oneLineUsageError(run("digest", "--feeds", "x", "--format", "bogus"), "digest",
        "Invalid value for option '--format'");
    oneLineUsageError(run("summarize", "--in", "x", "--max-words", "abc"), "summarize",
        "Invalid value for option '--max-words': 'abc' is not an int");
    oneLineUsageError(run("parse"), "parse", "Missing required parameter: 'FILE\\|URL'");
  }

  @Test
  void anUnknownCommandSuggestsTheNearOnes() {
    CliRun r = CliRun.run(home, "digets");
    assertEquals(2, r.status());
    assertEquals("herald: Unmatched argument at index 0: 'digets'; did you mean digest? (herald --help for usage)\n",
        r.err());
  }

  @ParameterizedTest(name = "herald {0}")
  @MethodSource("everyCommand")
  void theCommandListShowsWholeSentences(String command) {
    String[] description = spec(command).usageMessage().description();
    assertTrue(description.length > 0, command + " has a description");
    String first = description[0].strip();
    assertTrue(first.endsWith(".") || first.endsWith(".)"), command + "'s first line is cut: " + first);
  }

  @Test
  void topLevelHelpListsEveryCommandWhole() {
    CliRun r = CliRun.run(home, "--help");
    assertEquals(0, r.status());
    assertTrue(r.out().contains("run        Run Herald: poll feeds, post briefings and alerts"), r.out());
    assertTrue(!r.out().contains("it runs the\n"), r.out());
  }
}
