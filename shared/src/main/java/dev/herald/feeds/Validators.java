package dev.herald.feeds;

import java.util.Objects;

/** HTTP validators from the last successful fetch, sent back for a conditional GET; "" when absent. */
public record Validators(String etag, String lastModified) {
  public static final Validators NONE = new Validators("", "");

  public Validators {
    Objects.requireNonNull(etag, "etag == null");
    Objects.requireNonNull(lastModified, "lastModified == null");
  }
}
