package org.pattoo.agent.bacnet.client;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.InetSocketAddress;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.pattoo.agent.bacnet.codec.Captures;
import org.pattoo.agent.bacnet.codec.ObjectId;
import org.pattoo.agent.bacnet.codec.Value;
import org.pattoo.agent.bacnet.service.PropertyResult;

/** Invoke ids, retries, timeouts, and Reject, Abort and segmented answers (135-2020 clause 5.4). */
class BacnetClientTest {

  private static final ObjectId AI3 = new ObjectId(0, 3);
  private BacnetClient client;
  private ScriptedDevice device;

  @BeforeEach
  void open() throws Exception {
    client = new BacnetClient(new InetSocketAddress("127.0.0.1", 0), 200, 2);
  }

  @AfterEach
  void close() {
    client.close();
    if (device != null) {
      device.close();
    }
  }

  private static byte[] capture(String name) {
    try {
      return Captures.frame(name);
    } catch (Exception e) {
      throw new IllegalStateException(e);
    }
  }

  @Test
  void retriesWithTheSameInvokeIdAndTakesTheAnswerToTheRetry() throws Exception {
    byte[] ack = capture("rp-analog-input-3-present-value.answer");
    device =
        new ScriptedDevice(
            (n, req) ->
                n == 0 ? Optional.empty() : Optional.of(ScriptedDevice.answering(req, ack)));

    PropertyResult r = client.readProperty(device.address(), AI3, 85);

    assertThat(r).isEqualTo(PropertyResult.of(AI3, 85, new Value(4, 21.5f)));
    assertThat(device.received()).hasSize(2);
    assertThat(device.received().get(0)).isEqualTo(device.received().get(1));
  }

  @Test
  void aSilentDeviceCostsEveryTryAndIsNamedSo() throws Exception {
    device = new ScriptedDevice((n, req) -> Optional.empty());
    long start = System.nanoTime();

    assertThatThrownBy(() -> client.readProperty(device.address(), AI3, 85))
        .isInstanceOf(BacnetException.class)
        .hasMessage("no answer within 200 ms (3 tries)")
        .matches(e -> !((BacnetException) e).answered());

    assertThat((System.nanoTime() - start) / 1e6).isBetween(550.0, 1500.0);
    assertThat(device.received()).hasSize(3);
  }

  @Test
  void anAnswerWithAnotherInvokeIdIsNotTaken() throws Exception {
    byte[] ack = capture("rp-analog-input-3-present-value.answer");
    device =
        new ScriptedDevice(
            (n, req) -> {
              byte[] a = ScriptedDevice.answering(req, ack);
              a[7]++;
              return Optional.of(a);
            });

    assertThatThrownBy(() -> client.readProperty(device.address(), AI3, 85))
        .hasMessage("no answer within 200 ms (3 tries)");
  }

  @Test
  void rejectAndAbortAreNamedWithTheirReason() throws Exception {
    byte[] reject = capture("reject-unrecognized-service.answer");
    byte[] abort = capture("abort-segmentation-not-supported.answer");
    device =
        new ScriptedDevice(
            (n, req) -> Optional.of(ScriptedDevice.answering(req, n == 0 ? reject : abort)));

    assertThatThrownBy(
            () -> client.readPropertyMultiple(device.address(), Map.of(AI3, List.of(85))))
        .hasMessage("rejected: unrecognized-service")
        .matches(e -> ((BacnetException) e).answered());
    assertThatThrownBy(() -> client.readProperty(device.address(), AI3, 85))
        .hasMessage("aborted: segmentation-not-supported");
  }

  @Test
  void aSegmentedAnswerIsRefusedAndAbortedTowardsTheDevice() throws Exception {
    byte[] segmented = capture("complex-ack-segmented.answer");
    device =
        new ScriptedDevice(
            (n, req) ->
                n == 0 ? Optional.of(ScriptedDevice.answering(req, segmented)) : Optional.empty());

    assertThatThrownBy(
            () -> client.readPropertyMultiple(device.address(), Map.of(AI3, List.of(85))))
        .hasMessage("segmented answer refused (this client does not reassemble segments)");

    Thread.sleep(100);
    byte[] request = device.received().get(0);
    // clause 20.1.9: Abort from the client (SRV=0), the request's invoke id, reason 4
    assertThat(Captures.hex(device.received().get(1)))
        .isEqualTo(String.format("810a0009010070%02x04", request[8] & 0xFF));
  }

  @Test
  void concurrentRequestsToOneDeviceGetDistinctInvokeIds() throws Exception {
    byte[] ack = capture("rp-analog-input-3-present-value.answer");
    device = new ScriptedDevice((n, req) -> Optional.of(ScriptedDevice.answering(req, ack)));
    ExecutorService pool = Executors.newFixedThreadPool(8);
    try {
      List<Callable<PropertyResult>> calls =
          java.util.Collections.nCopies(16, () -> client.readProperty(device.address(), AI3, 85));
      for (Future<PropertyResult> f : pool.invokeAll(calls)) {
        assertThat(f.get().value()).contains(new Value(4, 21.5f));
      }
    } finally {
      pool.shutdownNow();
    }
    assertThat(device.received().stream().map(r -> r[8]).distinct().count()).isEqualTo(16);
  }
}
