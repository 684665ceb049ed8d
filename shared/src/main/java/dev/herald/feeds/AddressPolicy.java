package dev.herald.feeds;

import java.net.InetAddress;
import java.util.Optional;
import java.util.Set;
import java.util.function.Supplier;

/**
 * Which network addresses Herald may fetch from (feeds and article pages alike). {@link #PUBLIC_ONLY} refuses every
 * address in the IANA IPv4 and IPv6 special-purpose registries (loopback, private, shared, link-local, documentation,
 * benchmarking, protocol assignments, 6to4, Teredo, ...; see {@link SpecialPurposeAddresses}), multicast, IPv6 outside
 * global unicast, and every address of this host's own interfaces, so that no feed URL, redirect or DNS answer can
 * reach Herald's own network or ports. The check runs on resolved addresses, on every connection and redirect.
 * {@code fetch.allow_private_addresses: true} turns it off ({@link #ALLOW_ALL}). Implementations are thread-safe.
 */
@FunctionalInterface
public interface AddressPolicy {
  /** The setting that allows what this policy refuses; refusals name it. */
  String SETTING = "fetch.allow_private_addresses";

  boolean allows(InetAddress address);

  AddressPolicy ALLOW_ALL = address -> true;

  AddressPolicy PUBLIC_ONLY = publicOnly(LocalAddresses.SYSTEM);

  /** {@link #PUBLIC_ONLY} with this host's addresses from {@code local} (tests pass their own). */
  static AddressPolicy publicOnly(Supplier<Set<InetAddress>> local) {
    return a -> why(a, local).isEmpty();
  }

  /** Whether {@code a} is an ordinary public unicast address that is not this host's own. */
  static boolean isPublic(InetAddress a) {
    return why(a, LocalAddresses.SYSTEM).isEmpty();
  }

  /** Why {@link #PUBLIC_ONLY} refuses {@code a} ("loopback", "documentation (TEST-NET-1)", "this host's own"). */
  static Optional<String> why(InetAddress a) {
    return why(a, LocalAddresses.SYSTEM);
  }

  private static Optional<String> why(InetAddress a, Supplier<Set<InetAddress>> local) {
    Optional<String> special = SpecialPurposeAddresses.find(a);
    if (special.isPresent()) return special;
    return local.get().contains(a) ? Optional.of("an address of this host") : Optional.empty();
  }

  /** The one-line refusal for {@code address}, naming what it is and the setting that would allow it. */
  static String refusal(String host, InetAddress address) {
    String ip = address.getHostAddress();
    String what = why(address).orElse("refused by the address policy");
    String subject = host.equalsIgnoreCase(ip) || host.equals("[" + ip + "]") ? ip : host + " resolves to " + ip;
    return subject + ", a special-purpose or local address (" + what + "); refused (" + SETTING + " is off)";
  }
}
