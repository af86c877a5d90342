package org.pattoo.agent.bacnet.service;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.pattoo.agent.bacnet.apdu.Reasons;
import org.pattoo.agent.bacnet.codec.Application;
import org.pattoo.agent.bacnet.codec.MalformedException;
import org.pattoo.agent.bacnet.codec.ObjectId;
import org.pattoo.agent.bacnet.codec.TagReader;
import org.pattoo.agent.bacnet.codec.TagWriter;

/** ReadPropertyMultiple (135-2020 clause 15.7) request and acknowledgement bodies. */
public final class ReadPropertyMultiple {

  private ReadPropertyMultiple() {}

  /**
   * Clause 15.7.1.1 / 21: a ReadAccessSpecification per object, [0] objectIdentifier and the list
   * of BACnetPropertyReference ([0] propertyIdentifier, no index) inside tag [1].
   */
  public static byte[] request(Map<ObjectId, List<Integer>> reads) {
    TagWriter w = new TagWriter();
    for (Map.Entry<ObjectId, List<Integer>> e : reads.entrySet()) {
      w.objectId(0, true, e.getKey()).open(1);
      for (int property : e.getValue()) {
        w.enumerated(0, true, property);
      }
      w.close(1);
    }
    return w.toByteArray();
  }

  /**
   * Clause 15.7.1.3 / 21 ReadAccessResult: [0] object, inside [1] per property [2] identifier,
   * optional [3] index, then the value in [4] or the access error (class, code) in [5].
   */
  public static List<PropertyResult> decodeAck(byte[] body) throws MalformedException {
    TagReader r = new TagReader(body);
    List<PropertyResult> results = new ArrayList<>();
    while (!r.atEnd()) {
      ObjectId object = r.contextObjectId(0);
      r.expectOpening(1);
      while (r.peek().filter(t -> t.isClosing(1)).isEmpty()) {
        int property = (int) r.contextUnsigned(2);
        if (r.peek().filter(t -> t.isContext(3)).isPresent()) {
          r.contextUnsigned(3);
        }
        var tag = r.tag();
        if (tag.isOpening(4)) {
          results.add(PropertyResult.of(object, property, ReadProperty.firstValue(r, 4)));
        } else if (tag.isOpening(5)) {
          int errorClass = (int) r.applicationUnsigned(Application.ENUMERATED);
          int errorCode = (int) r.applicationUnsigned(Application.ENUMERATED);
          r.expectClosing(5);
          results.add(
              PropertyResult.failed(object, property, Reasons.error(errorClass, errorCode)));
        } else {
          throw new MalformedException("expecting property value [4] or error [5], found " + tag);
        }
      }
      r.expectClosing(1);
    }
    return results;
  }
}
