package dev.herald.bot.cli;

import dev.herald.config.FeedsConfig;
import dev.herald.config.FeedsFile;
import dev.herald.feeds.FeedUrls;
import dev.herald.model.Topic;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code herald feeds add URL}: appends an instance feed to config/feeds.yaml. */
@Command(name = "add", mixinStandardHelpOptions = true,
    description = "Add an instance feed (visible to every workspace) to config/feeds.yaml, keeping its comments.")
final class FeedsAddCommand implements Runnable {
  @Spec CommandSpec spec;

  @Parameters(paramLabel = "URL", description = "an http(s) feed URL, or a local feed file")
  String url;

  @Option(names = "--id", description = "a short id: lower-case letters, digits, '.', '_', '-' (default: from the host)")
  String id;

  @Option(names = "--name", description = "the outlet's name (default: the host)")
  String name;

  @Option(names = "--topics", split = ",", description = "topics its articles carry, comma-separated")
  List<String> topics = new ArrayList<>();

  @Option(names = "--interval", description = "minutes between fetches (default ${DEFAULT-VALUE})", defaultValue = "10")
  int interval;

  @Option(names = "--file", paramLabel = "FEEDS_YAML", description = "the instance feed list (default: config/feeds.yaml)")
  Path file;

  @Override
  public void run() {
    try (FeedsContext ctx = new FeedsContext(file)) {
      String entryUrl;
      String host;
      String lower = url.strip().toLowerCase(Locale.ROOT);
      if (lower.startsWith("http://") || lower.startsWith("https://")) {
        URI uri;
        try {
          uri = FeedUrls.check(url, ctx.config.fetch().allowPrivateAddresses());
        } catch (IllegalArgumentException e) {
          throw new CliFailure(e.getMessage());
        }
        entryUrl = uri.toString();
        host = uri.getHost().toLowerCase(Locale.ROOT);
      } else {
        Path local = Path.of(url).toAbsolutePath().normalize();
        if (!Files.isRegularFile(local)) throw new CliFailure(url + ": no such file (give an http(s) URL or a file)");
        FeedNames.check(local);
        Path dir = ctx.feedsFile.getParent();
        entryUrl = local.startsWith(dir) ? dir.relativize(local).toString() : local.toString();
        host = local.getFileName().toString().replaceFirst("\\.[^.]*$", "");
      }
      var known = FeedsConfig.knownTopics(ctx.home);
      for (String t : topics) {
        if (!Topic.isValidName(t)) throw new CliFailure("not a topic name (lower-case letters, digits, '-'): " + t);
        if (known.isPresent() && !known.get().contains(t)) {
          throw new CliFailure("--topics " + FeedsConfig.unknownTopic(t, known.get()));
        }
      }
      if (interval < 1 || interval > 24 * 60) throw new CliFailure("--interval must be 1 to 1440 minutes");
      String feedId = id != null ? id : defaultId(host);
      if (!feedId.matches("[a-z0-9][a-z0-9._-]{0,63}")) {
        throw new CliFailure("--id must be lower-case letters, digits, '.', '_' or '-' (at most 64): " + feedId);
      }
      String feedName = name != null && !name.isBlank() ? name.strip() : host;
      FeedsFile.add(ctx.home, ctx.feedsFile, feedId, feedName, entryUrl, topics, interval);
      spec.commandLine().getOut().println("added " + feedId + " (" + feedName + ") to " + ctx.feedsFile
          + "; it is read at the next poll (try: bot/herald feeds check " + feedId + ")");
    }
  }

  static String defaultId(String host) {
    String h = host.startsWith("www.") ? host.substring(4) : host;
    String id = h.replaceAll("[^a-z0-9._-]", "-").replaceAll("^[^a-z0-9]+", "");
    return id.length() > 64 ? id.substring(0, 64) : id.isEmpty() ? "feed" : id;
  }
}
