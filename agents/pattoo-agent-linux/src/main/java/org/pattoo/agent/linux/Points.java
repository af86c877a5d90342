package org.pattoo.agent.linux;

import java.util.Arrays;
import java.util.List;
import java.util.stream.Stream;
import org.pattoo.agent.DataPoint;
import org.pattoo.agent.DataType;
import org.pattoo.agent.Metadata;

/** Builds a reader's data points with the host's common metadata plus the reader's own. */
final class Points {

  private Points() {}

  static void add(
      List<DataPoint> out,
      String key,
      DataType type,
      Number value,
      long now,
      Metadata[] common,
      Metadata... own) {
    Metadata[] all =
        Stream.concat(Arrays.stream(own), Arrays.stream(common)).toArray(Metadata[]::new);
    out.add(DataPoint.number(key, type, value, now, all));
  }
}
