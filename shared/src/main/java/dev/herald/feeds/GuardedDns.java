package dev.herald.feeds;

import java.net.InetAddress;
import java.net.UnknownHostException;
import java.util.ArrayList;
import java.util.List;
import okhttp3.Dns;

/**
 * Resolves a host and keeps only the addresses the {@link AddressPolicy} allows, so OkHttp can only connect where the
 * policy says (the check happens after resolution, on every connection, redirects included). Thread-safe.
 */
final class GuardedDns implements Dns {
  private final Dns delegate;
  private final AddressPolicy policy;

  GuardedDns(Dns delegate, AddressPolicy policy) {
    this.delegate = delegate;
    this.policy = policy;
  }

  @Override
  public List<InetAddress> lookup(String hostname) throws UnknownHostException {
    List<InetAddress> all = delegate.lookup(hostname);
    List<InetAddress> allowed = new ArrayList<>(all.size());
    for (InetAddress a : all) if (policy.allows(a)) allowed.add(a);
    if (allowed.isEmpty() && !all.isEmpty()) {
      throw new RefusedAddressException(AddressPolicy.refusal(hostname, all.get(0)));
    }
    return allowed;
  }

  /** A host whose every address the policy refuses. */
  static final class RefusedAddressException extends UnknownHostException {
    RefusedAddressException(String message) {
      super(message);
    }
  }
}
