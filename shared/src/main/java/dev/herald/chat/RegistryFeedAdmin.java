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
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Consumer;

/**
 * {@code /herald feeds} over the {@link FeedRegistry}: a workspace lists what it reads (the instance's feeds and its
 * own) and adds or removes its own. Nothing here fetches: {@code check} reports the health the poller recorded and
 * hands the workspace's feeds to the poller to read at once.
 */
public final class RegistryFeedAdmin implements FeedAdmin {
  private final FeedRegistry registry;
  private final TopicDirectory topics;
  private final Consumer<Set<String>> pollNow;

  /**
   * @param topics the topics a feed may carry, as for subscriptions
   * @param pollNow asks the poller to read these feeds now, whatever their interval (it must not run inside the
   *     interaction: hand it to another thread)
   */
  public RegistryFeedAdmin(FeedRegistry registry, TopicDirectory topics, Consumer<Set<String>> pollNow) {
    this.registry = registry;
    this.topics = topics;
    this.pollNow = pollNow;
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
        if (!this.topics.names().contains(t)) {
          throw new IllegalArgumentException("Unknown topic \u201c" + Echo.of(t) + "\u201d. Topics: "
              + String.join(", ", this.topics.names()) + ".");
        }
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
    pollNow.accept(Set.of(added.id()));
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
    Set<String> ids = new TreeSet<>();
    for (FeedStatus s : registry.status(workspace)) {
      if (s.state() != FeedStatus.State.DISABLED) ids.add(s.feed().id());
    }
    pollNow.accept(ids);
    List<String> lines = new ArrayList<>(list(workspace));
    lines.add(ids.isEmpty() ? "No feed to poll." : "Polling " + (ids.size() == 1 ? "this feed" : "these "
        + ids.size() + " feeds") + " now; run /herald feeds in a minute for the fresh results.");
    return lines;
  }
}
