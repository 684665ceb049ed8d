package dev.herald.model;

import java.util.Objects;
import java.util.Optional;

/**
 * Who owns a feed: the instance (config and CLI, visible to every workspace) or one workspace (added from chat by its
 * admins, visible to that workspace only).
 */
public record FeedScope(Optional<WorkspaceKey> workspace) {
  public static final FeedScope INSTANCE = new FeedScope(Optional.empty());

  public FeedScope {
    Objects.requireNonNull(workspace, "workspace == null");
  }

  public static FeedScope of(WorkspaceKey workspace) {
    return new FeedScope(Optional.of(workspace));
  }

  public boolean isInstance() {
    return workspace.isEmpty();
  }

  /** Whether channels of {@code w} may read this feed. */
  public boolean visibleTo(WorkspaceKey w) {
    return workspace.map(w::equals).orElse(true);
  }

  /** {@code "instance"} or the workspace key; the stored form. */
  public String key() {
    return workspace.map(WorkspaceKey::toString).orElse("instance");
  }

  public static FeedScope parse(String key) {
    return "instance".equals(key) ? INSTANCE : of(WorkspaceKey.parse(key));
  }
}
