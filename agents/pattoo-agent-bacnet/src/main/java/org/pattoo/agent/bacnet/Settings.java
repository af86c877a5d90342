package org.pattoo.agent.bacnet;

import java.util.List;

/**
 * The agent's validated section: the local address the client binds, request timing, and the
 * devices to poll.
 *
 * @param localAddress {@code agent_ip_address}, the local address of the client's UDP socket
 * @param localPort 0 for any free port
 * @param timeoutMs the APDU timeout of each try (135-2020 clause 12.11.27, APDU_Timeout)
 * @param retries tries after the first (clause 12.11.28, Number_Of_APDU_Retries)
 * @param objectsPerRequest objects per ReadPropertyMultiple, which keeps answers unsegmented
 */
record Settings(
    String localAddress,
    int localPort,
    long timeoutMs,
    int retries,
    int objectsPerRequest,
    boolean readMultiple,
    List<Device> devices) {

  Settings {
    if (localAddress == null || localAddress.isBlank()) {
      throw new IllegalArgumentException("agent_ip_address: expecting a local address");
    }
    if (localPort < 0 || localPort > 65535) {
      throw new IllegalArgumentException("agent_port: expecting 0-65535, found " + localPort);
    }
    if (timeoutMs < 1 || retries < 0 || objectsPerRequest < 1) {
      throw new IllegalArgumentException(
          "timeout, retries, objects_per_request: expecting positive values");
    }
    devices = List.copyOf(devices);
  }
}
