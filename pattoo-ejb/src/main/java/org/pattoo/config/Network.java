package org.pattoo.config;

import java.net.InetAddress;
import java.net.UnknownHostException;
import java.util.Optional;

/** An IPv4 or IPv6 network in CIDR notation, e.g. {@code 10.0.0.0/8} or {@code ::1/128}. */
public record Network(byte[] address, int prefixLength) {

  public Network {
    if (address.length != 4 && address.length != 16) {
      throw new IllegalArgumentException("address: expecting 4 or 16 bytes");
    }
    if (prefixLength < 0 || prefixLength > address.length * 8) {
      throw new IllegalArgumentException(
          "prefixLength: expecting 0-" + address.length * 8 + ", found " + prefixLength);
    }
    address = address.clone();
  }

  /** Parses {@code address/prefix} or a bare address (a single host); empty when malformed. */
  public static Optional<Network> parse(String cidr) {
    String[] parts = cidr.trim().split("/", -1);
    if (parts.length > 2 || !parts[0].matches("[0-9a-fA-F:.]+")) {
      return Optional.empty(); // never resolve names: configuration must not do DNS lookups
    }
    try {
      byte[] bytes = InetAddress.getByName(parts[0]).getAddress();
      int prefix = parts.length == 2 ? Integer.parseInt(parts[1]) : bytes.length * 8;
      return prefix < 0 || prefix > bytes.length * 8
          ? Optional.empty()
          : Optional.of(new Network(bytes, prefix));
    } catch (UnknownHostException | NumberFormatException e) {
      return Optional.empty();
    }
  }

  public boolean contains(InetAddress candidate) {
    byte[] other = candidate.getAddress();
    if (other.length == 16 && address.length == 4 && isIpv4Mapped(other)) {
      other = java.util.Arrays.copyOfRange(other, 12, 16);
    }
    if (other.length != address.length) {
      return false;
    }
    int full = prefixLength / 8;
    for (int i = 0; i < full; i++) {
      if (other[i] != address[i]) {
        return false;
      }
    }
    int rest = prefixLength % 8;
    int mask = rest == 0 ? 0 : (0xff << (8 - rest)) & 0xff;
    return rest == 0 || (other[full] & mask) == (address[full] & mask);
  }

  private static boolean isIpv4Mapped(byte[] a) {
    for (int i = 0; i < 10; i++) {
      if (a[i] != 0) {
        return false;
      }
    }
    return a[10] == (byte) 0xff && a[11] == (byte) 0xff;
  }
}
