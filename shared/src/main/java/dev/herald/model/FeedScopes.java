package dev.herald.model;

import java.util.Optional;

/**
 * Who may read each feed's articles: the instance's feeds everyone, a workspace's own feeds that workspace. Summaries
 * are written once per scope from this. Implementations are thread-safe.
 */
@FunctionalInterface
public interface FeedScopes {
  /** Every feed is the instance's: a Herald without workspace feeds. */
  FeedScopes INSTANCE_ONLY = feedId -> Optional.of(FeedScope.INSTANCE);

  /** The scope of {@code feedId}'s articles; empty when no one may read them any more (a removed private feed). */
  Optional<FeedScope> of(String feedId);

  /** A view of the scopes fixed for one piece of work (one summary), so it reads the feed lists once. */
  default FeedScopes snapshot() {
    return this;
  }
}
