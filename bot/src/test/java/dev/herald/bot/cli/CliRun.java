package dev.herald.bot.cli;

import dev.herald.bot.Main;
import java.io.PrintWriter;
import java.io.StringWriter;

/** Runs one command line in-process and keeps its exit status, stdout and stderr. */
record CliRun(int status, String out, String err) {
  static CliRun of(String... args) {
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    int status = Main.run(args, new PrintWriter(out, true), new PrintWriter(err, true));
    return new CliRun(status, out.toString(), err.toString());
  }
}
