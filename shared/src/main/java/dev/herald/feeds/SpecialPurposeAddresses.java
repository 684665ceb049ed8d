package dev.herald.feeds;

import java.net.Inet4Address;
import java.net.Inet6Address;
import java.net.InetAddress;
import java.net.UnknownHostException;
import java.util.List;
import java.util.Optional;

/**
 * The IANA IPv4 and IPv6 Special-Purpose Address Registries (every entry, whether or not IANA marks it globally
 * reachable), the multicast ranges, and for IPv6 everything outside global unicast {@code 2000::/3}. An address in
 * any of them is never a feed server's. One exception keeps IPv6-only hosts working: an address in the well-known
 * NAT64 prefix {@code 64:ff9b::/96} (what DNS64 answers for an IPv4-only site) is judged by the IPv4 address it
 * embeds. Immutable and thread-safe.
 */
final class SpecialPurposeAddresses {
  /** A prefix of {@code bits} bits and the registry's name for it. */
  record Block(byte[] prefix, int bits, String name) {
    boolean contains(byte[] address) {
      if (address.length != prefix.length) return false;
      int whole = bits / 8;
      for (int i = 0; i < whole; i++) if (address[i] != prefix[i]) return false;
      int rest = bits % 8;
      if (rest == 0) return true;
      int mask = (0xFF << (8 - rest)) & 0xFF;
      return (address[whole] & mask) == (prefix[whole] & mask);
    }
  }

  static final List<Block> V4 = List.of(
      block("0.0.0.0/8", "\"this network\""),
      block("10.0.0.0/8", "private-use"),
      block("100.64.0.0/10", "shared address space"),
      block("127.0.0.0/8", "loopback"),
      block("169.254.0.0/16", "link-local"),
      block("172.16.0.0/12", "private-use"),
      block("192.0.0.0/24", "IETF protocol assignments"),
      block("192.0.2.0/24", "documentation (TEST-NET-1)"),
      block("192.31.196.0/24", "AS112-v4"),
      block("192.52.193.0/24", "AMT"),
      block("192.88.99.0/24", "deprecated 6to4 relay anycast"),
      block("192.168.0.0/16", "private-use"),
      block("192.175.48.0/24", "direct delegation AS112 service"),
      block("198.18.0.0/15", "benchmarking"),
      block("198.51.100.0/24", "documentation (TEST-NET-2)"),
      block("203.0.113.0/24", "documentation (TEST-NET-3)"),
      block("224.0.0.0/4", "multicast"),
      block("255.255.255.255/32", "limited broadcast"),
      block("240.0.0.0/4", "reserved"));

  static final List<Block> V6 = List.of(
      block("::/128", "unspecified"),
      block("::1/128", "loopback"),
      block("::ffff:0:0/96", "IPv4-mapped"),
      block("::/96", "IPv4-compatible (deprecated)"),
      block("64:ff9b:1::/48", "local-use IPv4-IPv6 translation"),
      block("100::/64", "discard-only"),
      block("100:0:0:1::/64", "dummy IPv6 prefix"),
      block("2001::/32", "TEREDO"),
      block("2001::/23", "IETF protocol assignments"),
      block("2001:db8::/32", "documentation"),
      block("2002::/16", "6to4"),
      block("2620:4f:8000::/48", "direct delegation AS112 service"),
      block("3fff::/20", "documentation"),
      block("5f00::/16", "segment routing SIDs"),
      block("fc00::/7", "unique-local"),
      block("fe80::/10", "link-local"),
      block("fec0::/10", "site-local (deprecated)"),
      block("ff00::/8", "multicast"));

  private static final Block GLOBAL_UNICAST = block("2000::/3", "global unicast");
  private static final Block NAT64 = block("64:ff9b::/96", "IPv4-IPv6 translation");

  private SpecialPurposeAddresses() {}

  /** The registry's name for the block holding {@code a}, or empty when {@code a} is an ordinary unicast address. */
  static Optional<String> find(InetAddress a) {
    byte[] b = a.getAddress();
    if (NAT64.contains(b)) {
      try {
        return find(InetAddress.getByAddress(new byte[] {b[12], b[13], b[14], b[15]}))
            .map(inner -> "IPv4-IPv6 translation of " + inner);
      } catch (UnknownHostException e) {
        throw new IllegalStateException(e);
      }
    }
    for (Block block : a instanceof Inet4Address ? V4 : V6) if (block.contains(b)) return Optional.of(block.name());
    if (a instanceof Inet6Address && !GLOBAL_UNICAST.contains(b)) return Optional.of("not global unicast");
    return Optional.empty();
  }

  private static Block block(String cidr, String name) {
    int slash = cidr.indexOf('/');
    try {
      byte[] prefix = InetAddress.getByName(cidr.substring(0, slash)).getAddress();
      if (cidr.contains(":") && prefix.length == 4) prefix = mapped(prefix);
      return new Block(prefix, Integer.parseInt(cidr.substring(slash + 1)), name);
    } catch (UnknownHostException e) {
      throw new IllegalStateException("bad block " + cidr, e);
    }
  }

  /** {@code ::ffff:a.b.c.d}: Java parses it as the IPv4 address; the registry means the IPv6 form. */
  private static byte[] mapped(byte[] v4) {
    byte[] v6 = new byte[16];
    v6[10] = (byte) 0xFF;
    v6[11] = (byte) 0xFF;
    System.arraycopy(v4, 0, v6, 12, 4);
    return v6;
  }
}
