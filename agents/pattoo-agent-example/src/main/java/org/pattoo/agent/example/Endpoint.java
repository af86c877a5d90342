package org.pattoo.agent.example;

import java.net.URI;
import java.time.Duration;
import java.util.List;
import org.pattoo.agent.Metadata;

/**
 * One JSON document to fetch each poll and the fields to read from it.
 *
 * @param target the polled target of its data points: its name, or else its URL
 * @param metadata identity labels of all its data points
 */
// tag::endpoint[]
record Endpoint(
    String target, URI url, Duration timeout, List<Field> fields, List<Metadata> metadata) {

  Endpoint {
    if (!"http".equals(url.getScheme()) && !"https".equals(url.getScheme())) {
      throw new IllegalArgumentException(
          "url: expecting http:// or https://, found \"" + url + "\"");
    }
    if (fields.isEmpty()) {
      throw new IllegalArgumentException("fields: expecting at least one field");
    }
    fields = List.copyOf(fields);
    metadata = List.copyOf(metadata);
  }
}
// end::endpoint[]
