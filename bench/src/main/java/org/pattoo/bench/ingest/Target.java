package org.pattoo.bench.ingest;

import java.io.IOException;
import java.net.URI;
import java.util.Map;
import org.pattoo.bench.BlockingPost;
import org.pattoo.bench.Server;

/**
 * Where a run's bodies go and how each is posted: pattoo with its agent token, or the peer it is
 * compared with. {@code system} names it in the step lines and the comparison table.
 */
record Target(String system, URI uri, Poster post) {

  /** Posts one body on the caller's thread. */
  interface Poster {
    BlockingPost.Reply post(byte[] body) throws IOException;
  }

  /** pattoo's endpoint for the run's format, with the agent token when there is one. */
  static Target pattoo(Server server, IngestRun run) {
    URI uri = server.uri(run.format().path(run.name()));
    return new Target(
        "pattoo", uri, body -> server.agentPost(uri, run.format().contentType(), body));
  }

  /** An endpoint that takes a plain POST, as InfluxDB's write API on loopback does. */
  static Target plain(String system, URI uri, String contentType) {
    return new Target(
        system, uri, body -> BlockingPost.send(uri, Map.of("Content-Type", contentType), body));
  }
}
