package org.pattoo.agent.bacnet;

import java.net.InetSocketAddress;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.pattoo.agent.bacnet.apdu.Reasons;
import org.pattoo.agent.bacnet.client.BacnetClient;
import org.pattoo.agent.bacnet.client.BacnetException;
import org.pattoo.agent.bacnet.codec.ObjectId;
import org.pattoo.agent.bacnet.codec.ObjectTypes;
import org.pattoo.agent.bacnet.service.Properties;
import org.pattoo.agent.bacnet.service.PropertyResult;

/**
 * Reads present-value, object-name and (for analog objects) units of a device's objects, by
 * ReadPropertyMultiple in chunks, or by ReadProperty when the device refuses RPM or the agent is
 * told not to use it. An answered error spoils only its object; silence ends the device's poll.
 */
final class ObjectReader {

  private final BacnetClient client;
  private final int objectsPerRequest;

  ObjectReader(BacnetClient client, int objectsPerRequest) {
    this.client = client;
    this.objectsPerRequest = objectsPerRequest;
  }

  static List<Integer> properties(ObjectId object) {
    return ObjectTypes.analog(object.type())
        ? List.of(Properties.PRESENT_VALUE, Properties.OBJECT_NAME, Properties.UNITS)
        : List.of(Properties.PRESENT_VALUE, Properties.OBJECT_NAME);
  }

  /**
   * Results by object, then property. {@code multiple[0]} is cleared when the device rejects RPM as
   * an unrecognized service, so later polls go straight to ReadProperty.
   */
  Map<ObjectId, Map<Integer, PropertyResult>> read(
      InetSocketAddress device, List<ObjectId> objects, boolean[] multiple) throws BacnetException {
    Map<ObjectId, Map<Integer, PropertyResult>> out = new HashMap<>();
    for (int i = 0; i < objects.size(); i += objectsPerRequest) {
      List<ObjectId> chunk = objects.subList(i, Math.min(objects.size(), i + objectsPerRequest));
      if (multiple[0]) {
        Map<ObjectId, List<Integer>> reads = new LinkedHashMap<>();
        chunk.forEach(o -> reads.put(o, properties(o)));
        try {
          for (PropertyResult r : client.readPropertyMultiple(device, reads)) {
            out.computeIfAbsent(r.object(), o -> new HashMap<>()).put(r.property(), r);
          }
          continue;
        } catch (BacnetException e) {
          if (!e.answered()) {
            throw e;
          }
          // Clause 15.7.1.3.2: a device may answer the whole request with one Error when an
          // object is unknown; reading each property alone tells which object is at fault.
          if (e.getMessage().equals(Reasons.reject(Reasons.REJECT_UNRECOGNIZED_SERVICE))) {
            multiple[0] = false;
          }
        }
      }
      for (ObjectId o : chunk) {
        out.put(o, single(device, o));
      }
    }
    return out;
  }

  private Map<Integer, PropertyResult> single(InetSocketAddress device, ObjectId object)
      throws BacnetException {
    Map<Integer, PropertyResult> results = new HashMap<>();
    for (int property : properties(object)) {
      try {
        results.put(property, client.readProperty(device, object, property));
      } catch (BacnetException e) {
        if (!e.answered()) {
          throw e;
        }
        results.put(property, PropertyResult.failed(object, property, e.getMessage()));
        if (property == Properties.PRESENT_VALUE) {
          break; // without a value the name and units serve nothing
        }
      }
    }
    return results;
  }

  static List<ObjectId> objects(List<Point> points) {
    List<ObjectId> objects = new ArrayList<>();
    points.forEach(p -> objects.add(p.object()));
    return objects;
  }
}
