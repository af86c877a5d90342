package org.pattoo.ingest.line;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import org.pattoo.config.IngestLimits;
import org.pattoo.ingest.Reporter;
import org.pattoo.ingest.line.LineScanner.Field;
import org.pattoo.ingest.line.LineSeriesCache.Head;
import org.pattoo.series.DataType;
import org.pattoo.series.Label;
import org.pattoo.series.Names;
import org.pattoo.series.Series;
import org.pattoo.series.SeriesIdentity;

/**
 * What a line means in pattoo (docs/wire-protocol.md): measurement + field make the key, tags the
 * labels, the {@code host} tag the polled target, and the source the agent. What it worked out is
 * kept in the {@link LineSeriesCache} by the bytes it came from, so a steady writer's line costs
 * two lookups and no strings.
 */
final class LineSeries {

  private static final int MAX_CACHED_FIELDS = 10_000;

  private final LineSource source;
  private final String scope;
  private final IngestLimits limits;
  private final LineSeriesCache cache;

  LineSeries(LineSource source, IngestLimits limits, LineSeriesCache cache) {
    this.source = source;
    this.scope = source.identityPrefix();
    this.limits = limits;
    this.cache = cache;
  }

  /** The measurement and tags the scanner is at, from the cache when these bytes were seen. */
  Head head(LineScanner scanner) throws LineError {
    int headEnd = scanner.headEnd();
    SpanKey probe = SpanKey.probe(scope, scanner.body(), scanner.position(), headEnd);
    Head head = cache.get(probe);
    if (head != null) {
      scanner.moveTo(headEnd);
      return head;
    }
    String measurement = checked(scanner.name(false, "measurement"), "measurement");
    Map<String, String> tags = new TreeMap<>();
    while (scanner.at(',')) {
      scanner.skip();
      String key = checked(scanner.name(true, "tag key"), "tag key");
      scanner.expectEquals("tag " + key);
      tags.put(key, checked(scanner.name(false, "tag value of " + key), "tag value of " + key));
    }
    return cache.keep(probe.stored(), new Head(measurement, tags, new ConcurrentHashMap<>()));
  }

  /** The series of field {@code f} under {@code head}. */
  Series of(Head head, LineScanner scanner, Field f) throws LineError {
    SpanKey probe = SpanKey.probe(f.type(), scanner.body(), f.keyFrom(), f.keyTo());
    Series cached = head.series().get(probe);
    if (cached != null) {
      return cached;
    }
    Series series =
        describe(head, checked(scanner.text(f.keyFrom(), f.keyTo()), "field key"), f.type());
    if (head.series().size() >= MAX_CACHED_FIELDS) {
      head.series().clear();
    }
    Series raced = head.series().putIfAbsent(probe.stored(), series);
    return raced == null ? series : raced;
  }

  /**
   * The original agents' checksum chain over key, type and labels (original-pattoo.md §2.6), so a
   * series keeps its identity however its tags are ordered.
   */
  private Series describe(Head head, String fieldKey, DataType type) throws LineError {
    String target = checked(head.tags().getOrDefault("host", source.defaultTarget()), "host tag");
    String key = Names.tokenize(head.measurement() + "_" + fieldKey);
    if (key.isEmpty()) {
      throw new LineError("measurement and field " + fieldKey + " give an empty key");
    }
    List<Label> labels = new ArrayList<>();
    String agentChecksum = SeriesIdentity.sha256(key + type.code());
    for (Map.Entry<String, String> tag : head.tags().entrySet()) {
      String labelKey = Names.tokenize(tag.getKey());
      if (tag.getKey().equals("host") || labelKey.isEmpty()) {
        continue;
      }
      checked(tag.getValue(), "tag " + tag.getKey());
      agentChecksum = SeriesIdentity.sha256(agentChecksum + labelKey + tag.getValue());
      labels.add(new Label(labelKey, tag.getValue()));
    }
    Reporter reporter =
        new Reporter(
            source.agentId(), target, source.program(), target, source.pollingIntervalMs());
    return reporter.describe(key, type, labels, agentChecksum);
  }

  /** {@code text}, unless it is longer than the limit. */
  String checked(String text, String what) throws LineError {
    String problem = limits.lengthProblem(text);
    if (problem != null) {
      throw new LineError(what + ": " + problem);
    }
    return text;
  }
}
