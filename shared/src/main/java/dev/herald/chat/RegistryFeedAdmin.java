package dev.herald.chat;

import dev.herald.feeds.FeedRegistry;
import dev.herald.feeds.FeedStatus;
import dev.herald.model.FeedSource;
import dev.herald.model.Topic;
import dev.herald.model.WorkspaceKey;
import dev.herald.text.Echo;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * {@code /herald feeds} over the {@link FeedRegistry}: a workspace lists what it reads (the instance's feeds and its
 * own) and adds or removes its own. Nothing here fetches: {@code check} reports the health the poller recorded and
 * asks it to poll the workspace's feeds now.
 */
public final class RegistryFeedAdmin implements FeedAdmin {
  private final FeedRegistry registry;
  private final Runnable pollSoon;

  /** @param pollSoon asks the poller for an early round (it never runs inside the interaction) */
  public RegistryFeedAdmin(FeedRegistry registry, Runnable pollSoon) {
    this.registry = registry;
    this.pollSoon = pollSoon;
  }

  @Override
  public List<String> list(WorkspaceKey workspace) {
    List<String> lines = new ArrayList<>();
    for (FeedStatus s : registry.status(workspace)) {
      FeedSource f = s.feed();
      String scope = f.scope().isInstance() ? "instance" : "this workspace";
      String topics = f.topics().isEmpty() ? "" : " \u00b7 topics: " + String.join(", ", f.topics());
      lines.add(f.id() + " \u00b7 " + f.label() + " (" + scope + ") \u00b7 " + s.describe() + topics);
    }
    return lines;
  }

  /** {@code <url> [name words...] [#topic ...]}: words starting with '#' are topics, the rest the name. */
  @Override
  public String add(WorkspaceKey workspace, List<String> args) {
    String url = args.get(0);
    List<String> name = new ArrayList<>();
    List<String> topics = new ArrayList<>();
    for (String a : args.subList(1, args.size())) {
      if (a.startsWith("#") && a.length() > 1) {
        String t = a.substring(1).toLowerCase(Locale.ROOT);
        if (!Topic.isValidName(t)) throw new IllegalArgumentException("\u201c" + Echo.of(a) + "\u201d is not a topic name.");
        topics.add(t);
      } else {
        name.add(a);
      }
    }
    FeedSource added;
    try {
      added = registry.add(workspace, url, String.join(" ", name), topics);
    } catch (IllegalArgumentException e) {
      throw new IllegalArgumentException(sentence(e.getMessage()), e);
    }
    pollSoon.run();
    return "Added " + added.label() + " as " + added.id() + "; its first items arrive within a few minutes"
        + " (a new feed never triggers alerts for what it already had).";
  }

  /** The registry's reasons are clauses ("a workspace can add at most 50 feeds"); chat shows sentences. */
  private static String sentence(String reason) {
    String s = reason.isEmpty() ? "That feed cannot be added" : Character.toUpperCase(reason.charAt(0)) + reason.substring(1);
    return s.endsWith(".") ? s : s + ".";
  }

  @Override
  public String remove(WorkspaceKey workspace, String feedId) {
    if (!registry.remove(workspace, feedId)) {
      throw new IllegalArgumentException("This workspace has no feed of its own called " + Echo.of(feedId)
          + "; see /herald feeds (instance feeds are changed in config/feeds.yaml).");
    }
    return "Removed " + feedId + ". Stories already posted stay as they are.";
  }

  @Override
  public List<String> check(WorkspaceKey workspace) {
    pollSoon.run();
    List<String> lines = new ArrayList<>(list(workspace));
    lines.add("Polling these feeds now; run /herald feeds again in a minute for fresh results.");
    return lines;
  }
}
