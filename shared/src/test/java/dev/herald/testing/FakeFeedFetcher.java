package dev.herald.testing;

import dev.herald.feeds.FeedFetcher;
import dev.herald.feeds.FetchResult;
import dev.herald.feeds.Validators;
import dev.herald.model.FeedSource;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * A {@link FeedFetcher} that serves what a test set for each feed id: a document (every fetch until changed), or a
 * failure. It records the validators each fetch sent. Thread-safe.
 */
public final class FakeFeedFetcher implements FeedFetcher {
  private final Map<String, Object> responses = new HashMap<>();
  private final List<Validators> sent = new ArrayList<>();

  /** Serves {@code xml} for {@code feedId}, with an ETag derived from its content. */
  public synchronized FakeFeedFetcher serve(String feedId, String xml) {
    responses.put(feedId, xml);
    return this;
  }

  /** Fails every fetch of {@code feedId} with {@code failure}. */
  public synchronized FakeFeedFetcher fail(String feedId, IOException failure) {
    responses.put(feedId, failure);
    return this;
  }

  public synchronized List<Validators> sent() {
    return List.copyOf(sent);
  }

  @Override
  public synchronized FetchResult fetch(FeedSource feed, Validators validators) throws IOException {
    sent.add(validators);
    Object r = responses.get(feed.id());
    if (r == null) throw new IOException("no response set for " + feed.id());
    if (r instanceof IOException e) throw e;
    String xml = (String) r;
    String etag = "\"" + Integer.toHexString(xml.hashCode()) + "\"";
    if (etag.equals(validators.etag())) return new FetchResult.NotModified(validators);
    return new FetchResult.Fetched(xml.getBytes(StandardCharsets.UTF_8), Optional.empty(), feed.url(),
        new Validators(etag, ""));
  }
}
