package dev.herald.bench.fanout;

import java.io.IOException;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;

/**
 * An attacker's slow clients: {@code n} connections to a port, half dripping a request's headers and half a signed
 * request's body, one byte every {@code drip} (Slowloris). A connection the server closes is opened again at once,
 * so {@code n} stay connected for as long as the attack runs. Counts how often the server cut one off.
 */
final class SlowClients implements AutoCloseable {
  private final int port;
  private final List<Socket> sockets = new ArrayList<>();
  private final ScheduledExecutorService drip = Executors.newSingleThreadScheduledExecutor(r -> {
    Thread t = new Thread(r, "slow-clients");
    t.setDaemon(true);
    return t;
  });
  private final AtomicLong cutOff = new AtomicLong();

  SlowClients(int port, int n, long dripMillis) throws IOException {
    this.port = port;
    for (int i = 0; i < n; i++) sockets.add(open(i));
    drip.scheduleWithFixedDelay(this::dripAll, dripMillis, dripMillis, TimeUnit.MILLISECONDS);
  }

  /** How many times the server closed a slow connection. */
  long cutOff() {
    return cutOff.get();
  }

  private synchronized void dripAll() {
    for (int i = 0; i < sockets.size(); i++) {
      try {
        Socket s = sockets.get(i);
        if (closedByServer(s)) throw new IOException("closed");
        OutputStream out = s.getOutputStream();
        out.write('a');
        out.flush();
      } catch (IOException closed) {
        cutOff.incrementAndGet();
        try {
          sockets.get(i).close();
          sockets.set(i, open(i));
        } catch (IOException e) {
          // the server refuses new connections for now: try again at the next drip
        }
      }
    }
  }

  /** Whether the server closed {@code s} or answered it (an answer to a slow request precedes closing). */
  private static boolean closedByServer(Socket s) throws IOException {
    s.setSoTimeout(1);
    try {
      s.getInputStream().read(); // end of stream, or the first byte of an answer: either way, cut off
      return true;
    } catch (java.net.SocketTimeoutException stillOpen) {
      return false;
    }
  }

  private Socket open(int i) throws IOException {
    Socket s = new Socket();
    s.connect(new InetSocketAddress("127.0.0.1", port), 2_000);
    String ts = Long.toString(System.currentTimeMillis() / 1000);
    String start = i % 2 == 0
        ? "POST /slack/events HTTP/1.1\r\nHost: herald\r\nX-Slow: "
        : "POST /slack/events HTTP/1.1\r\nHost: herald\r\nContent-Type: application/x-www-form-urlencoded\r\n"
            + "X-Slack-Request-Timestamp: " + ts + "\r\nX-Slack-Signature: v0=" + "a".repeat(64)
            + "\r\nContent-Length: 1000\r\n\r\n";
    s.getOutputStream().write(start.getBytes(StandardCharsets.US_ASCII));
    s.getOutputStream().flush();
    return s;
  }

  @Override
  public synchronized void close() {
    drip.shutdownNow();
    for (Socket s : sockets) {
      try {
        s.close();
      } catch (IOException e) {
        // closing anyway
      }
    }
  }
}
