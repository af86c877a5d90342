package org.pattoo.agent.bacnet.bvlc;

import java.util.Arrays;
import org.pattoo.agent.bacnet.codec.MalformedException;

/**
 * A BVLL frame (135-2020 Annex J.2): type 0x81, function, 2-octet total length, then the NPDU (for
 * Original-Unicast/Broadcast-NPDU) or, for Forwarded-NPDU, the originator's 6-octet B/IP address
 * before it.
 *
 * @param npdu the carried NPDU, empty for a BVLC-Result
 */
public record Bvlc(int function, byte[] npdu) {

  public static final int TYPE = 0x81;
  public static final int RESULT = 0x00;
  public static final int FORWARDED_NPDU = 0x04;
  public static final int ORIGINAL_UNICAST_NPDU = 0x0A;
  public static final int ORIGINAL_BROADCAST_NPDU = 0x0B;

  public Bvlc {
    if (function < 0 || function > 0xFF) {
      throw new IllegalArgumentException("BVLC function: expecting 0-255, found " + function);
    }
    npdu = npdu.clone();
  }

  /** Annex J.2.11: Original-Unicast-NPDU, the only function this client sends. */
  public static byte[] unicast(byte[] npdu) {
    int length = npdu.length + 4;
    byte[] frame = new byte[length];
    frame[0] = (byte) TYPE;
    frame[1] = ORIGINAL_UNICAST_NPDU;
    frame[2] = (byte) (length >>> 8);
    frame[3] = (byte) length;
    System.arraycopy(npdu, 0, frame, 4, npdu.length);
    return frame;
  }

  /** Annex J.2: the header, checked against the datagram's length. */
  public static Bvlc decode(byte[] datagram, int length) throws MalformedException {
    if (length < 4 || (datagram[0] & 0xFF) != TYPE) {
      throw new MalformedException("not a BACnet/IP frame (BVLC type 0x81 expected)");
    }
    int function = datagram[1] & 0xFF;
    int declared = ((datagram[2] & 0xFF) << 8) | (datagram[3] & 0xFF);
    if (declared != length) {
      throw new MalformedException(
          "BVLC length " + declared + " but the datagram has " + length + " octets");
    }
    int start =
        switch (function) {
          case ORIGINAL_UNICAST_NPDU, ORIGINAL_BROADCAST_NPDU -> 4;
          case FORWARDED_NPDU -> 10; // Annex J.2.10: B/IP address of the originating device
          default -> length; // results and BBMD management carry no NPDU for us
        };
    if (start > length) {
      throw new MalformedException("forwarded NPDU shorter than its originator address");
    }
    return new Bvlc(function, Arrays.copyOfRange(datagram, start, length));
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof Bvlc b && b.function == function && Arrays.equals(b.npdu, npdu);
  }

  @Override
  public int hashCode() {
    return 31 * function + Arrays.hashCode(npdu);
  }

  @Override
  public String toString() {
    return "Bvlc[" + function + ", " + java.util.HexFormat.of().formatHex(npdu) + "]";
  }
}
