package org.pattoo.agent.bacnet.codec;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.pattoo.agent.bacnet.apdu.Apdu;
import org.pattoo.agent.bacnet.apdu.ApduCodec;
import org.pattoo.agent.bacnet.bvlc.Bvlc;
import org.pattoo.agent.bacnet.npdu.Npdu;

/**
 * Every capture through BVLC (Annex J.2), NPDU (clause 6.2) and APDU (clause 20.1) decoders, and
 * back through the encoders: answers re-encode to the same octets; requests of the other stack
 * differ only in the flags this client sets otherwise (SA and max-segments).
 */
class LayersTest {

  static List<String> captures() throws Exception {
    return Captures.names();
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("captures")
  void everyCaptureRoundTripsThroughTheThreeLayers(String name) throws Exception {
    byte[] frame = Captures.frame(name);
    Bvlc bvlc = Bvlc.decode(frame, frame.length);
    Npdu npdu = Npdu.decode(bvlc.npdu());
    Apdu apdu = ApduCodec.decode(npdu.apdu());
    byte[] again = ApduCodec.encode(apdu);
    if (apdu instanceof Apdu.ConfirmedRequest) {
      // @bacnet-js/client accepts segmented answers (SA) and up to 64 segments; we refuse both.
      assertThat(Captures.hex(Arrays.copyOfRange(again, 0, 2))).isEqualTo("0005");
      assertThat(Captures.hex(Arrays.copyOfRange(again, 2, again.length)))
          .isEqualTo(Captures.hex(Arrays.copyOfRange(npdu.apdu(), 2, npdu.apdu().length)));
    } else if (!(apdu instanceof Apdu.ComplexAck c && c.segmented())) {
      assertThat(Captures.hex(again)).isEqualTo(Captures.hex(npdu.apdu()));
    }
    if (bvlc.function() == Bvlc.ORIGINAL_UNICAST_NPDU && !name.endsWith("segmented.answer")) {
      byte[] rebuilt = Bvlc.unicast(Npdu.encode(npdu.expectingReply(), again));
      if (!(apdu instanceof Apdu.ConfirmedRequest)) {
        assertThat(Captures.hex(rebuilt)).isEqualTo(Captures.hex(frame));
      }
    }
  }

  @Test
  void whoIsRequestIsTheFrameSeenOnTheWire() throws Exception {
    byte[] ours =
        Bvlc.unicast(
            Npdu.encode(false, ApduCodec.encode(new Apdu.UnconfirmedRequest(8, new byte[0]))));
    assertThat(Captures.hex(ours)).isEqualTo(Captures.hex(Captures.frame("who-is.request")));
  }

  @Test
  void forwardedAndRoutedFramesAreUnwrapped() throws Exception {
    byte[] frame = Captures.frame("forwarded-routed-reject.answer");
    Bvlc bvlc = Bvlc.decode(frame, frame.length);
    assertThat(bvlc.function()).isEqualTo(Bvlc.FORWARDED_NPDU);
    assertThat(ApduCodec.decode(Npdu.decode(bvlc.npdu()).apdu())).isEqualTo(new Apdu.Reject(7, 9));
  }

  @Test
  void rejectAbortAndSegmentedAnswersDecode() throws Exception {
    assertThat(apdu("reject-unrecognized-service.answer")).isEqualTo(new Apdu.Reject(5, 9));
    assertThat(apdu("abort-segmentation-not-supported.answer"))
        .isEqualTo(new Apdu.Abort(5, true, 4));
    Apdu segmented = apdu("complex-ack-segmented.answer");
    assertThat(segmented).isInstanceOf(Apdu.ComplexAck.class);
    assertThat(((Apdu.ComplexAck) segmented).segmented()).isTrue();
    assertThat(((Apdu.ComplexAck) segmented).service()).isEqualTo(14);
  }

  @Test
  void aWrongBvlcLengthIsRefused() {
    byte[] frame = {(byte) 0x81, 0x0a, 0x00, 0x09, 0x01, 0x00, 0x10, 0x08};
    org.assertj.core.api.Assertions.assertThatThrownBy(() -> Bvlc.decode(frame, frame.length))
        .hasMessage("BVLC length 9 but the datagram has 8 octets");
  }

  private static Apdu apdu(String name) throws Exception {
    byte[] frame = Captures.frame(name);
    return ApduCodec.decode(Npdu.decode(Bvlc.decode(frame, frame.length).npdu()).apdu());
  }
}
