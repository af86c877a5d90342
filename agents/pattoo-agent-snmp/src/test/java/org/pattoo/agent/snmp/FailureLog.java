package org.pattoo.agent.snmp;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.logging.Handler;
import java.util.logging.Level;
import java.util.logging.LogRecord;

/** Each poll's failures, as the core logs them: "target: reason". */
final class FailureLog extends Handler {

  final List<String> lines = new CopyOnWriteArrayList<>();

  @Override
  public void publish(LogRecord r) {
    if (r.getLevel().intValue() >= Level.WARNING.intValue()) {
      lines.add(r.getMessage() + (r.getThrown() == null ? "" : " " + r.getThrown()));
    }
  }

  @Override
  public void flush() {}

  @Override
  public void close() {}
}
