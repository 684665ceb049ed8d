package dev.herald.bot.cli;

import dev.herald.feeds.FeedStatus;
import dev.herald.model.FeedHealth;
import dev.herald.model.FeedSource;
import dev.herald.text.ControlChars;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code herald feeds list}: every feed with its scope and health. */
@Command(name = "list", mixinStandardHelpOptions = true,
    description = "List instance feeds (config/feeds.yaml) and workspace feeds (database) with their health.")
final class FeedsListCommand implements Runnable {
  @Spec CommandSpec spec;

  @Option(names = "--json", description = "one JSON object per feed")
  boolean json;

  @Option(names = "--file", paramLabel = "FEEDS_YAML", description = "the instance feed list (default: config/feeds.yaml)")
  Path file;

  @Override
  public void run() {
    PrintWriter out = spec.commandLine().getOut();
    try (FeedsContext ctx = new FeedsContext(file)) {
      List<FeedStatus> all = new ArrayList<>();
      if (ctx.hasDatabase()) {
        all.addAll(ctx.registry().statusAll());
      } else {
        for (FeedSource f : ctx.instanceFeeds()) all.add(new FeedStatus(f, FeedHealth.fresh(f.id())));
      }
      if (all.isEmpty()) spec.commandLine().getErr().println("herald: no feeds configured in " + ctx.feedsFile);
      for (FeedStatus s : all) {
        FeedSource f = s.feed();
        if (json) {
          Map<String, Object> line = new LinkedHashMap<>();
          line.put("id", f.id());
          line.put("name", f.label());
          line.put("url", f.url().toString());
          line.put("scope", f.scope().key());
          line.put("topics", f.topics());
          line.put("state", s.state().name().toLowerCase(java.util.Locale.ROOT));
          line.put("status", s.describe());
          JsonLines.write(out, line);
        } else {
          // names come from feed files, feeds.yaml and chat admins; health from feed servers: escaped
          out.println(ControlChars.escape(f.id() + "  [" + f.scope().key() + "]  " + f.label() + "  <" + f.url()
              + ">  " + String.join(",", f.topics())) + "\n    " + ControlChars.escape(s.describe()));
        }
      }
    }
    out.flush();
  }
}
