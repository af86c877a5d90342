package org.pattoo.agent.bacnet;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.InetSocketAddress;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.pattoo.agent.bacnet.client.BacnetClient;
import org.pattoo.agent.bacnet.codec.ObjectId;
import org.pattoo.agent.bacnet.codec.Value;
import org.pattoo.agent.bacnet.service.CovNotification;
import org.pattoo.agent.bacnet.service.PropertyResult;

/**
 * SubscribeCOV against the real device: the subscription is acknowledged, the initial notification
 * carries the table's present-value, and a change the test makes arrives pushed.
 */
class CovTest {

  private static final InetSocketAddress DEVICE = new InetSocketAddress("127.0.0.2", 47808);
  private static final ObjectId AI3 = new ObjectId(0, 3);
  private static DevicePeer device;

  @BeforeAll
  static void startDevice() throws Exception {
    device = new DevicePeer("127.0.0.2", 47808, "device-1234.json");
  }

  @AfterAll
  static void stopDevice() throws Exception {
    if (device != null) {
      device.close();
    }
  }

  @Test
  void aSubscriptionPushesTheInitialValueAndEachChange() throws Exception {
    BlockingQueue<CovNotification> received = new LinkedBlockingQueue<>();
    try (BacnetClient client = new BacnetClient(new InetSocketAddress("127.0.0.1", 0), 1000, 1)) {
      client.onCovNotification(received::add);

      client.subscribeCov(DEVICE, AI3, 42, 60);

      CovNotification first = received.poll(3, TimeUnit.SECONDS);
      assertThat(first).isNotNull();
      assertThat(first.processId()).isEqualTo(42);
      assertThat(first.device()).isEqualTo(1234);
      assertThat(first.values()).containsExactly(PropertyResult.of(AI3, 85, new Value(4, 21.5f)));

      device.send("set analog-input:3 present-value real 23.75");

      CovNotification change = received.poll(3, TimeUnit.SECONDS);
      assertThat(change).isNotNull();
      assertThat(change.values()).containsExactly(PropertyResult.of(AI3, 85, new Value(4, 23.75f)));
    } finally {
      device.send("set analog-input:3 present-value real 21.5");
    }
  }

  @Test
  void subscribingToAnUnknownObjectIsTheDevicesError() throws Exception {
    try (BacnetClient client = new BacnetClient(new InetSocketAddress("127.0.0.1", 0), 1000, 1)) {
      assertThatThrownBy(() -> client.subscribeCov(DEVICE, new ObjectId(0, 99), 1, 60))
          .hasMessage("unknown-object (error class object)");
    }
  }
}
