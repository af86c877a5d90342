package org.pattoo.agent.bacnet.service;

import org.pattoo.agent.bacnet.codec.MalformedException;
import org.pattoo.agent.bacnet.codec.ObjectId;
import org.pattoo.agent.bacnet.codec.TagReader;
import org.pattoo.agent.bacnet.codec.TagWriter;
import org.pattoo.agent.bacnet.codec.Value;

/** ReadProperty (135-2020 clause 15.5) request and acknowledgement bodies. */
public final class ReadProperty {

  private ReadProperty() {}

  /**
   * Clause 15.5.1.1 / 21 ReadProperty-Request: objectIdentifier [0], propertyIdentifier [1]; no
   * array index, so the whole value is asked for.
   */
  public static byte[] request(ObjectId object, int property) {
    return new TagWriter().objectId(0, true, object).enumerated(1, true, property).toByteArray();
  }

  /**
   * Clause 15.5.1.3 / 21 ReadProperty-ACK: [0] object, [1] property, optional [2] index, then the
   * value between opening and closing tag [3]; the first application value is kept.
   */
  public static PropertyResult decodeAck(byte[] body) throws MalformedException {
    TagReader r = new TagReader(body);
    ObjectId object = r.contextObjectId(0);
    int property = (int) r.contextUnsigned(1);
    if (r.peek().filter(t -> t.isContext(2)).isPresent()) {
      r.contextUnsigned(2);
    }
    r.expectOpening(3);
    Value value = firstValue(r, 3);
    return PropertyResult.of(object, property, value);
  }

  /** Reads to the closing tag, keeping the first application value (a list's head). */
  static Value firstValue(TagReader r, int closing) throws MalformedException {
    Value first = null;
    while (true) {
      var next = r.peek().orElseThrow(() -> new MalformedException("unclosed tag " + closing));
      if (next.isClosing(closing)) {
        r.tag();
        break;
      }
      if (first == null && !next.context()) {
        first = r.applicationValue();
      } else {
        r.skipValue();
      }
    }
    if (first == null) {
      throw new MalformedException("no application value inside tag " + closing);
    }
    return first;
  }
}
