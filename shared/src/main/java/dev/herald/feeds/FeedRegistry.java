package dev.herald.feeds;

import dev.herald.config.HeraldConfig;
import dev.herald.model.FeedHealth;
import dev.herald.model.FeedScope;
import dev.herald.model.FeedScopes;
import dev.herald.model.FeedSource;
import dev.herald.model.WorkspaceKey;
import dev.herald.store.FeedHealthStore;
import dev.herald.store.FeedStore;
import dev.herald.store.FeedStores;
import dev.herald.text.ControlChars;
import dev.herald.text.Echo;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Supplier;

/**
 * The feeds each workspace can see and change: the instance feeds (from {@code config/feeds.yaml}, visible to all)
 * plus the workspace's own (added from chat by its admins, stored). A workspace never sees, changes or learns of
 * another workspace's feeds. No network I/O: a new feed is read by the next poll, never inside a chat interaction.
 * Thread-safe when its stores and supplier are.
 */
public final class FeedRegistry {
  /** Feeds one workspace may add. */
  public static final int MAX_WORKSPACE_FEEDS = 50;
  /** How the ids of feeds added from chat begin. */
  static final String WORKSPACE_ID_PREFIX = "w-";
  /** The longest feed name kept, in UTF-16 units. */
  public static final int MAX_NAME = 100;

  private final Supplier<List<FeedSource>> instanceFeeds;
  private final FeedStore store;
  private final FeedHealthStore health;
  private final boolean allowPrivate;

  /**
   * @param instanceFeeds the instance feeds; called on every query, so it may reload the file when it changes
   * @param allowPrivate config {@code fetch.allow_private_addresses}
   */
  public FeedRegistry(Supplier<List<FeedSource>> instanceFeeds, FeedStore store, FeedHealthStore health,
      boolean allowPrivate) {
    this.instanceFeeds = Objects.requireNonNull(instanceFeeds, "instanceFeeds == null");
    this.store = Objects.requireNonNull(store, "store == null");
    this.health = Objects.requireNonNull(health, "health == null");
    this.allowPrivate = allowPrivate;
  }

  /**
   * The registry as Herald runs it: the instance's feeds and the stored workspace feeds with their health, addresses
   * checked as {@code fetch.allow_private_addresses} says.
   */
  public static FeedRegistry fromConfig(HeraldConfig.Fetch fetch, Supplier<List<FeedSource>> instanceFeeds,
      FeedStores stores) {
    return new FeedRegistry(instanceFeeds, stores.feeds(), stores.health(), fetch.allowPrivateAddresses());
  }

  /** Instance feeds, then the workspace's own, in the order they were added. */
  public List<FeedSource> visibleTo(WorkspaceKey workspace) {
    List<FeedSource> out = new ArrayList<>(instanceFeeds.get());
    out.addAll(store.forWorkspace(workspace));
    return out;
  }

  /** Every feed Herald polls: instance feeds and every workspace's. */
  public List<FeedSource> all() {
    List<FeedSource> out = new ArrayList<>(instanceFeeds.get());
    out.addAll(store.all());
    return out;
  }

  /**
   * Who may read each feed's articles, from the feeds configured and stored now. A feed no longer listed keeps the
   * instance's scope when its id is an instance id and becomes unreadable when it was a workspace's own (ids from
   * chat start with {@code w-}): a removed private feed's articles are never shown to anyone else.
   */
  public FeedScopes scopes() {
    return new FeedScopes() {
      @Override
      public Optional<FeedScope> of(String feedId) {
        return snapshot().of(feedId);
      }

      @Override
      public FeedScopes snapshot() {
        java.util.Map<String, FeedScope> known = new java.util.HashMap<>();
        for (FeedSource f : all()) known.put(f.id(), f.scope());
        return id -> Optional.ofNullable(known.get(id))
            .or(() -> id.startsWith(WORKSPACE_ID_PREFIX) ? Optional.empty() : Optional.of(FeedScope.INSTANCE));
      }
    };
  }

  /** A feed by id, when {@code workspace} may see it. */
  public Optional<FeedSource> find(WorkspaceKey workspace, String feedId) {
    return visibleTo(workspace).stream().filter(f -> f.id().equals(feedId)).findFirst();
  }

  /**
   * Adds a feed to one workspace.
   *
   * @param name the outlet's name; blank means each article's outlet is found from the site and the feed
   * @throws IllegalArgumentException with a one-line message for the user (bad URL, duplicate, too many feeds)
   */
  public FeedSource add(WorkspaceKey workspace, String url, String name, List<String> topics) {
    URI uri = FeedUrls.check(url, allowPrivate);
    List<FeedSource> visible = visibleTo(workspace);
    String key = sameFeedKey(uri);
    for (FeedSource f : visible) {
      if (sameFeedKey(f.url()).equals(key)) {
        throw new IllegalArgumentException("this feed is already there as \"" + f.label() + "\" (" + f.id() + ")");
      }
    }
    if (store.forWorkspace(workspace).size() >= MAX_WORKSPACE_FEEDS) {
      throw new IllegalArgumentException("a workspace can add at most " + MAX_WORKSPACE_FEEDS + " feeds");
    }
    String display = name == null ? "" : ControlChars.strip(name);
    display = Echo.cut(display, MAX_NAME).strip();
    FeedSource feed = new FeedSource(idFor(workspace, key), display, uri, topics, FeedScope.of(workspace),
        FeedSource.DEFAULT_POLL_INTERVAL);
    store.add(feed);
    return feed;
  }

  /** Removes one of the workspace's own feeds; false when it has no such feed (instance feeds included). */
  public boolean remove(WorkspaceKey workspace, String feedId) {
    boolean removed = store.remove(workspace, feedId);
    if (removed) health.delete(feedId);
    return removed;
  }

  /** The workspace's visible feeds with their health. */
  public List<FeedStatus> status(WorkspaceKey workspace) {
    return withHealth(visibleTo(workspace));
  }

  /** Every feed with its health (the CLI's view). */
  public List<FeedStatus> statusAll() {
    return withHealth(all());
  }

  private List<FeedStatus> withHealth(List<FeedSource> feeds) {
    List<FeedStatus> out = new ArrayList<>(feeds.size());
    for (FeedSource f : feeds) out.add(new FeedStatus(f, health.find(f.id()).orElse(FeedHealth.fresh(f.id()))));
    return out;
  }

  /** Clears failures and the disabled flag (after a manual check succeeded); the first-read state is kept. */
  public void reenable(String feedId) {
    health.find(feedId).ifPresent(h -> health.save(new FeedHealth(h.feedId(), 0, "", h.lastAttemptAt(),
        h.lastSuccessAt(), Optional.empty(), false, h.etag(), h.lastModified(), h.itemCount())));
  }

  /** Scheme-insensitive, lower-case host, no trailing slash: two spellings of one feed compare equal. */
  private static String sameFeedKey(URI uri) {
    String s = uri.toString().replaceFirst("^(?i)https?://", "");
    int slash = s.indexOf('/');
    String host = (slash < 0 ? s : s.substring(0, slash)).toLowerCase(Locale.ROOT);
    String rest = slash < 0 ? "" : s.substring(slash);
    while (rest.endsWith("/")) rest = rest.substring(0, rest.length() - 1);
    return host + rest;
  }

  private static String idFor(WorkspaceKey workspace, String key) {
    try {
      byte[] d = MessageDigest.getInstance("SHA-256")
          .digest((workspace + "\n" + key).getBytes(StandardCharsets.UTF_8));
      return WORKSPACE_ID_PREFIX + HexFormat.of().formatHex(d).substring(0, 12);
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }
}
