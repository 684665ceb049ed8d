package dev.herald.bench;

import dev.herald.bot.Main;
import java.io.PrintWriter;
import java.util.List;

/**
 * The benchmark jar's entry point: Herald's own command line with {@code herald bench ...} added, so that
 * {@code bot/herald bench ...} runs here and the product jar holds no benchmark. Same exit statuses as {@link Main}.
 */
public final class BenchMain {
  private BenchMain() {}

  public static void main(String[] args) {
    System.exit(run(args, new PrintWriter(System.out, true), new PrintWriter(System.err, true)));
  }

  /** Runs one command line (benchmarks and every product command) with the given streams. */
  public static int run(String[] args, PrintWriter out, PrintWriter err) {
    return Main.run(args, out, err, List.of(new BenchCommand()));
  }
}
