package org.pattoo.agent.bacnet;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.DatagramPacket;
import java.net.DatagramSocket;
import java.net.InetSocketAddress;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.pattoo.agent.Collector;
import org.pattoo.agent.DataPoint;
import org.pattoo.agent.TargetData;
import org.pattoo.agent.bacnet.codec.ObjectId;
import org.pattoo.agent.testing.Settled;

/**
 * mode: cov against the real device 1234 (src/test/peers/device-1234.json), with the poll time
 * under the test's control: renewal before the lifetime ends, and notifications that are not the
 * agent's ignored.
 */
class CovModeTest {

  // A fixed port the notifications are sent to, below Linux's ephemeral range (32768-60999): a
  // port in it, as 47809 was, can be taken by any socket bound to port 0 and fail the bind.
  private static final InetSocketAddress AGENT = new InetSocketAddress("127.0.0.5", 31809);
  private DevicePeer device;

  private final AtomicLong now = new AtomicLong(1_800_000_000_000L);
  private final Clock clock =
      new Clock() {
        @Override
        public Instant instant() {
          return Instant.ofEpochMilli(now.get());
        }

        @Override
        public ZoneOffset getZone() {
          return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(java.time.ZoneId zone) {
          return this;
        }
      };

  // A device of its own for each test: one shared across them was seen, in the third test of a
  // run, to count none of a new collector's requests within 10 s (2 clean-clone runs of 4).
  @BeforeEach
  void startDevice() throws Exception {
    device = new DevicePeer("127.0.0.2", 47808, "device-1234.json");
  }

  @AfterEach
  void stopDevice() throws Exception {
    if (device != null) {
      device.close();
    }
  }

  /** Answers may take up to 3 s: a device peer just started answers slowly on a loaded machine. */
  private static BacnetCollector collector(Clock clock) {
    List<Point> points =
        List.of(new Point(new ObjectId(0, 3), 1), new Point(new ObjectId(2, 162), 1));
    Device d = new Device("127.0.0.2", 47808, points, 60);
    return new BacnetCollector(
        new Settings(AGENT.getHostString(), AGENT.getPort(), 3000, 1, 8, true, List.of(d)), clock);
  }

  @Test
  void subscriptionsAreRenewedWhenLessThanHalfTheirLifetimeIsLeft() throws Exception {
    try (BacnetCollector c = collector(clock)) {
      assertThat(requests(c, 4)).as("Who-Is, 2 SubscribeCOV, 1 RPM").isEqualTo(4);
      now.addAndGet(25_000);
      assertThat(requests(c, 0)).as("35 s of 60 left: nothing to send").isZero();
      now.addAndGet(10_000);
      assertThat(requests(c, 2)).as("25 s of 60 left: both renewed").isEqualTo(2);
    }
  }

  @Test
  void aDeviceThatStopsAnsweringIsSubscribedToAgainWhenItAnswers() throws Exception {
    try (BacnetCollector c = collector(clock)) {
      assertThat(requests(c, 4)).isEqualTo(4);
      device.close();
      now.addAndGet(35_000);
      assertThat(values(c))
          .containsExactly(
              "127.0.0.2: device 1234 at 127.0.0.2:47808: no answer within 3 s (2 tries)");
      device = new DevicePeer("127.0.0.2", 47808, "device-1234.json");
      now.addAndGet(1_000);
      // Both subscribed again. Whether a ReadPropertyMultiple follows in the same poll varied
      // between runs (3 requests or 2), so only the subscriptions are counted.
      c.collect(new Recorder(new ArrayList<>()));
      assertThat(Settled.count(device::subscriptions, 2)).as("SubscribeCOV").isEqualTo(2);
      assertThat(values(c))
          .containsExactly("analog_input_point_3=21.5", "analog_value_point_162=22.25");
    }
  }

  @Test
  void notificationsForOtherSubscriptionsAreIgnored() throws Exception {
    try (BacnetCollector c = collector(clock);
        DatagramSocket other = new DatagramSocket(new InetSocketAddress("127.0.0.1", 0))) {
      assertThat(values(c))
          .containsExactly("analog_input_point_3=21.5", "analog_value_point_162=22.25");

      // process id 1 is the first device's; 1234 = 0x4d2, 9999 = 0x270f; 99.0 = 0x42c60000
      send(other, notification("02", "000004d2", "00000003")); // another process id
      send(other, notification("01", "0000270f", "00000003")); // another device instance
      send(other, notification("01", "000004d2", "00000004")); // an object not subscribed to
      Thread.sleep(300);
      assertThat(values(c))
          .containsExactly("analog_input_point_3=21.5", "analog_value_point_162=22.25");

      send(other, notification("01", "000004d2", "00000003"));
      Thread.sleep(300);
      assertThat(values(c))
          .containsExactly("analog_input_point_3=99.0", "analog_value_point_162=22.25");
    }
  }

  /**
   * An unconfirmed COV notification as device 1234 sent it (testdata/cov-notification-analog-
   * input-3.answer.hex) with present-value 99.0 and the given process id, device instance and
   * analog-input object identifier.
   */
  private static byte[] notification(String processId, String device, String object) {
    return HexFormat.of()
        .parseHex(
            "810a0022010010020 9".replace(" ", "")
                + processId
                + "1c02"
                + device.substring(2)
                + "2c"
                + object
                + "3a012c4e09552e4442c600002f4f");
  }

  private static void send(DatagramSocket from, byte[] frame) throws Exception {
    from.send(new DatagramPacket(frame, frame.length, AGENT));
  }

  /** Requests the device answered during one poll, counted once the expected ones arrived. */
  private int requests(BacnetCollector c, int expected) throws Exception {
    int before = device.requests();
    c.collect(new Recorder(new ArrayList<>()));
    return Settled.count(device::requests, before + expected) - before;
  }

  private List<String> values(BacnetCollector c) {
    List<String> out = new ArrayList<>();
    c.collect(new Recorder(out));
    return out;
  }

  private record Recorder(List<String> values) implements Collector.Sink {

    @Override
    public synchronized void add(TargetData data) {
      for (DataPoint p : data.points()) {
        values.add(p.key() + "=" + p.number());
      }
    }

    @Override
    public void failed(String target, String reason) {
      values.add(target + ": " + reason);
    }

    @Override
    public void relay(String target, byte[] payload) {
      throw new AssertionError("a BACnet poll relays nothing");
    }
  }
}
