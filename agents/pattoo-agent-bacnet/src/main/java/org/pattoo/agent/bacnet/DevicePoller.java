package org.pattoo.agent.bacnet;

import java.net.InetSocketAddress;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.concurrent.ConcurrentHashMap;
import org.pattoo.agent.DataPoint;
import org.pattoo.agent.DataType;
import org.pattoo.agent.Metadata;
import org.pattoo.agent.bacnet.client.BacnetClient;
import org.pattoo.agent.bacnet.client.BacnetException;
import org.pattoo.agent.bacnet.codec.ObjectId;
import org.pattoo.agent.bacnet.codec.ObjectTypes;
import org.pattoo.agent.bacnet.codec.Value;
import org.pattoo.agent.bacnet.service.CovNotification;
import org.pattoo.agent.bacnet.service.Properties;
import org.pattoo.agent.bacnet.service.PropertyResult;

/**
 * Polls one device: learns its device instance once by unicast Who-Is, reads its objects, and turns
 * present-values into data points (in cov mode, the latest values COV notifications brought, read
 * only for objects without a subscription); each failed object is an error naming the device and
 * the object, e.g. {@code device 1234 at 127.0.0.2:47808: analog-input:99: unknown-object (error
 * class object)}.
 */
final class DevicePoller {

  private static final ObjectId WILDCARD_DEVICE =
      new ObjectId(ObjectTypes.DEVICE, ObjectId.MAX_INSTANCE);

  private final Device device;
  private final int objectsPerRequest;
  private final boolean[] multiple;
  private final Optional<CovSubscriptions> cov;
  private final Map<ObjectId, Map<Integer, PropertyResult>> names = new ConcurrentHashMap<>();
  private volatile OptionalInt instance = OptionalInt.empty();

  DevicePoller(Device device, int objectsPerRequest, boolean readMultiple, long covProcessId) {
    this.device = device;
    this.objectsPerRequest = objectsPerRequest;
    this.multiple = new boolean[] {readMultiple};
    this.cov =
        device.cov()
            ? Optional.of(new CovSubscriptions(covProcessId, device.covLifetime()))
            : Optional.empty();
  }

  /** Where the client's COV notifications go; those not for this device are ignored. */
  void notified(CovNotification n) {
    cov.ifPresent(c -> c.accept(n));
  }

  Device device() {
    return device;
  }

  /**
   * Requests a poll makes at most (Who-Is, the wildcard read, RPM chunks, and ReadProperty of each
   * property when RPM fails), which bound how long a silent device may take.
   */
  int requests() {
    int objects = device.points().size();
    int chunks = multiple[0] ? (objects + objectsPerRequest - 1) / objectsPerRequest : 0;
    return 2 + chunks + objects * (cov.isPresent() ? 4 : 3);
  }

  String describe() {
    String at = device.host() + ":" + device.port();
    return instance.isPresent() ? "device " + instance.getAsInt() + " at " + at : "device at " + at;
  }

  PollResult poll(BacnetClient client, long now) {
    InetSocketAddress at = device.address();
    if (at.isUnresolved()) {
      return failed(describe() + ": unknown host");
    }
    try {
      if (instance.isEmpty()) {
        instance = discover(client, at);
      }
      List<ObjectId> objects = ObjectReader.objects(device.points());
      Map<ObjectId, Map<Integer, PropertyResult>> results =
          cov.isPresent()
              ? pushed(client, at, cov.get(), objects, now)
              : new ObjectReader(client, objectsPerRequest).read(at, objects, multiple);
      List<DataPoint> points = new ArrayList<>();
      List<String> errors = new ArrayList<>();
      for (Point p : device.points()) {
        Map<Integer, PropertyResult> r = results.getOrDefault(p.object(), Map.of());
        try {
          points.add(point(p, r, now));
        } catch (IllegalStateException e) {
          errors.add(describe() + ": " + p.object() + ": " + e.getMessage());
        }
      }
      return new PollResult(points, errors);
    } catch (BacnetException e) {
      if (!e.answered()) {
        cov.ifPresent(CovSubscriptions::lost);
      }
      return failed(describe() + ": " + e.getMessage());
    }
  }

