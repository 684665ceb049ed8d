package dev.herald.bot.cli;

import com.fasterxml.jackson.databind.JsonNode;
import dev.herald.bot.console.ConsoleRenderer;
import dev.herald.bot.discord.DiscordPayloads;
import dev.herald.bot.offline.OfflineRun;
import dev.herald.bot.offline.StoryViews;
import dev.herald.bot.offline.ViewJson;
import dev.herald.bot.slack.SlackPayloads;
import dev.herald.chat.ChatService;
import dev.herald.chat.ScheduleListener;
import dev.herald.model.Briefing;
import dev.herald.model.Channel;
import dev.herald.model.ChannelKey;
import dev.herald.model.FeedSource;
import dev.herald.model.Platform;
import dev.herald.render.BriefingView;
import dev.herald.render.Phrases;
import dev.herald.render.StoryView;
import dev.herald.render.Views;
import dev.herald.store.Database;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * An offline briefing from local feed files, as text, as the neutral JSON, or as the exact Slack or Discord payloads
 * delivery would send (one message per story). Nothing is stored and nothing is sent.
 */
@Command(
    name = "digest",
    mixinStandardHelpOptions = true,
    description = {
        "Write a briefing from local feed files without storing or sending anything.",
        "The clock is set to the newest item, so the same files always give the same briefing."})
final class DigestCommand implements Callable<Integer> {
  enum Format { text, json, slack, discord }

  @Spec CommandSpec spec;

  @Option(names = "--feeds", arity = "1..*", required = true, paramLabel = "PATH",
      description = "Feed files (RSS, Atom, RDF, JSON Feed), or directories of them.")
  List<String> paths;

  @Option(names = "--format", defaultValue = "text", paramLabel = "FORMAT",
      description = "text, json, slack or discord (default: ${DEFAULT-VALUE}).")
  Format format;

  @Option(names = "--channel", defaultValue = "C0HERALD", paramLabel = "ID",
      description = "The channel id written into Slack payloads (default: ${DEFAULT-VALUE}).")
  String channelId;

  @Option(names = "--views", split = ",", paramLabel = "KIND",
      description = {"Print every payload Herald would send for the briefing's stories, one per line, each marked"
          + " with its kind: cards (the posted cards), sources (/sources), sections (/expand and the Expand"
          + " button), lookup (/brief). Without it: the cards only, unmarked."})
  List<String> views;

  @Override
  public Integer call() {
    PrintWriter out = spec.commandLine().getOut();
    List<FeedSource> feeds = feeds();
    try (OfflineRun run = OfflineRun.start(CliHome.config(CliHome.home()), Database.inMemory(), feeds,
        CliHome.version())) {
      ZoneId zone = run.herald().config().timeZone();
      Channel channel = Channel.of(ChannelKey.of(Platform.CONSOLE, "offline", "digest"), zone);
      Briefing briefing = run.briefing(channel);
      BriefingView view = Views.briefing(briefing, zone, Optional.empty(), run.herald().relatedFor(channel));
      if (views != null) {
        Set<StoryViews.Kind> kinds = EnumSet.noneOf(StoryViews.Kind.class);
        for (String v : views) kinds.add(StoryViews.Kind.parse(v));
        ChatService chat = run.herald().chat(ScheduleListener.NONE, ids -> {}).build();
        ViewsPrinter.print(out, format, channelId, StoryViews.of(chat, channel.key(), view, kinds));
        return 0;
      }
      switch (format) {
        case text -> out.print(ConsoleRenderer.render(view));
        case json -> out.println(JsonLines.pretty(ViewJson.briefing(view)));
        case slack -> SlackPayloads.briefing(channelId, view).forEach(p -> out.println(JsonLines.line(p)));
        case discord -> {
          for (StoryView s : view.messages()) {
            JsonNode body = DiscordPayloads.post(s, "story:" + s.storyId() + ":v" + s.version());
            out.println(DiscordPayloads.compact(body));
          }
        }
      }
    } catch (IllegalArgumentException e) {
      throw new CliFailure(e.getMessage());
    }
    return 0;
  }

  /**
   * One instance feed per file, its id from the file name; directories give their feed files. A file in a directory
   * that is not a feed (a LICENSE, a README) is skipped, and the skipped files are named in one line on stderr; a file
   * named on the command line must be a feed.
   */
  private List<FeedSource> feeds() {
    List<Path> named = new ArrayList<>();
    List<Path> listed = new ArrayList<>();
    for (String given : paths) {
      if (given.matches("(?i)[a-z][a-z0-9+.-]*://.*")) {
        throw new CliFailure(given + ": digest reads local feed files; save the feed first (bot/herald parse prints"
            + " a URL's items) or add it with bot/herald feeds add");
      }
      Path p = Path.of(given);
      if (Files.isDirectory(p)) {
        try (var s = Files.list(p)) {
          s.filter(Files::isRegularFile).filter(DigestCommand::looksLikeFeed).sorted().forEach(listed::add);
        } catch (java.io.IOException e) {
          throw new CliFailure(p + ": cannot list: " + e.getMessage());
        }
      } else if (Files.isRegularFile(p)) {
        named.add(p);
      } else {
        throw new CliFailure(p + ": no such file or directory");
      }
    }
    List<FeedSource> feeds = new ArrayList<>();
    List<String> skipped = new ArrayList<>();
    Set<String> ids = new HashSet<>();
    for (Path f : named) {
      FeedNames.check(f);
      feeds.add(feed(f, ids));
    }
    for (Path f : listed) {
      try {
        FeedNames.check(f);
      } catch (CliFailure notAFeed) {
        skipped.add(f.getFileName().toString());
        continue;
      }
      feeds.add(feed(f, ids));
    }
    if (!skipped.isEmpty()) {
      String shown = String.join(", ", skipped.subList(0, Math.min(5, skipped.size())))
          + (skipped.size() > 5 ? " and " + (skipped.size() - 5) + " more" : "");
      spec.commandLine().getErr().println("herald: skipped " + Phrases.count(skipped.size(), "file", "files")
          + (skipped.size() == 1 ? " that is not a feed: " : " that are not feeds: ") + shown);
    }
    if (feeds.isEmpty()) throw new CliFailure("no feed files in " + paths);
    return feeds;
  }

  /** A feed without a configured name: each article's outlet comes from the feed and its site, as for any unnamed feed. */
  private static FeedSource feed(Path f, Set<String> ids) {
    String base = f.getFileName().toString().toLowerCase(Locale.ROOT).replaceAll("\\.[a-z0-9]+$", "")
        .replaceAll("[^a-z0-9._-]+", "-").replaceAll("^[^a-z0-9]+", "");
    String id = base.isEmpty() ? "feed" : base.length() > 60 ? base.substring(0, 60) : base;
    for (int i = 2; !ids.add(id); i++) id = base + "-" + i;
    return FeedSource.of(id, "", f.toAbsolutePath().toUri(), List.of());
  }

  private static boolean looksLikeFeed(Path p) {
    String n = p.getFileName().toString().toLowerCase(Locale.ROOT);
    return !n.startsWith(".") && !n.endsWith(".md") && !n.endsWith(".yaml") && !n.endsWith(".yml")
        && !n.endsWith(".txt") && !n.endsWith(".jsonl");
  }
}
