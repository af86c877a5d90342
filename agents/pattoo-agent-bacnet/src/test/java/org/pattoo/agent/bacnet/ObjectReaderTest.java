package org.pattoo.agent.bacnet;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.InetSocketAddress;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.pattoo.agent.bacnet.client.BacnetClient;
import org.pattoo.agent.bacnet.client.ScriptedDevice;
import org.pattoo.agent.bacnet.codec.Captures;
import org.pattoo.agent.bacnet.codec.ObjectId;
import org.pattoo.agent.bacnet.codec.Value;
import org.pattoo.agent.bacnet.service.PropertyResult;

/** Falling back from ReadPropertyMultiple to ReadProperty when a device refuses it. */
class ObjectReaderTest {

  private static final ObjectId AI3 = new ObjectId(0, 3);
  private ScriptedDevice device;
  private BacnetClient client;

  @AfterEach
  void close() {
    client.close();
    device.close();
  }

  /** Rejects RPM (service 14, frame octet 9); answers every ReadProperty with AI3's value. */
  private void deviceWithoutRpm() throws Exception {
    byte[] reject = Captures.frame("reject-unrecognized-service.answer");
    byte[] value = Captures.frame("rp-analog-input-3-present-value.answer");
    device =
        new ScriptedDevice(
            (n, req) -> Optional.of(ScriptedDevice.answering(req, req[9] == 14 ? reject : value)));
    client = new BacnetClient(new InetSocketAddress("127.0.0.1", 0), 500, 0);
  }

  @Test
  void aDeviceRejectingRpmIsReadByReadPropertyFromThenOn() throws Exception {
    deviceWithoutRpm();
    boolean[] multiple = {true};

    Map<ObjectId, Map<Integer, PropertyResult>> first =
        new ObjectReader(client, 8).read(device.address(), List.of(AI3), multiple);

    assertThat(multiple[0]).isFalse();
    assertThat(first.get(AI3).get(85).value()).contains(new Value(4, 21.5f));
    // one RPM, rejected, then ReadProperty of present-value, object-name and units
    assertThat(device.received()).hasSize(4);

    new ObjectReader(client, 8).read(device.address(), List.of(AI3), multiple);
    assertThat(device.received()).hasSize(7);
    assertThat(device.received().subList(4, 7)).allMatch(r -> r[9] == 12);
  }
}