  /**
   * Cov mode: subscriptions renewed, then reads only of objects without a subscription, or without
   * a value or object-name yet; the others give the latest notified present-value and the
   * object-name and units of their first read.
   */
  private Map<ObjectId, Map<Integer, PropertyResult>> pushed(
      BacnetClient client,
      InetSocketAddress at,
      CovSubscriptions subscriptions,
      List<ObjectId> objects,
      long now)
      throws BacnetException {
    subscriptions.renew(client, at, instance, objects, now, describe());
    List<ObjectId> unread =
        objects.stream()
            .filter(
                o ->
                    !subscriptions.subscribed(o)
                        || !names.containsKey(o)
                        || subscriptions.latest(o).isEmpty())
            .toList();
    Map<ObjectId, Map<Integer, PropertyResult>> results =
        new HashMap<>(
            unread.isEmpty()
                ? Map.of()
                : new ObjectReader(client, objectsPerRequest).read(at, unread, multiple));
    for (ObjectId o : unread) {
      Map<Integer, PropertyResult> read = results.getOrDefault(o, Map.of());
      Optional<Value> pv = value(read, Properties.PRESENT_VALUE);
      if (subscriptions.subscribed(o) && pv.isPresent()) {
        Map<Integer, PropertyResult> labels = new HashMap<>(read);
        labels.remove(Properties.PRESENT_VALUE);
        names.put(o, labels);
        subscriptions.initial(o, pv.get());
      }
    }
    for (ObjectId o : objects) {
      if (!unread.contains(o)) {
        Map<Integer, PropertyResult> known = new HashMap<>(names.get(o));
        subscriptions
            .latest(o)
            .ifPresent(
                v ->
                    known.put(
                        Properties.PRESENT_VALUE,
                        PropertyResult.of(o, Properties.PRESENT_VALUE, v)));
        results.put(o, known);
      }
    }
    return results;
  }

  /**
   * The device instance: from the I-Am to a unicast Who-Is, or, from devices that answer Who-Is
   * only by broadcast (which a socket bound to one address does not receive), from a ReadProperty
   * of object-identifier of device 4194303, the wildcard instance every device takes as its own
   * (135-2020 clause 15.5.1.1.1). Silence to both is the device's error; a device that refuses the
   * wildcard is read with its instance unknown.
   */
  private static OptionalInt discover(BacnetClient client, InetSocketAddress at)
      throws BacnetException {
    try {
      return OptionalInt.of(client.whoIs(at).device());
    } catch (BacnetException whoIs) {
      if (whoIs.answered()) {
        throw whoIs;
      }
      try {
        PropertyResult id = client.readProperty(at, WILDCARD_DEVICE, Properties.OBJECT_IDENTIFIER);
        if (id.value().map(Value::content).orElse(null) instanceof ObjectId o) {
          return OptionalInt.of(o.instance());
        }
        return OptionalInt.empty();
      } catch (BacnetException read) {
        if (read.answered()) {
          return OptionalInt.empty();
        }
        throw new BacnetException("no I-Am to Who-Is, " + read.getMessage(), false);
      }
    }
  }

  private static PollResult failed(String error) {
    return new PollResult(List.of(), List.of(error));
  }

  private DataPoint point(Point p, Map<Integer, PropertyResult> results, long now) {
    PropertyResult pv = results.get(Properties.PRESENT_VALUE);
    if (pv == null) {
      throw new IllegalStateException("the device did not answer for present-value");
    }
    if (pv.error().isPresent()) {
      String error = pv.error().get();
      // An unknown object is the object's fault, any other error its present-value's.
      throw new IllegalStateException(
          error.endsWith("(error class object)") ? error : "present-value: " + error);
    }
    List<Metadata> labels = new ArrayList<>();
    text(results, Properties.OBJECT_NAME).ifPresent(n -> labels.add(Metadata.of("object_name", n)));
    value(results, Properties.UNITS)
        .flatMap(Value::number)
        .ifPresent(u -> labels.add(Metadata.descriptive("units", Units.name(u.longValue()))));
    instance.ifPresent(i -> labels.add(Metadata.descriptive("device", Integer.toString(i))));
    Metadata[] metadata = labels.toArray(Metadata[]::new);
    Value value = pv.value().orElseThrow();
    Optional<Number> number = value.number();
    if (number.isEmpty()) {
      if (value.content() instanceof String s) {
        return DataPoint.text(p.key(), s, now, metadata);
      }
      throw new IllegalStateException("present-value: not a number or text: " + value);
    }
    double m = p.multiplier();
    if (value.integral() && m == Math.rint(m) && Math.abs(m) < 1e15) {
      return DataPoint.number(
          p.key(), DataType.INT, number.get().longValue() * (long) m, now, metadata);
    }
    return DataPoint.number(p.key(), DataType.FLOAT, decimal(number.get()) * m, now, metadata);
  }

  /**
   * A REAL as the decimal it was meant to be: 22.1f widened bit for bit would post
   * 22.100000381469727, so it goes through its shortest decimal form.
   */
  private static double decimal(Number n) {
    return n instanceof Float f ? Double.parseDouble(Float.toString(f)) : n.doubleValue();
  }

  private static Optional<Value> value(Map<Integer, PropertyResult> results, int property) {
    return Optional.ofNullable(results.get(property)).flatMap(PropertyResult::value);
  }

  private static Optional<String> text(Map<Integer, PropertyResult> results, int property) {
    return value(results, property)
        .filter(v -> v.content() instanceof String)
        .map(v -> (String) v.content());
  }
}
