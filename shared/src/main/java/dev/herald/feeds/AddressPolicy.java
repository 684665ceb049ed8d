package dev.herald.feeds;

import java.net.Inet4Address;
import java.net.Inet6Address;
import java.net.InetAddress;
import java.net.UnknownHostException;

/**
 * Which network addresses Herald may fetch from. {@link #PUBLIC_ONLY} refuses loopback, private (RFC 1918, unique
 * local), link-local, multicast, carrier-grade NAT, "this network", reserved and broadcast ranges, including IPv4
 * addresses embedded in IPv6 (mapped, compatible, NAT64, 6to4), so that a feed URL can never reach Herald's own
 * network. Implementations are thread-safe.
 */
@FunctionalInterface
public interface AddressPolicy {
  boolean allows(InetAddress address);

  AddressPolicy ALLOW_ALL = address -> true;

  AddressPolicy PUBLIC_ONLY = AddressPolicy::isPublic;

  /** Whether {@code a} is a globally routable unicast address. */
  static boolean isPublic(InetAddress a) {
    if (a.isAnyLocalAddress() || a.isLoopbackAddress() || a.isLinkLocalAddress() || a.isSiteLocalAddress()
        || a.isMulticastAddress()) {
      return false;
    }
    byte[] b = a.getAddress();
    if (a instanceof Inet4Address) return isPublicV4(b);
    if (a instanceof Inet6Address) {
      int first = b[0] & 0xFF;
      if ((first & 0xFE) == 0xFC) return false; // fc00::/7 unique local
      if (isZero(b, 0, 10) && (b[10] & 0xFF) == 0xFF && (b[11] & 0xFF) == 0xFF) return isPublicV4(tail(b, 12));
      if (isZero(b, 0, 12)) return isPublicV4(tail(b, 12)); // ::a.b.c.d (compatible) and ::
      if (first == 0x00 && (b[1] & 0xFF) == 0x64 && (b[2] & 0xFF) == 0xFF && (b[3] & 0xFF) == 0x9B) {
        return isPublicV4(tail(b, 12)); // 64:ff9b::/96 NAT64
      }
      if (first == 0x20 && (b[1] & 0xFF) == 0x02) return isPublicV4(new byte[] {b[2], b[3], b[4], b[5]}); // 6to4
      if (first == 0x20 && (b[1] & 0xFF) == 0x01 && (b[2] & 0xFF) == 0x0D && (b[3] & 0xFF) == 0xB8) return false; // 2001:db8::/32
      return true;
    }
    return false;
  }

  private static boolean isPublicV4(byte[] b) {
    int a0 = b[0] & 0xFF;
    int a1 = b[1] & 0xFF;
    if (a0 == 0 || a0 == 10 || a0 == 127 || a0 >= 224) return false;
    if (a0 == 100 && a1 >= 64 && a1 <= 127) return false; // carrier-grade NAT
    if (a0 == 169 && a1 == 254) return false;
    if (a0 == 172 && a1 >= 16 && a1 <= 31) return false;
    if (a0 == 192 && a1 == 168) return false;
    if (a0 == 192 && a1 == 0 && (b[2] & 0xFF) == 0) return false; // IETF protocol assignments
    if (a0 == 198 && (a1 == 18 || a1 == 19)) return false; // benchmarking
    try {
      InetAddress v4 = InetAddress.getByAddress(b);
      return !(v4.isLoopbackAddress() || v4.isSiteLocalAddress() || v4.isLinkLocalAddress());
    } catch (UnknownHostException e) {
      return false;
    }
  }

  private static boolean isZero(byte[] b, int from, int to) {
    for (int i = from; i < to; i++) if (b[i] != 0) return false;
    return true;
  }

  private static byte[] tail(byte[] b, int from) {
    return new byte[] {b[from], b[from + 1], b[from + 2], b[from + 3]};
  }
}
