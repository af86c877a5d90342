package org.pattoo.agent.bacnet;

import java.net.InetSocketAddress;
import java.util.List;

/**
 * One BACnet/IP device by address, the points to poll from it, and whether their values come by COV
 * notification ({@code covLifetime} seconds per subscription) or by reads (0).
 */
record Device(String host, int port, List<Point> points, long covLifetime) {

  static final int DEFAULT_PORT = 47808; // 0xBAC0, 135-2020 Annex J.1

  Device {
    if (host == null || host.isBlank()) {
      throw new IllegalArgumentException("ip_targets: expecting host names or addresses");
    }
    if (port < 1 || port > 65535) {
      throw new IllegalArgumentException("port: expecting an integer 1-65535, found " + port);
    }
    if (covLifetime < 0) {
      throw new IllegalArgumentException("cov_lifetime: expecting seconds, found " + covLifetime);
    }
    points = List.copyOf(points);
    if (points.isEmpty()) {
      throw new IllegalArgumentException("points: expecting at least one point");
    }
  }

  boolean cov() {
    return covLifetime > 0;
  }

  /** Resolved at each poll, so a changed DNS entry is followed. */
  InetSocketAddress address() {
    return new InetSocketAddress(host, port);
  }

  /** The data points' target: the host as the original had it, plus the port if not 47808. */
  String name() {
    return port == DEFAULT_PORT ? host : host + ":" + port;
  }
}
