package org.pattoo.agent.testing;

import java.util.ArrayList;
import java.util.List;
import org.pattoo.agent.Collector;
import org.pattoo.agent.DataPoint;
import org.pattoo.agent.DataType;
import org.pattoo.agent.Metadata;
import org.pattoo.agent.TargetData;

/**
 * A sink that writes what collectors gave as golden-file lines: {@code target key type value
 * label=value...} for data points (spaces in strings and labels as {@code _}, so a line stays
 * words), {@code target: reason} for failed targets. Collectors may call it concurrently.
 */
public final class Recorder implements Collector.Sink {

  private final List<String> points = new ArrayList<>();
  private final List<String> errors = new ArrayList<>();
  private double seconds;

  /** Polls each collector once (without closing it), timed. */
  public static Recorder poll(List<Collector> collectors) {
    Recorder recorder = new Recorder();
    long start = System.nanoTime();
    for (Collector c : collectors) {
      c.collect(recorder);
    }
    recorder.seconds = (System.nanoTime() - start) / 1e9;
    return recorder;
  }

  public synchronized List<String> points() {
    return List.copyOf(points);
  }

  public synchronized List<String> errors() {
    return List.copyOf(errors);
  }

  /** How long the poll took. */
  public double seconds() {
    return seconds;
  }

  @Override
  public synchronized void add(TargetData data) {
    for (DataPoint p : data.points()) {
      StringBuilder line = new StringBuilder(data.target() + " " + p.key() + " ");
      if (p.type() == DataType.STRING) {
        line.append("string ").append(words(p.text()));
      } else if (p.type() == DataType.FLOAT) {
        line.append("float ").append(p.number().doubleValue());
      } else {
        line.append(p.type() == DataType.INT ? "int" : p.type().name().toLowerCase())
            .append(' ')
            .append(p.number());
      }
      for (Metadata m : p.metadata()) {
        line.append(' ').append(m.key()).append('=').append(words(m.value()));
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
    throw new AssertionError("a poll of this agent relays nothing");
  }

  private static String words(String text) {
    return text.replace(' ', '_');
  }
}
