package org.pattoo.agent.bacnet.service;

import java.util.ArrayList;
import java.util.List;
import org.pattoo.agent.bacnet.codec.MalformedException;
import org.pattoo.agent.bacnet.codec.ObjectId;
import org.pattoo.agent.bacnet.codec.TagReader;

/**
 * A COV notification (135-2020 clause 13.7, unconfirmed; 13.6 has the same parameters): which
 * subscription, from which device, about which object, how long the subscription still runs, and
 * the values that changed (present-value and status-flags at least).
 */
public record CovNotification(
    long processId, int device, ObjectId object, long timeRemaining, List<PropertyResult> values) {

  public CovNotification {
    values = List.copyOf(values);
  }

  /**
   * Clause 21 UnconfirmedCOVNotification-Request: [0] subscriberProcessIdentifier, [1]
   * initiatingDeviceIdentifier, [2] monitoredObjectIdentifier, [3] timeRemaining, [4] listOfValues
   * of BACnetPropertyValue ([0] property, optional [1] index, [2] value, optional [3] priority).
   */
  public static CovNotification decode(byte[] body) throws MalformedException {
    TagReader r = new TagReader(body);
    long process = r.contextUnsigned(0);
    ObjectId device = r.contextObjectId(1);
    ObjectId object = r.contextObjectId(2);
    long remaining = r.contextUnsigned(3);
    r.expectOpening(4);
    List<PropertyResult> values = new ArrayList<>();
    while (r.peek().filter(t -> t.isClosing(4)).isEmpty()) {
      int property = (int) r.contextUnsigned(0);
      if (r.peek().filter(t -> t.isContext(1)).isPresent()) {
        r.contextUnsigned(1);
      }
      r.expectOpening(2);
      values.add(PropertyResult.of(object, property, ReadProperty.firstValue(r, 2)));
      if (r.peek().filter(t -> t.isContext(3)).isPresent()) {
        r.contextUnsigned(3);
      }
    }
    r.expectClosing(4);
    return new CovNotification(process, device.instance(), object, remaining, values);
  }
}
