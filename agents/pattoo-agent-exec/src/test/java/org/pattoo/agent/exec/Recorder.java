package org.pattoo.agent.exec;

import java.util.List;
import java.util.Locale;
import org.pattoo.agent.Collector;
import org.pattoo.agent.DataPoint;
import org.pattoo.agent.DataType;
import org.pattoo.agent.Metadata;
import org.pattoo.agent.TargetData;
import org.pattoo.agent.wire.Json;

/**
 * Writes what a poll gave as the golden files' lines: {@code target key type value timestamp
 * labels} for data points, {@code target: reason} for errors.
 */
record Recorder(List<String> points, List<String> errors) implements Collector.Sink {

  @Override
  public synchronized void add(TargetData data) {
    for (DataPoint p : data.points()) {
      StringBuilder line =
          new StringBuilder(data.target() + " " + p.key() + " " + typeName(p.type()) + " ");
      line.append(p.type() == DataType.STRING ? Json.string(p.text()) : Json.number(p.number()));
      line.append(' ').append(p.timestamp());
      for (Metadata m : p.metadata()) {
        line.append(' ').append(m.key()).append('=').append(m.value());
      }
      points.add(line.toString());
    }
  }

  @Override
  public synchronized void failed(String target, String reason) {
    errors.add(target + ": " + reason);
  }

  @Override
  public void relay(String target, byte[] payload) {
    throw new AssertionError("commands relay nothing");
  }

  private static String typeName(DataType type) {
    return switch (type) {
      case COUNTER32 -> "counter";
      default -> type.name().toLowerCase(Locale.ROOT);
    };
  }
}
