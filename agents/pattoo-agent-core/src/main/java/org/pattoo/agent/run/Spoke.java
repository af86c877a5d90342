package org.pattoo.agent.run;

import java.net.URI;
import java.util.Optional;

/**
 * A passive agent a hub polls: {@code GET http://<address>:<port>/pattoo-agent-os/<seconds>}, as
 * the original pattoo's spokes serve it (original-pattoo.md §2.10), with an optional token.
 */
public record Spoke(String address, int port, Optional<String> token) {

  public Spoke {
    if (address == null || address.isBlank()) {
      throw new IllegalArgumentException("ip_address: expecting a host name or address");
    }
    if (port < 1 || port > 65535) {
      throw new IllegalArgumentException("ip_bind_port: expecting 1-65535, found " + port);
    }
  }

  /** The original's path; the interval tells the spoke which polling interval to report. */
  public URI uri(long intervalSeconds) {
    String host = address.contains(":") ? "[" + address + "]" : address;
    return URI.create("http://" + host + ":" + port + SpokeServer.PATH + intervalSeconds);
  }

  public String name() {
    return address + ":" + port;
  }
}
