package org.pattoo.agent.bacnet.npdu;

import java.util.Arrays;
import org.pattoo.agent.bacnet.codec.MalformedException;

/**
 * The network layer protocol control information and what follows it (135-2020 clause 6.2). This
 * client talks to devices on the local BACnet/IP network only, so it sends no DNET; it reads past
 * DNET/SNET from routed answers and drops network layer messages.
 *
 * @param networkMessage true for a network layer message (no APDU follows)
 * @param apdu the application layer PDU
 */
public record Npdu(boolean networkMessage, boolean expectingReply, byte[] apdu) {

  public static final int VERSION = 0x01;

  public Npdu {
    apdu = apdu.clone();
  }

  /**
   * Clause 6.2.1-6.2.2: version 1, control octet with only the expecting-reply bit (bit 2) and
   * normal priority, no addresses.
   */
  public static byte[] encode(boolean expectingReply, byte[] apdu) {
    byte[] out = new byte[apdu.length + 2];
    out[0] = VERSION;
    out[1] = (byte) (expectingReply ? 0x04 : 0x00);
    System.arraycopy(apdu, 0, out, 2, apdu.length);
    return out;
  }

  /** Clause 6.2.2: control bits 7 (network message), 5 (DNET), 3 (SNET), 2 (expecting reply). */
  public static Npdu decode(byte[] npdu) throws MalformedException {
    if (npdu.length < 2 || npdu[0] != VERSION) {
      throw new MalformedException("NPDU: expecting protocol version 1");
    }
    int control = npdu[1] & 0xFF;
    int at = 2;
    boolean dnet = (control & 0x20) != 0;
    if (dnet) {
      at = skipAddress(npdu, at);
    }
    if ((control & 0x08) != 0) {
      at = skipAddress(npdu, at);
    }
    if (dnet) {
      at++; // clause 6.2.2: hop count follows the addresses when DNET is present
    }
    if (at > npdu.length) {
      throw new MalformedException("NPDU: header longer than the frame");
    }
    boolean network = (control & 0x80) != 0;
    return new Npdu(
        network,
        (control & 0x04) != 0,
        Arrays.copyOfRange(npdu, network ? npdu.length : at, npdu.length));
  }

  /** Clause 6.2.2: 2-octet network number, 1-octet length, that many address octets. */
  private static int skipAddress(byte[] npdu, int at) throws MalformedException {
    if (at + 3 > npdu.length) {
      throw new MalformedException("NPDU: address cut short");
    }
    return at + 3 + (npdu[at + 2] & 0xFF);
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof Npdu n
        && n.networkMessage == networkMessage
        && n.expectingReply == expectingReply
        && Arrays.equals(n.apdu, apdu);
  }

  @Override
  public int hashCode() {
    return Arrays.hashCode(apdu);
  }

  @Override
  public String toString() {
    return "Npdu[" + java.util.HexFormat.of().formatHex(apdu) + "]";
  }
}
