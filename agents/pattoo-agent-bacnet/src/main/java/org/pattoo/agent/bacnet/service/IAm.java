package org.pattoo.agent.bacnet.service;

import org.pattoo.agent.bacnet.codec.Application;
import org.pattoo.agent.bacnet.codec.MalformedException;
import org.pattoo.agent.bacnet.codec.ObjectId;
import org.pattoo.agent.bacnet.codec.ObjectTypes;
import org.pattoo.agent.bacnet.codec.TagReader;
import org.pattoo.agent.bacnet.codec.TagWriter;
import org.pattoo.agent.bacnet.codec.Value;

/**
 * I-Am (135-2020 clause 16.1): the device's identifier, max APDU length accepted, segmentation
 * supported (0 both, 1 transmit, 2 receive, 3 none) and vendor id, all application-tagged.
 */
public record IAm(int device, long maxApdu, int segmentation, long vendor) {

  public IAm {
    if (device < 0 || device > ObjectId.MAX_INSTANCE) {
      throw new IllegalArgumentException("I-Am device: expecting 0-4194303, found " + device);
    }
  }

  public byte[] encode() {
    return new TagWriter()
        .objectId(Application.OBJECT_ID, false, new ObjectId(ObjectTypes.DEVICE, device))
        .unsigned(Application.UNSIGNED, false, maxApdu)
        .enumerated(Application.ENUMERATED, false, segmentation)
        .unsigned(Application.UNSIGNED, false, vendor)
        .toByteArray();
  }

  public static IAm decode(byte[] body) throws MalformedException {
    TagReader r = new TagReader(body);
    Value id = r.applicationValue();
    if (!(id.content() instanceof ObjectId oid) || oid.type() != ObjectTypes.DEVICE) {
      throw new MalformedException("I-Am: expecting a device object identifier, found " + id);
    }
    long maxApdu = r.applicationUnsigned(Application.UNSIGNED);
    int segmentation = (int) r.applicationUnsigned(Application.ENUMERATED);
    long vendor = r.applicationUnsigned(Application.UNSIGNED);
    return new IAm(oid.instance(), maxApdu, segmentation, vendor);
  }
}
