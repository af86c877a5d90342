package org.pattoo.agent.bacnet.apdu;

import java.util.Arrays;
import org.pattoo.agent.bacnet.codec.Application;
import org.pattoo.agent.bacnet.codec.MalformedException;
import org.pattoo.agent.bacnet.codec.TagReader;
import org.pattoo.agent.bacnet.codec.TagWriter;

/** Encodes and decodes the fixed APDU headers of 135-2020 clause 20.1. */
public final class ApduCodec {

  /** Clause 20.1.2.5: max-APDU-length-accepted code 5, 1476 octets (a B/IP datagram's room). */
  static final int MAX_APDU_1476 = 0x05;

  private ApduCodec() {}

  public static byte[] encode(Apdu apdu) {
    if (apdu instanceof Apdu.ConfirmedRequest r) {
      // Clause 20.1.2: PDU type 0, SEG=0 MOR=0 SA=0 (segmented answers not accepted, so a device
      // must abort rather than segment), max segments 0 (unspecified), max APDU 1476.
      return new TagWriter()
          .raw(0x00, MAX_APDU_1476, r.invokeId(), r.service())
          .raw(r.body())
          .toByteArray();
    }
    if (apdu instanceof Apdu.UnconfirmedRequest u) {
      // Clause 20.1.3: PDU type 1.
      return new TagWriter().raw(0x10, u.service()).raw(u.body()).toByteArray();
    }
    if (apdu instanceof Apdu.SimpleAck s) {
      // Clause 20.1.4.
      return new byte[] {0x20, (byte) s.invokeId(), (byte) s.service()};
    }
    if (apdu instanceof Apdu.ComplexAck c) {
      // Clause 20.1.5, unsegmented.
      return new TagWriter().raw(0x30, c.invokeId(), c.service()).raw(c.body()).toByteArray();
    }
    if (apdu instanceof Apdu.SegmentAck s) {
      // Clause 20.1.6: NAK=0, SRV as given, sequence 0, window 1.
      return new byte[] {(byte) (0x40 | (s.server() ? 1 : 0)), (byte) s.invokeId(), 0, 1};
    }
    if (apdu instanceof Apdu.Error e) {
      // Clause 20.1.7 and clause 21 Error: two application-tagged enumerations.
      return new TagWriter()
          .raw(0x50, e.invokeId(), e.service())
          .enumerated(Application.ENUMERATED, false, e.errorClass())
          .enumerated(Application.ENUMERATED, false, e.errorCode())
          .toByteArray();
    }
    if (apdu instanceof Apdu.Reject r) {
      // Clause 20.1.8.
      return new byte[] {0x60, (byte) r.invokeId(), (byte) r.reason()};
    }
    Apdu.Abort a = (Apdu.Abort) apdu;
    // Clause 20.1.9: SRV bit 0.
    return new byte[] {
      (byte) (0x70 | (a.server() ? 1 : 0)), (byte) a.invokeId(), (byte) a.reason()
    };
  }

  public static Apdu decode(byte[] apdu) throws MalformedException {
    if (apdu.length < 2) {
      throw new MalformedException("APDU of " + apdu.length + " octet(s)");
    }
    int first = apdu[0] & 0xFF;
    int type = first >>> 4;
    switch (type) {
      case 0 -> {
        boolean segmented = (first & 0x08) != 0;
        int at = segmented ? 6 : 4;
        need(apdu, at, "confirmed request");
        return new Apdu.ConfirmedRequest(
            u8(apdu, 2), u8(apdu, at - 1), Arrays.copyOfRange(apdu, at, apdu.length));
      }
      case 1 -> {
        return new Apdu.UnconfirmedRequest(u8(apdu, 1), Arrays.copyOfRange(apdu, 2, apdu.length));
      }
      case 2 -> {
        need(apdu, 3, "SimpleACK");
        return new Apdu.SimpleAck(u8(apdu, 1), u8(apdu, 2));
      }
      case 3 -> {
        // Clause 20.1.5.1: with SEG set, sequence number and window size precede the service.
        boolean segmented = (first & 0x08) != 0;
        int at = segmented ? 5 : 3;
        need(apdu, at, "ComplexACK");
        byte[] body = segmented ? new byte[0] : Arrays.copyOfRange(apdu, at, apdu.length);
        return new Apdu.ComplexAck(u8(apdu, 1), u8(apdu, at - 1), segmented, body);
      }
      case 4 -> {
        need(apdu, 4, "SegmentACK");
        return new Apdu.SegmentAck(u8(apdu, 1), (first & 0x01) != 0);
      }
      case 5 -> {
        need(apdu, 3, "Error");
        TagReader r = new TagReader(apdu, 3, apdu.length);
        int errorClass = (int) r.applicationUnsigned(Application.ENUMERATED);
        int errorCode = (int) r.applicationUnsigned(Application.ENUMERATED);
        return new Apdu.Error(u8(apdu, 1), u8(apdu, 2), errorClass, errorCode);
      }
      case 6 -> {
        need(apdu, 3, "Reject");
        return new Apdu.Reject(u8(apdu, 1), u8(apdu, 2));
      }
      case 7 -> {
        need(apdu, 3, "Abort");
        return new Apdu.Abort(u8(apdu, 1), (first & 0x01) != 0, u8(apdu, 2));
      }
      default -> throw new MalformedException("unknown APDU type " + type);
    }
  }

  private static int u8(byte[] b, int i) {
    return b[i] & 0xFF;
  }

  private static void need(byte[] apdu, int n, String what) throws MalformedException {
    if (apdu.length < n) {
      throw new MalformedException(what + " of " + apdu.length + " octet(s)");
    }
  }
}
