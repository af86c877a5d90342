package org.pattoo.agent.bacnet.client;

import java.io.IOException;
import java.net.DatagramPacket;
import java.net.DatagramSocket;
import java.net.InetSocketAddress;
import java.net.SocketAddress;
import java.net.SocketException;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.function.Consumer;
import org.pattoo.agent.bacnet.apdu.Apdu;
import org.pattoo.agent.bacnet.apdu.Reasons;
import org.pattoo.agent.bacnet.codec.MalformedException;
import org.pattoo.agent.bacnet.codec.ObjectId;
import org.pattoo.agent.bacnet.service.CovNotification;
import org.pattoo.agent.bacnet.service.IAm;
import org.pattoo.agent.bacnet.service.PropertyResult;
import org.pattoo.agent.bacnet.service.ReadProperty;
import org.pattoo.agent.bacnet.service.ReadPropertyMultiple;
import org.pattoo.agent.bacnet.service.Services;
import org.pattoo.agent.bacnet.service.SubscribeCov;
import org.pattoo.agent.bacnet.service.WhoIs;

/**
 * Sends requests to devices from one UDP socket and waits (bounded) for their answers; requests to
 * several devices may run at once from different threads. A confirmed request is sent up to {@code
 * retries + 1} times with the same invoke id (135-2020 clause 5.4.4.1).
 */
public final class BacnetClient implements AutoCloseable {

  private final DatagramSocket socket;
  private final long timeoutMs;
  private final int retries;
  private final Map<String, CompletableFuture<Apdu>> pending = new ConcurrentHashMap<>();
  private final Map<SocketAddress, CompletableFuture<IAm>> discovering = new ConcurrentHashMap<>();
  private final InvokeIds invokeIds = new InvokeIds();
  private final Receiver receiverTask;
  private final Thread receiver;

  public BacnetClient(InetSocketAddress bind, long timeoutMs, int retries) throws SocketException {
    this.socket = new DatagramSocket(bind);
    this.timeoutMs = timeoutMs;
    this.retries = retries;
    this.receiverTask = new Receiver(socket, pending, discovering);
    this.receiver = new Thread(receiverTask, "pattoo-agent-bacnet-receive");
    receiver.setDaemon(true);
    receiver.start();
  }

  public InetSocketAddress localAddress() {
    return (InetSocketAddress) socket.getLocalSocketAddress();
  }

  /** How long a silent device costs one request: every try's timeout. */
  public long requestBoundMs() {
    return timeoutMs * (retries + 1);
  }

  public PropertyResult readProperty(InetSocketAddress device, ObjectId object, int property)
      throws BacnetException {
    byte[] body = confirmed(device, Services.READ_PROPERTY, ReadProperty.request(object, property));
    try {
      return ReadProperty.decodeAck(body);
    } catch (MalformedException e) {
      throw new BacnetException("malformed ReadProperty answer: " + e.getMessage(), true);
    }
  }

  public List<PropertyResult> readPropertyMultiple(
      InetSocketAddress device, Map<ObjectId, List<Integer>> reads) throws BacnetException {
    byte[] body =
        confirmed(device, Services.READ_PROPERTY_MULTIPLE, ReadPropertyMultiple.request(reads));
    try {
      return ReadPropertyMultiple.decodeAck(body);
    } catch (MalformedException e) {
      throw new BacnetException("malformed ReadPropertyMultiple answer: " + e.getMessage(), true);
    }
  }

  /**
   * SubscribeCOV (clause 13.14) for unconfirmed notifications, which arrive at the listener given
   * to {@link #onCovNotification}; a device without COV support answers with an Error or Reject.
   */
  public void subscribeCov(
      InetSocketAddress device, ObjectId object, long processId, long lifetimeSeconds)
      throws BacnetException {
    confirmed(
        device, Services.SUBSCRIBE_COV, SubscribeCov.request(processId, object, lifetimeSeconds));
  }

