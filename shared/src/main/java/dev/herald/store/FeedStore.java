package dev.herald.store;

import dev.herald.model.FeedSource;
import dev.herald.model.WorkspaceKey;
import java.util.List;
import java.util.Optional;

/**
 * Workspace feeds, added from chat by a workspace's admins (instance feeds live in {@code config/feeds.yaml}). Every
 * query by workspace returns that workspace's feeds only. Thread-safe.
 */
public interface FeedStore {
  /** Adds a workspace-scoped feed; its id must be new. */
  void add(FeedSource feed);

  /** Removes the feed if it belongs to {@code workspace}; false when there is no such feed there. */
  boolean remove(WorkspaceKey workspace, String feedId);

  Optional<FeedSource> find(String feedId);

  List<FeedSource> forWorkspace(WorkspaceKey workspace);

  /** Every workspace feed of every workspace, for the poller. */
  List<FeedSource> all();
}
