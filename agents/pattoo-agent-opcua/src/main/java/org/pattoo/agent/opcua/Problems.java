package org.pattoo.agent.opcua;

import java.net.ConnectException;
import java.net.UnknownHostException;
import java.nio.channels.UnresolvedAddressException;
import java.util.Locale;
import java.util.concurrent.TimeoutException;
import org.eclipse.milo.opcua.stack.core.StatusCodes;
import org.eclipse.milo.opcua.stack.core.UaException;
import org.eclipse.milo.opcua.stack.core.types.builtin.StatusCode;

/** One-line descriptions of what went wrong talking to a server, for the group's error. */
final class Problems {

  private Problems() {}

  static String of(Throwable e, long timeoutMs) {
    for (Throwable t = e; t != null; t = t.getCause()) {
      if (t instanceof ServerTrust.Untrusted || t instanceof Refused) {
        return t.getMessage();
      }
    }
    for (Throwable t = e; t != null; t = t.getCause()) {
      if (t instanceof TimeoutException) {
        return noAnswer(timeoutMs);
      }
      if (t instanceof ConnectException) {
        return "connection refused";
      }
      if (t instanceof UnknownHostException || t instanceof UnresolvedAddressException) {
        return "unknown host";
      }
    }
    for (Throwable t = e; t != null; t = t.getCause()) {
      if (t instanceof UaException ua) {
        String name = name(ua.getStatusCode());
        if (name.equals("Bad_Timeout")) {
          return noAnswer(timeoutMs);
        }
        return name;
      }
    }
    String message = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
    if (message.toLowerCase(Locale.ROOT).contains("timed out")) {
      return noAnswer(timeoutMs);
    }
    return message.lines().findFirst().orElse(message).strip();
  }

  /** The status code's symbolic name, e.g. Bad_NodeIdUnknown. */
  static String name(StatusCode code) {
    return StatusCodes.lookup(code.getValue())
        .map(n -> n[0])
        .orElse(String.format("0x%08X", code.getValue()));
  }

  static String noAnswer(long timeoutMs) {
    return "no answer within "
        + (timeoutMs % 1000 == 0 ? timeoutMs / 1000 + " s" : timeoutMs + " ms");
  }

  /** A connection the agent itself refuses to make; its message is the whole story. */
  static final class Refused extends Exception {
    Refused(String message) {
      super(message);
    }
  }
}
