package dev.herald.feeds;

/** A server that answered with an error status. */
public final class HttpStatusException extends FeedException {
  private final int code;

  public HttpStatusException(int code, String status) {
    super(("HTTP " + code + " " + status).strip());
    this.code = code;
  }

  public int code() {
    return code;
  }
}
