package dev.herald.feeds;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.InetAddress;
import java.net.UnknownHostException;
import org.junit.jupiter.api.Test;

class AddressPolicyTest {
  private static boolean allowed(String literal) throws UnknownHostException {
    return AddressPolicy.PUBLIC_ONLY.allows(InetAddress.getByName(literal));
  }

  @Test
  void refusesEveryNonPublicRange() throws UnknownHostException {
    for (String a : new String[] {"127.0.0.1", "10.0.0.1", "172.16.5.4", "172.31.255.255", "192.168.1.1",
        "169.254.169.254", "100.64.0.1", "0.0.0.0", "224.0.0.1", "255.255.255.255", "198.18.0.1", "::1", "::",
        "fe80::1", "fc00::1", "fd12:3456::1", "ff02::1", "::ffff:127.0.0.1", "::ffff:10.0.0.1", "64:ff9b::a00:1",
        "2002:0a00:0001::1", "2001:db8::1"}) {
      assertFalse(allowed(a), a + " was allowed");
    }
  }

  @Test
  void allowsPublicAddresses() throws UnknownHostException {
    for (String a : new String[] {"93.184.216.34", "8.8.8.8", "172.32.0.1", "2606:4700::1111", "::ffff:8.8.8.8"}) {
      assertTrue(allowed(a), a + " was refused");
    }
  }
}
