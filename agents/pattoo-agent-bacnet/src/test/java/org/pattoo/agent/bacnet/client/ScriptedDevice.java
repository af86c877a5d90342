package org.pattoo.agent.bacnet.client;

import java.net.DatagramPacket;
import java.net.DatagramSocket;
import java.net.InetSocketAddress;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.BiFunction;

/**
 * A UDP peer on loopback that answers each datagram as the test scripts it (by the request's
 * number, from 0, and its octets), for what the real device cannot be made to do: stay silent once,
 * reject, abort, segment. It records every datagram it receives.
 */
public final class ScriptedDevice implements AutoCloseable {

  private final DatagramSocket socket;
  private final List<byte[]> received = new CopyOnWriteArrayList<>();

  public ScriptedDevice(BiFunction<Integer, byte[], Optional<byte[]>> script) throws Exception {
    socket = new DatagramSocket(new InetSocketAddress("127.0.0.6", 0));
    Thread t =
        new Thread(
            () -> {
              byte[] buffer = new byte[1500];
              while (!socket.isClosed()) {
                try {
                  DatagramPacket p = new DatagramPacket(buffer, buffer.length);
                  socket.receive(p);
                  byte[] request = Arrays.copyOf(buffer, p.getLength());
                  received.add(request);
                  Optional<byte[]> answer = script.apply(received.size() - 1, request);
                  if (answer.isPresent()) {
                    socket.send(
                        new DatagramPacket(
                            answer.get(), answer.get().length, p.getSocketAddress()));
                  }
                } catch (Exception e) {
                  return; // closed
                }
              }
            });
    t.setDaemon(true);
    t.start();
  }

  public InetSocketAddress address() {
    return (InetSocketAddress) socket.getLocalSocketAddress();
  }

  public List<byte[]> received() {
    return received;
  }

  /** A captured answer with its invoke id (APDU octet 1, frame octet 7) set to the request's. */
  public static byte[] answering(byte[] request, byte[] capture) {
    byte[] answer = capture.clone();
    answer[7] = request[8]; // request: BVLC 4 + NPDU 2, then APDU octets 0-1, invoke id
    return answer;
  }

  @Override
  public void close() {
    socket.close();
  }
}
