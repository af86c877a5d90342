package org.pattoo.agent.bacnet.client;

import java.io.IOException;
import java.net.DatagramPacket;
import java.net.DatagramSocket;
import java.net.SocketAddress;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.function.Consumer;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.pattoo.agent.bacnet.apdu.Apdu;
import org.pattoo.agent.bacnet.apdu.Reasons;
import org.pattoo.agent.bacnet.codec.MalformedException;
import org.pattoo.agent.bacnet.service.CovNotification;
import org.pattoo.agent.bacnet.service.IAm;
import org.pattoo.agent.bacnet.service.Services;

/**
 * Reads every datagram of the client's socket and hands each answer to the request waiting for it,
 * by sender and invoke id, and each I-Am to the Who-Is waiting on its sender. Anything else (other
 * services, answers nobody waits for any more, malformed frames) is dropped.
 */
final class Receiver implements Runnable {

  private static final Logger LOG = Logger.getLogger("org.pattoo.agent.bacnet");

  private final DatagramSocket socket;
  private final Map<String, CompletableFuture<Apdu>> pending;
  private final Map<SocketAddress, CompletableFuture<IAm>> discovering;
  private volatile Consumer<CovNotification> covListener = n -> {};

  Receiver(
      DatagramSocket socket,
      Map<String, CompletableFuture<Apdu>> pending,
      Map<SocketAddress, CompletableFuture<IAm>> discovering) {
    this.socket = socket;
    this.pending = pending;
    this.discovering = discovering;
  }

  void covListener(Consumer<CovNotification> listener) {
    this.covListener = listener;
  }

  static String key(SocketAddress device, int invokeId) {
    return device + "#" + invokeId;
  }

  @Override
  public void run() {
    byte[] buffer = new byte[1500];
    while (!socket.isClosed()) {
      DatagramPacket packet = new DatagramPacket(buffer, buffer.length);
      try {
        socket.receive(packet);
        Optional<Apdu> apdu = Frames.apdu(buffer, packet.getLength());
        if (apdu.isPresent()) {
          dispatch(packet.getSocketAddress(), apdu.get());
        }
      } catch (MalformedException e) {
        LOG.fine(
            () -> packet.getSocketAddress() + ": dropped a malformed frame: " + e.getMessage());
      } catch (IOException e) {
        if (!socket.isClosed()) {
          LOG.log(Level.WARNING, "BACnet socket: " + e.getMessage());
        }
      }
    }
  }

  private void dispatch(SocketAddress from, Apdu apdu) throws IOException {
    if (apdu instanceof Apdu.UnconfirmedRequest u) {
      if (u.service() == Services.UNCONFIRMED_COV_NOTIFICATION) {
        notification(from, u);
      } else {
        iAm(from, u);
      }
      return;
    }
    int invokeId;
    if (apdu instanceof Apdu.ComplexAck a) {
      invokeId = a.invokeId();
      if (a.segmented()) {
        // Clause 5.4.5.3 (client side): a segmented answer we cannot take is aborted, reason
        // segmentation-not-supported, so the device stops sending segments.
        byte[] abort =
            Frames.datagram(
                new Apdu.Abort(invokeId, false, Reasons.ABORT_SEGMENTATION_NOT_SUPPORTED));
        socket.send(new DatagramPacket(abort, abort.length, from));
      }
    } else if (apdu instanceof Apdu.SimpleAck a) {
      invokeId = a.invokeId();
    } else if (apdu instanceof Apdu.Error e) {
      invokeId = e.invokeId();
    } else if (apdu instanceof Apdu.Reject r) {
      invokeId = r.invokeId();
    } else if (apdu instanceof Apdu.Abort a) {
      invokeId = a.invokeId();
    } else {
      return;
    }
    CompletableFuture<Apdu> waiting = pending.get(key(from, invokeId));
    if (waiting != null) {
      waiting.complete(apdu);
    }
  }

  private void notification(SocketAddress from, Apdu.UnconfirmedRequest request) {
    try {
      covListener.accept(CovNotification.decode(request.body()));
    } catch (MalformedException e) {
      LOG.fine(() -> from + ": dropped a malformed COV notification: " + e.getMessage());
    }
  }

  private void iAm(SocketAddress from, Apdu.UnconfirmedRequest request) {
    CompletableFuture<IAm> waiting = discovering.get(from);
    if (request.service() != Services.I_AM || waiting == null) {
      return;
    }
    try {
      waiting.complete(IAm.decode(request.body()));
    } catch (MalformedException e) {
      waiting.completeExceptionally(new IllegalStateException("malformed I-Am: " + e.getMessage()));
    }
  }
}
