package org.pattoo.agent.bacnet.client;

import java.net.SocketAddress;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;

/**
 * Hands out invoke ids (135-2020 clause 20.1.2.3) per device: consecutive, wrapping at 256, never
 * one still waiting for an answer from the same device, so a late answer cannot be taken for a
 * newer request's.
 */
final class InvokeIds {

  private final Map<SocketAddress, Integer> next = new HashMap<>();
  private final Map<SocketAddress, Set<Integer>> busy = new HashMap<>();

  synchronized int take(SocketAddress device) {
    Set<Integer> used = busy.computeIfAbsent(device, d -> new HashSet<>());
    if (used.size() >= 256) {
      throw new IllegalStateException(device + ": 256 requests waiting, no invoke id left");
    }
    int id = next.getOrDefault(device, 0);
    while (used.contains(id)) {
      id = (id + 1) & 0xFF;
    }
    used.add(id);
    next.put(device, (id + 1) & 0xFF);
    return id;
  }

  synchronized void release(SocketAddress device, int id) {
    Set<Integer> used = busy.get(device);
    if (used != null) {
      used.remove(id);
    }
  }
}
