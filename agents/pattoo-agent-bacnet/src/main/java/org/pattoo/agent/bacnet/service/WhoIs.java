package org.pattoo.agent.bacnet.service;

import org.pattoo.agent.bacnet.codec.TagWriter;

/** Who-Is (135-2020 clause 16.10) request body. */
public final class WhoIs {

  private WhoIs() {}

  /** Clause 16.10.1: no range, every device that hears it answers. */
  public static byte[] any() {
    return new byte[0];
  }

  /** Clause 16.10.1.1: deviceInstanceRangeLowLimit [0] and HighLimit [1], both or neither. */
  public static byte[] range(long low, long high) {
    if (low < 0 || high < low || high > 0x3FFFFF) {
      throw new IllegalArgumentException(
          "Who-Is range: expecting 0 <= low <= high <= 4194303, found " + low + "-" + high);
    }
    return new TagWriter().unsigned(0, true, low).unsigned(1, true, high).toByteArray();
  }
}
