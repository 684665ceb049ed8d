package dev.herald.bot;

import dev.herald.bot.cli.CliFailure;
import dev.herald.bot.cli.HeraldCommand;
import dev.herald.config.ConfigException;
import dev.herald.text.ControlChars;
import java.io.PrintWriter;
import java.util.List;
import picocli.CommandLine;

/** Entry point: parses the command line and runs a subcommand. Exit 0 on success, 2 on bad input, 1 on a bug. */
public final class Main {
  private Main() {}

  public static void main(String[] args) {
    System.exit(run(args, new PrintWriter(System.out, true), new PrintWriter(System.err, true)));
  }

  /** Runs one command line with the given streams; the exit status is returned, not taken. */
  public static int run(String[] args, PrintWriter out, PrintWriter err) {
    return run(args, out, err, List.of());
  }

  /**
   * Runs one command line with {@code extraSubcommands} (picocli {@code @Command} objects) added to {@code herald}:
   * how the benchmark jar adds {@code herald bench} without the product knowing it.
   */
  public static int run(String[] args, PrintWriter out, PrintWriter err, List<Object> extraSubcommands) {
    CommandLine cli = new CommandLine(new HeraldCommand());
    for (Object command : extraSubcommands) cli.addSubcommand(command);
    cli.setOut(out);
    cli.setErr(err);
    cli.setParameterExceptionHandler((e, ignoredArgs) -> {
      err.println(usageError(e));
      return 2;
    });
    cli.setExecutionExceptionHandler((e, commandLine, parseResult) -> {
      // messages may quote feed files, servers and config: one escaped line
      if (e instanceof CliFailure || e instanceof ConfigException) {
        err.println("herald: " + ControlChars.escape(e.getMessage()));
        return 2;
      }
      err.println("herald: internal error: " + ControlChars.escape(e.toString()));
      e.printStackTrace(err);
      return 1;
    });
    try {
      return cli.execute(args);
    } finally {
      // print() does not flush an auto-flushing writer: without this, output short of a full buffer is lost
      out.flush();
      err.flush();
    }
  }

  /**
   * A command-line mistake in one line: the command, what was wrong, and where the full usage is
   * ({@code herald digest: Invalid value for option '--format': ... (herald digest --help)}).
   */
  static String usageError(CommandLine.ParameterException e) {
    String command = e.getCommandLine().getCommandSpec().qualifiedName(" ");
    String message = e.getMessage() == null ? e.toString() : e.getMessage().lines().findFirst().orElse("").strip();
    if (e instanceof CommandLine.UnmatchedArgumentException u && !u.getSuggestions().isEmpty()) {
      message += "; did you mean " + String.join(" or ", u.getSuggestions()) + "?";
    }
    return command + ": " + message + " (" + command + " --help for usage)";
  }
}
