package dev.herald.feeds;

import java.net.InetAddress;
import java.net.NetworkInterface;
import java.net.SocketException;
import java.util.Collections;
import java.util.HashSet;
import java.util.Set;
import java.util.function.Supplier;

/**
 * Every address of this host's own network interfaces (up or down, any scope), so that a feed URL naming the host's
 * public address cannot reach Herald's own ports. Interfaces come and go (DHCP, VPNs, containers): the set is read
 * again when it is older than {@value #REFRESH_SECONDS} seconds. Thread-safe.
 */
final class LocalAddresses implements Supplier<Set<InetAddress>> {
  static final int REFRESH_SECONDS = 30;
  static final LocalAddresses SYSTEM = new LocalAddresses();

  private volatile Set<InetAddress> addresses = Set.of();
  private volatile long readAt = Long.MIN_VALUE;

  @Override
  public Set<InetAddress> get() {
    long now = System.nanoTime();
    if (readAt == Long.MIN_VALUE || now - readAt > REFRESH_SECONDS * 1_000_000_000L) {
      synchronized (this) {
        if (readAt == Long.MIN_VALUE || now - readAt > REFRESH_SECONDS * 1_000_000_000L) {
          addresses = read();
          readAt = now;
        }
      }
    }
    return addresses;
  }

  private static Set<InetAddress> read() {
    Set<InetAddress> out = new HashSet<>();
    try {
      for (NetworkInterface n : Collections.list(NetworkInterface.getNetworkInterfaces())) {
        out.addAll(Collections.list(n.getInetAddresses()));
      }
    } catch (SocketException e) {
      // no interface list: the special-purpose ranges still apply
    }
    return Set.copyOf(out);
  }
}
