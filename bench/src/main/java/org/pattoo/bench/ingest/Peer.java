package org.pattoo.bench.ingest;

/** A system {@code --compare} sends the same line-protocol load to, right after pattoo. */
public enum Peer {
  /** InfluxDB 1.x, through its {@code /write} API. */
  INFLUXDB("influxdb", "InfluxDB");

  private final String option;
  private final String title;

  Peer(String option, String title) {
    this.option = option;
    this.title = title;
  }

  String title() {
    return title;
  }

  @Override
  public String toString() {
    return option;
  }

  /** Reads {@code --compare} by the names the help text gives. */
  public static final class Converter extends ByName<Peer> {

    public Converter() {
      super(values());
    }
  }
}
