package org.pattoo.bench.ingest;

import java.net.URI;
import java.net.http.HttpRequest;
import java.time.Duration;
import java.util.function.Function;
import org.pattoo.bench.Server;

/**
 * Where a run's bodies go and how each is posted: pattoo with its agent token, or the peer it is
 * compared with. {@code system} names it in the step lines and the comparison table.
 */
record Target(String system, URI uri, Function<byte[], HttpRequest> post) {

  /** pattoo's endpoint for the run's format, with the agent token when there is one. */
  static Target pattoo(Server server, IngestRun run) {
    URI uri = server.uri(run.format().path(run.name()));
    return new Target(
        "pattoo", uri, body -> server.agentPost(uri, run.format().contentType(), body));
  }

  /** An endpoint that takes a plain POST, as InfluxDB's write API on loopback does. */
  static Target plain(String system, URI uri, String contentType) {
    return new Target(
        system,
        uri,
        body ->
            HttpRequest.newBuilder(uri)
                .timeout(Duration.ofMinutes(2))
                .header("Content-Type", contentType)
                .POST(HttpRequest.BodyPublishers.ofByteArray(body))
                .build());
  }
}
