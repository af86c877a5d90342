package org.pattoo.agent.opcua;

import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

/** A TCP server on 127.0.0.1 that accepts connections and never answers: a hung OPC UA server. */
final class SilentServer implements AutoCloseable {

  private final ServerSocket socket;
  private final List<Socket> held = new CopyOnWriteArrayList<>();

  SilentServer() throws IOException {
    socket = new ServerSocket(0, 50, InetAddress.getLoopbackAddress());
    Thread t =
        new Thread(
            () -> {
              try {
                while (true) {
                  held.add(socket.accept());
                }
              } catch (IOException closed) {
                // the test is over
              }
            });
    t.setDaemon(true);
    t.start();
  }

  int port() {
    return socket.getLocalPort();
  }

  @Override
  public void close() throws IOException {
    socket.close();
    for (Socket s : held) {
      s.close();
    }
  }
}
