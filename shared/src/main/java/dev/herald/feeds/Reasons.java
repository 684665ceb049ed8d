package dev.herald.feeds;

import dev.herald.text.Echo;
import java.io.IOException;
import java.io.InterruptedIOException;
import java.net.ConnectException;
import java.net.NoRouteToHostException;
import java.net.SocketTimeoutException;
import java.net.UnknownHostException;
import javax.net.ssl.SSLException;
import javax.net.ssl.SSLHandshakeException;
import javax.net.ssl.SSLPeerUnverifiedException;

/** A fetch failure as the one line people see in feed health ("timed out", "unknown host x"). Stateless. */
public final class Reasons {
  private Reasons() {}

  public static String describe(IOException e) {
    if (e instanceof FeedException) return oneLine(e.getMessage());
    if (e instanceof GuardedDns.RefusedAddressException) return oneLine(e.getMessage());
    if (e instanceof UnknownHostException) return "unknown host " + oneLine(e.getMessage());
    if (e instanceof SocketTimeoutException || e instanceof InterruptedIOException) return "timed out";
    if (e instanceof ConnectException) return "connection refused";
    if (e instanceof NoRouteToHostException) return "no route to host";
    if (e instanceof SSLPeerUnverifiedException) return "TLS certificate not valid for this host";
    if (e instanceof SSLHandshakeException) return "TLS handshake failed: " + oneLine(e.getMessage());
    if (e instanceof SSLException) return "TLS error: " + oneLine(e.getMessage());
    String m = e.getMessage();
    return m == null || m.isBlank() ? e.getClass().getSimpleName() : oneLine(m);
  }

  /** Whether the fetch was refused because the address is private, loopback, link-local or otherwise reserved. */
  public static boolean refused(IOException e) {
    return e instanceof AddressRefusedException || e instanceof GuardedDns.RefusedAddressException;
  }

  /**
   * A fetch failure as a workspace's own feed shows it in chat: whatever kept Herald from reaching the server (a
   * refused address, connection refused, no route, a timeout, an unknown host, TLS) is one generic reason, so that
   * feed health cannot be used to map which addresses and ports answer. What the server said once reached (HTTP
   * status, not a feed) is shown as for any feed. The operator's log keeps the detailed {@link #describe}.
   */
  public static String forWorkspace(IOException e) {
    if (e instanceof AddressRefusedException || !(e instanceof FeedException)) return UNREACHABLE;
    return describe(e);
  }

  /** The generic reason of {@link #forWorkspace}. */
  public static final String UNREACHABLE = "could not reach the feed's server (refused, unreachable or timed out)";

  static String oneLine(String s) {
    if (s == null) return "";
    String line = s.lines().findFirst().orElse("").strip();
    return line.length() > 300 ? Echo.cut(line, 300) + "…" : line;
  }
}
