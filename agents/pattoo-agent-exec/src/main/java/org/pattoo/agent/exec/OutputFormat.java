package org.pattoo.agent.exec;

import java.util.List;
import java.util.Optional;
import org.pattoo.agent.DataPoint;
import org.pattoo.agent.Metadata;

/** How a command's standard output is read. */
enum OutputFormat {
  /** InfluxDB line protocol, as Telegraf's exec input reads it. */
  INFLUX("influx"),
  /** One {@code key value [type]} a line. */
  KEY_VALUE("key_value");

  private final String configName;

  OutputFormat(String configName) {
    this.configName = configName;
  }

  String configName() {
    return configName;
  }

  static Optional<OutputFormat> of(String name) {
    for (OutputFormat f : values()) {
      if (f.configName.equals(name)) {
        return Optional.of(f);
      }
    }
    return Optional.empty();
  }

  /**
   * The data points of a whole output; the first bad line fails it all, since a half-read output
   * would post a partial picture as if it were complete.
   *
   * @param now the poll's time, for lines without a timestamp
   */
  List<DataPoint> parse(String output, Precision precision, long now, List<Metadata> metadata)
      throws BadOutputException {
    return switch (this) {
      case INFLUX -> LineProtocol.parse(output, precision, now, metadata);
      case KEY_VALUE -> KeyValueFormat.parse(output, now, metadata);
    };
  }
}