  /** Where COV notifications go, from any device; called on the receiving thread. */
  public void onCovNotification(Consumer<CovNotification> listener) {
    receiverTask.covListener(listener);
  }

  /**
   * Unicast Who-Is (clause 16.10) to one address, tried like a confirmed request; the first I-Am
   * from that address answers it. Never broadcast.
   */
  public IAm whoIs(InetSocketAddress device) throws BacnetException {
    CompletableFuture<IAm> answer = new CompletableFuture<>();
    if (discovering.putIfAbsent(device, answer) != null) {
      throw new BacnetException("a Who-Is to this address is already waiting", false);
    }
    try {
      byte[] frame = Frames.datagram(new Apdu.UnconfirmedRequest(Services.WHO_IS, WhoIs.any()));
      for (int attempt = 0; attempt <= retries; attempt++) {
        send(device, frame);
        try {
          return answer.get(timeoutMs, TimeUnit.MILLISECONDS);
        } catch (TimeoutException e) {
          // try again
        } catch (InterruptedException e) {
          Thread.currentThread().interrupt();
          throw new BacnetException("interrupted", false);
        } catch (ExecutionException e) {
          throw new BacnetException(e.getCause().getMessage(), true);
        }
      }
      throw new BacnetException("no I-Am to Who-Is within " + bound(), false);
    } finally {
      discovering.remove(device);
    }
  }

  private byte[] confirmed(InetSocketAddress device, int service, byte[] request)
      throws BacnetException {
    int invokeId = invokeIds.take(device);
    String key = Receiver.key(device, invokeId);
    CompletableFuture<Apdu> answer = new CompletableFuture<>();
    pending.put(key, answer);
    try {
      byte[] frame = Frames.datagram(new Apdu.ConfirmedRequest(invokeId, service, request));
      for (int attempt = 0; attempt <= retries; attempt++) {
        send(device, frame);
        try {
          return body(answer.get(timeoutMs, TimeUnit.MILLISECONDS), service);
        } catch (TimeoutException e) {
          // clause 5.4.4.1: retransmit with the same invoke id
        } catch (InterruptedException e) {
          Thread.currentThread().interrupt();
          throw new BacnetException("interrupted", false);
        } catch (ExecutionException e) {
          throw new BacnetException(String.valueOf(e.getCause().getMessage()), false);
        }
      }
      throw new BacnetException("no answer within " + bound(), false);
    } finally {
      pending.remove(key);
      invokeIds.release(device, invokeId);
    }
  }

  private static byte[] body(Apdu answer, int service) throws BacnetException {
    if (answer instanceof Apdu.ComplexAck a && a.segmented()) {
      throw new BacnetException(
          "segmented answer refused (this client does not reassemble segments)", true);
    }
    if (answer instanceof Apdu.ComplexAck a && a.service() == service) {
      return a.body();
    }
    if (answer instanceof Apdu.SimpleAck a && a.service() == service) {
      return new byte[0];
    }
    if (answer instanceof Apdu.Error e) {
      throw new BacnetException(Reasons.error(e.errorClass(), e.errorCode()), true);
    }
    if (answer instanceof Apdu.Reject r) {
      throw new BacnetException(Reasons.reject(r.reason()), true);
    }
    if (answer instanceof Apdu.Abort a) {
      throw new BacnetException(Reasons.abort(a.reason()), true);
    }
    throw new BacnetException("unexpected answer " + answer, true);
  }

  private String bound() {
    String each = timeoutMs % 1000 == 0 ? timeoutMs / 1000 + " s" : timeoutMs + " ms";
    return each + (retries == 0 ? "" : " (" + (retries + 1) + " tries)");
  }

  private void send(InetSocketAddress device, byte[] frame) throws BacnetException {
    try {
      socket.send(new DatagramPacket(frame, frame.length, device));
    } catch (IOException e) {
      throw new BacnetException("cannot send: " + e.getMessage(), false);
    }
  }

  @Override
  public void close() {
    socket.close();
  }
}
