package dev.herald.testing;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;

/** Local TCP ports for tests. */
public final class Ports {
  private Ports() {}

  /**
   * A port on this machine that nothing listened on a moment ago (the system's pick, closed again): a server that is
   * not there, or a port to bind next.
   */
  public static int unused() {
    try (ServerSocket s = new ServerSocket(0)) {
      return s.getLocalPort();
    } catch (IOException e) {
      throw new UncheckedIOException("no free local port", e);
    }
  }
}
