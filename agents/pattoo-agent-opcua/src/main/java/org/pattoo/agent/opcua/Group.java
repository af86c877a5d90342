package org.pattoo.agent.opcua;

import java.net.URI;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.eclipse.milo.opcua.stack.core.security.SecurityPolicy;
import org.eclipse.milo.opcua.stack.core.types.enumerated.MessageSecurityMode;

/**
 * One polling group: a server endpoint, how to talk to it, and the nodes to read from it.
 *
 * @param trustDirectory server certificates trusted for a secure channel
 * @param trustOnFirstUse trust the first certificate a server shows, then only that one
 * @param samplingMs sampling and publishing interval of a subscription
 * @param deadband absolute deadband of a subscription's numeric values, if any
 * @param timeoutMs bound of connecting and of each request
 * @param namespaces aliases of namespace URIs, for browse paths
 */
record Group(
    String name,
    URI endpoint,
    SecurityPolicy policy,
    MessageSecurityMode securityMode,
    Identity identity,
    Path trustDirectory,
    boolean trustOnFirstUse,
    Mode mode,
    double samplingMs,
    Optional<Double> deadband,
    long timeoutMs,
    Map<String, String> namespaces,
    List<NodeSpec> nodes) {

  static final int DEFAULT_PORT = 4840;

  Group {
    if (!"opc.tcp".equals(endpoint.getScheme()) || endpoint.getHost() == null) {
      throw new IllegalArgumentException(
          "endpoint: expecting opc.tcp://host:port, found \"" + endpoint + "\"");
    }
    if ((policy == SecurityPolicy.None) != (securityMode == MessageSecurityMode.None)) {
      throw new IllegalArgumentException(
          "security_mode: "
              + securityMode
              + " does not go with security_policy "
              + policy
              + " (None goes with None only)");
    }
    if (timeoutMs < 1) {
      throw new IllegalArgumentException("timeout: expecting a positive duration");
    }
    if (nodes.isEmpty()) {
      throw new IllegalArgumentException("nodes: expecting at least one node");
    }
    namespaces = Map.copyOf(namespaces);
    nodes = List.copyOf(nodes);
  }

  int port() {
    return endpoint.getPort() < 0 ? DEFAULT_PORT : endpoint.getPort();
  }

  /** The target of the data points: the host as the original had it, the port if not 4840. */
  String target() {
    return port() == DEFAULT_PORT ? endpoint.getHost() : endpoint.getHost() + ":" + port();
  }

  /** How errors name the server: its endpoint URL. */
  String describe() {
    return "opc.tcp://" + endpoint.getHost() + ":" + port();
  }
}
