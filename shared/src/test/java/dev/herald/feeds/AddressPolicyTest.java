package dev.herald.feeds;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.InetAddress;
import java.net.NetworkInterface;
import java.net.UnknownHostException;
import java.util.Collections;
import java.util.Set;
import org.junit.jupiter.api.Test;

class AddressPolicyTest {
  private static boolean allowed(String literal) throws UnknownHostException {
    return AddressPolicy.PUBLIC_ONLY.allows(InetAddress.getByName(literal));
  }

  @Test
  void refusesEveryNonPublicRange() throws Exception {
    for (String a : new String[] {"127.0.0.1", "10.0.0.1", "172.16.5.4", "172.31.255.255", "192.168.1.1",
        "169.254.169.254", "100.64.0.1", "0.0.0.0", "224.0.0.1", "255.255.255.255", "198.18.0.1", "::1", "::",
        "fe80::1", "fc00::1", "fd12:3456::1", "ff02::1", "::ffff:127.0.0.1", "::ffff:10.0.0.1", "64:ff9b::a00:1",
        "2002:0a00:0001::1", "2001:db8::1"}) {
      assertFalse(allowed(a), a + " was allowed");
    }
  }

  @Test
  void refusesTheWholeIanaSpecialPurposeRegistries() throws UnknownHostException {
    for (String a : new String[] {"192.0.2.1", "198.51.100.7", "203.0.113.9", "192.0.0.9", "192.0.0.170",
        "192.31.196.1", "192.52.193.1", "192.88.99.1", "192.175.48.1", "198.19.255.255", "240.0.0.1", "0.1.2.3",
        "2001::1", "2001:1::1", "2001:2::1", "2001:3::1", "2001:4:112::1", "2001:20::1", "2001:30::1",
        "2001:db8:ffff::1", "3fff::1", "3fff:fff::1", "5f00::1", "100::1", "100:0:0:1::1", "2620:4f:8000::1",
        "64:ff9b:1::1", "fec0::1", "::0102:0304", "2002:0808:0808::1", "4000::1", "64:ff9b::7f00:1",
        "64:ff9b::c000:201"}) {
      assertFalse(allowed(a), a + " was allowed");
      assertTrue(AddressPolicy.why(InetAddress.getByName(a)).isPresent(), a);
    }
  }

  @Test
  void refusesEveryAddressOfThisHostsOwnInterfaces() throws Exception {
    InetAddress own = InetAddress.getByName("93.184.216.34");
    InetAddress own6 = InetAddress.getByName("2606:4700::1");
    AddressPolicy policy = AddressPolicy.publicOnly(() -> Set.of(own, own6));
    assertFalse(policy.allows(own));
    assertFalse(policy.allows(InetAddress.getByName("2606:4700::1")));
    assertTrue(policy.allows(InetAddress.getByName("8.8.8.8")));
    for (InetAddress mine : Collections.list(NetworkInterface.getNetworkInterfaces()).stream()
        .flatMap(n -> Collections.list(n.getInetAddresses()).stream()).toList()) {
      assertFalse(AddressPolicy.PUBLIC_ONLY.allows(mine), mine + " is this host's own");
    }
  }

  @Test
  void aRefusalSaysWhatTheAddressIsAndNamesTheSetting() throws UnknownHostException {
    assertEquals("feed.example resolves to 192.0.2.1, a special-purpose or local address (documentation (TEST-NET-1));"
        + " refused (fetch.allow_private_addresses is off)",
        AddressPolicy.refusal("feed.example", InetAddress.getByName("192.0.2.1")));
    assertEquals("127.0.0.1, a special-purpose or local address (loopback); refused (fetch.allow_private_addresses is"
        + " off)", AddressPolicy.refusal("127.0.0.1", InetAddress.getByName("127.0.0.1")));
  }

  @Test
  void allowsPublicAddresses() throws UnknownHostException {
    for (String a : new String[] {"93.184.216.34", "8.8.8.8", "172.32.0.1", "2606:4700::1111", "::ffff:8.8.8.8",
        "192.0.3.1", "198.51.101.1", "203.0.114.1", "2001:200::1", "2a00:1450::1", "64:ff9b::808:808"}) {
      assertTrue(allowed(a), a + " was refused");
    }
  }
}
