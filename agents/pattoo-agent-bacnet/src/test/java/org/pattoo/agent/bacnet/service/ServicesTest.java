package org.pattoo.agent.bacnet.service;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.pattoo.agent.bacnet.apdu.Apdu;
import org.pattoo.agent.bacnet.apdu.ApduCodec;
import org.pattoo.agent.bacnet.apdu.Reasons;
import org.pattoo.agent.bacnet.bvlc.Bvlc;
import org.pattoo.agent.bacnet.codec.Captures;
import org.pattoo.agent.bacnet.codec.ObjectId;
import org.pattoo.agent.bacnet.codec.Value;
import org.pattoo.agent.bacnet.npdu.Npdu;

/**
 * Service bodies against the captures; expected values are the device's table as the test peer
 * serves it (src/test/peers/device-1234.json), never this decoder's output.
 */
class ServicesTest {

  private static final ObjectId AI3 = new ObjectId(0, 3);

  private static Apdu apdu(String name) throws Exception {
    byte[] frame = Captures.frame(name);
    return ApduCodec.decode(Npdu.decode(Bvlc.decode(frame, frame.length).npdu()).apdu());
  }

  private static byte[] body(String name) throws Exception {
    Apdu a = apdu(name);
    return a instanceof Apdu.ConfirmedRequest r ? r.body() : ((Apdu.ComplexAck) a).body();
  }

  @Test
  void readPropertyRequestMatchesTheOtherStacks() throws Exception {
    assertThat(Captures.hex(ReadProperty.request(AI3, Properties.PRESENT_VALUE)))
        .isEqualTo(Captures.hex(body("rp-analog-input-3-present-value.request")));
    assertThat(Captures.hex(ReadProperty.request(new ObjectId(19, 2), Properties.PRESENT_VALUE)))
        .isEqualTo(Captures.hex(body("rp-multi-state-value-2-present-value.request")));
    assertThat(Captures.hex(ReadProperty.request(AI3, Properties.UNITS)))
        .isEqualTo(Captures.hex(body("rp-analog-input-3-units.request")));
  }

  @Test
  void readPropertyAcksGiveTheTablesValues() throws Exception {
    assertThat(ReadProperty.decodeAck(body("rp-analog-input-3-present-value.answer")))
        .isEqualTo(PropertyResult.of(AI3, 85, new Value(4, 21.5f)));
    assertThat(ReadProperty.decodeAck(body("rp-analog-input-3-object-name.answer")))
        .isEqualTo(PropertyResult.of(AI3, 77, new Value(7, "Zone Temp")));
    assertThat(ReadProperty.decodeAck(body("rp-analog-input-3-units.answer")))
        .isEqualTo(PropertyResult.of(AI3, 117, new Value(9, 62L)));
    assertThat(ReadProperty.decodeAck(body("rp-binary-input-1-present-value.answer")))
        .isEqualTo(PropertyResult.of(new ObjectId(3, 1), 85, new Value(9, 1L)));
    assertThat(ReadProperty.decodeAck(body("rp-multi-state-value-2-present-value.answer")))
        .isEqualTo(PropertyResult.of(new ObjectId(19, 2), 85, new Value(2, 3L)));
  }

  @Test
  void anUnknownObjectIsAnErrorPduNamingClassAndCode() throws Exception {
    Apdu.Error e = (Apdu.Error) apdu("rp-analog-input-99-error.answer");
    assertThat(e.service()).isEqualTo(Services.READ_PROPERTY);
    assertThat(Reasons.error(e.errorClass(), e.errorCode()))
        .isEqualTo("unknown-object (error class object)");
  }

  @Test
  void readPropertyMultipleRequestMatchesTheOtherStacks() throws Exception {
    Map<ObjectId, List<Integer>> reads = new LinkedHashMap<>();
    reads.put(AI3, List.of(85, 77, 117));
    reads.put(new ObjectId(3, 1), List.of(85, 77));
    reads.put(new ObjectId(0, 99), List.of(85));
    assertThat(Captures.hex(ReadPropertyMultiple.request(reads)))
        .isEqualTo(Captures.hex(body("rpm-three-objects.request")));
  }

  @Test
  void readPropertyMultipleAckGivesValuesAndPerPropertyErrors() throws Exception {
    assertThat(ReadPropertyMultiple.decodeAck(body("rpm-three-objects.answer")))
        .containsExactly(
            PropertyResult.of(AI3, 85, new Value(4, 21.5f)),
            PropertyResult.of(AI3, 77, new Value(7, "Zone Temp")),
            PropertyResult.of(AI3, 117, new Value(9, 62L)),
            PropertyResult.of(new ObjectId(3, 1), 85, new Value(9, 1L)),
            PropertyResult.of(new ObjectId(3, 1), 77, new Value(7, "Fan Status")),
            new PropertyResult(
                new ObjectId(0, 99),
                85,
                Optional.empty(),
                Optional.of("unknown-object (error class object)")));
  }

  @Test
  void iAmOfDevice1234RoundTrips() throws Exception {
    Apdu.UnconfirmedRequest u = (Apdu.UnconfirmedRequest) apdu("who-is.answer");
    assertThat(u.service()).isEqualTo(Services.I_AM);
    IAm iAm = IAm.decode(u.body());
    // the device script: device 1234, vendor 260, segmentation 3 (none); the stack itself puts
    // its transport's max payload, 0x05ca = 1482 octets, in max-APDU (read by hand off the frame)
    assertThat(iAm).isEqualTo(new IAm(1234, 1482, 3, 260));
    assertThat(Captures.hex(iAm.encode())).isEqualTo(Captures.hex(u.body()));
  }

  @Test
  void whoIsRangeUsesContextTags0And1() {
    assertThat(Captures.hex(WhoIs.range(1234, 1234))).isEqualTo("0a04d21a04d2");
    assertThat(WhoIs.any()).isEmpty();
  }

  @Test
  void subscribeCovRequestMatchesTheOtherStacks() throws Exception {
    assertThat(Captures.hex(SubscribeCov.request(7, AI3, 300)))
        .isEqualTo(Captures.hex(body("subscribe-cov-analog-input-3.request")));
    assertThat(apdu("subscribe-cov-analog-input-3.answer"))
        .isEqualTo(new Apdu.SimpleAck(7, Services.SUBSCRIBE_COV));
  }

  @Test
  void covNotificationGivesTheChangedPresentValue() throws Exception {
    Apdu.UnconfirmedRequest u =
        (Apdu.UnconfirmedRequest) apdu("cov-notification-analog-input-3.answer");
    assertThat(u.service()).isEqualTo(Services.UNCONFIRMED_COV_NOTIFICATION);
    // process 7 and lifetime 300 as subscribed, device 1234, present-value 21.5 from the table
    assertThat(CovNotification.decode(u.body()))
        .isEqualTo(
            new CovNotification(
                7, 1234, AI3, 300, List.of(PropertyResult.of(AI3, 85, new Value(4, 21.5f)))));
  }
}
