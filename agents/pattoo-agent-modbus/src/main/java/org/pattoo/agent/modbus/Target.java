package org.pattoo.agent.modbus;

import java.util.List;

/**
 * One unit on one Modbus TCP server, and the points to poll from it.
 *
 * @param unit the unit (slave) id sent in every request, 0-255
 * @param timeoutMs bound of each connect and each request
 */
record Target(String host, int port, int unit, long timeoutMs, List<Point> points) {

  Target {
    if (host == null || host.isBlank()) {
      throw new IllegalArgumentException("ip_targets: expecting host names or addresses");
    }
    if (port < 1 || port > 65535) {
      throw new IllegalArgumentException("port: expecting an integer 1-65535, found " + port);
    }
    if (unit < 0 || unit > 255) {
      throw new IllegalArgumentException("unit: expecting an integer 0-255, found " + unit);
    }
    if (timeoutMs < 1) {
      throw new IllegalArgumentException("timeout: expecting a positive duration");
    }
    points = List.copyOf(points);
  }

  /** The polled target of the data points: the host as the original had it, the port if not 502. */
  String name() {
    return port == 502 ? host : hostInUri() + ":" + port;
  }

  /** How errors name the target: {@code unit 3 on tcp://127.0.0.1:5020}. */
  String describe() {
    return "unit " + unit + " on tcp://" + hostInUri() + ":" + port;
  }

  private String hostInUri() {
    return host.contains(":") ? "[" + host + "]" : host;
  }
}
