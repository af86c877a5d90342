package org.pattoo.agent.bacnet;

import java.net.InetSocketAddress;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.logging.Logger;
import org.pattoo.agent.bacnet.client.BacnetClient;
import org.pattoo.agent.bacnet.client.BacnetException;
import org.pattoo.agent.bacnet.codec.ObjectId;
import org.pattoo.agent.bacnet.codec.Value;
import org.pattoo.agent.bacnet.service.CovNotification;
import org.pattoo.agent.bacnet.service.Properties;
import org.pattoo.agent.bacnet.service.PropertyResult;

/**
 * One device's COV subscriptions (135-2020 clause 13.14, unconfirmed notifications) and the latest
 * present-value each notification brought. Objects whose subscription the device refuses are left
 * to reads; a device that stops answering loses every subscription, so the next poll subscribes
 * again.
 */
final class CovSubscriptions {

  private static final Logger LOG = Logger.getLogger(CovSubscriptions.class.getPackageName());

  private final long processId;
  private final long lifetimeSeconds;
  private final Map<ObjectId, Long> until = new ConcurrentHashMap<>();
  private final Map<ObjectId, Value> latest = new ConcurrentHashMap<>();
  private final Set<ObjectId> refused = ConcurrentHashMap.newKeySet();
  private volatile OptionalInt device = OptionalInt.empty();

  CovSubscriptions(long processId, long lifetimeSeconds) {
    this.processId = processId;
    this.lifetimeSeconds = lifetimeSeconds;
  }

  long processId() {
    return processId;
  }

  /**
   * Keeps a notification's present-value if it answers one of this device's subscriptions: same
   * process id, same device instance (once known), an object subscribed to; others are ignored.
   */
  void accept(CovNotification n) {
    OptionalInt d = device;
    if (n.processId() != processId
        || (d.isPresent() && n.device() != d.getAsInt())
        || !until.containsKey(n.object())) {
      return;
    }
    n.values().stream()
        .filter(v -> v.property() == Properties.PRESENT_VALUE)
        .map(PropertyResult::value)
        .flatMap(Optional::stream)
        .findFirst()
        .ifPresent(v -> latest.put(n.object(), v));
  }

  /**
   * Subscribes each object that has no subscription, or whose subscription has less than half its
   * lifetime left, so one missed poll does not let it lapse. An Error or Reject leaves the object
   * to reads, logged once; silence loses every subscription and is the device's error.
   */
  void renew(
      BacnetClient client,
      InetSocketAddress at,
      OptionalInt instance,
      List<ObjectId> objects,
      long now,
      String describe)
      throws BacnetException {
    device = instance;
    long lifetimeMs = lifetimeSeconds * 1000;
    for (ObjectId o : objects) {
      Long end = until.get(o);
      if (refused.contains(o) || (end != null && end - now > lifetimeMs / 2)) {
        continue;
      }
      // Before the request: the initial notification may arrive before the SimpleACK is handled.
      until.put(o, now + lifetimeMs);
      try {
        client.subscribeCov(at, o, processId, lifetimeSeconds);
      } catch (BacnetException e) {
        if (!e.answered()) {
          lost();
          throw e;
        }
        until.remove(o);
        latest.remove(o);
        refused.add(o);
        LOG.warning(
            describe + ": " + o + ": SubscribeCOV refused (" + e.getMessage() + "), read instead");
      }
    }
  }

  /** Forgets every subscription and value: the device stopped answering. */
  void lost() {
    until.clear();
    latest.clear();
  }

  boolean subscribed(ObjectId object) {
    return until.containsKey(object);
  }

  Optional<Value> latest(ObjectId object) {
    return Optional.ofNullable(latest.get(object));
  }

  /** A read's present-value, kept unless a notification already brought one. */
  void initial(ObjectId object, Value value) {
    if (until.containsKey(object)) {
      latest.putIfAbsent(object, value);
    }
  }
}
