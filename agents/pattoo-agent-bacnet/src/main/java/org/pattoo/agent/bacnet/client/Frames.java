package org.pattoo.agent.bacnet.client;

import org.pattoo.agent.bacnet.apdu.Apdu;
import org.pattoo.agent.bacnet.apdu.ApduCodec;
import org.pattoo.agent.bacnet.bvlc.Bvlc;
import org.pattoo.agent.bacnet.codec.MalformedException;
import org.pattoo.agent.bacnet.npdu.Npdu;

/** Wraps an APDU into a B/IP datagram and unwraps one, through the three layers. */
public final class Frames {

  private Frames() {}

  public static byte[] datagram(Apdu apdu) {
    boolean expectingReply = apdu instanceof Apdu.ConfirmedRequest;
    return Bvlc.unicast(Npdu.encode(expectingReply, ApduCodec.encode(apdu)));
  }

  /** The APDU a datagram carries; empty for network layer messages and BVLC results. */
  public static java.util.Optional<Apdu> apdu(byte[] datagram, int length)
      throws MalformedException {
    Bvlc bvlc = Bvlc.decode(datagram, length);
    if (bvlc.npdu().length == 0) {
      return java.util.Optional.empty();
    }
    Npdu npdu = Npdu.decode(bvlc.npdu());
    if (npdu.networkMessage()) {
      return java.util.Optional.empty();
    }
    return java.util.Optional.of(ApduCodec.decode(npdu.apdu()));
  }
}
