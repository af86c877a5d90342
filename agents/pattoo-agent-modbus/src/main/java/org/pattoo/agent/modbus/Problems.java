package org.pattoo.agent.modbus;

import java.net.ConnectException;
import java.net.NoRouteToHostException;
import java.net.SocketTimeoutException;
import java.net.UnknownHostException;
import java.util.Locale;

/** One-line descriptions of what went wrong talking to a device, for the target's error. */
final class Problems {

  private Problems() {}

  static String of(Throwable e, long timeoutMs) {
    for (Throwable t = e; t != null; t = t.getCause()) {
      if (t instanceof SocketTimeoutException) {
        return noAnswer(timeoutMs);
      }
      if (t instanceof ConnectException) {
        return "connection refused";
      }
      if (t instanceof UnknownHostException) {
        return "unknown host";
      }
      if (t instanceof NoRouteToHostException) {
        return "no route to host";
      }
    }
    String message = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
    if (message.toLowerCase(Locale.ROOT).contains("timed out")) {
      return noAnswer(timeoutMs);
    }
    return message.lines().findFirst().orElse(message).strip();
  }

  static String noAnswer(long timeoutMs) {
    return "no answer within " + seconds(timeoutMs);
  }

  private static String seconds(long ms) {
    return ms % 1000 == 0 ? ms / 1000 + " s" : ms + " ms";
  }
}
