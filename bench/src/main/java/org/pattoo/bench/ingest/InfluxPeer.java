package org.pattoo.bench.ingest;

import java.net.URI;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Optional;

/**
 * The InfluxDB 1.x that {@code --compare influxdb} sends the line-protocol bodies to: its write
 * endpoint for the database (millisecond precision, as the bodies are), and, when its folder is
 * given, its files for the storage figure.
 */
final class InfluxPeer {

  private final String url;
  private final String database;
  private final Optional<Path> dir;

  /** {@code url} without a trailing slash; {@code dir} holds the server's data/ and wal/. */
  InfluxPeer(String url, String database, Optional<Path> dir) {
    this.url = url;
    this.database = database;
    this.dir = dir;
  }

  Target target() {
    URI write =
        URI.create(
            url
                + "/write?db="
                + URLEncoder.encode(database, StandardCharsets.UTF_8)
                + "&precision=ms");
    return Target.plain(Peer.INFLUXDB.title(), write, Format.LINE.contentType());
  }

  /** The database's files, when the server's folder is known. */
  Optional<InfluxStorage> storage() {
    return dir.map(d -> new InfluxStorage(d, database));
  }
}
