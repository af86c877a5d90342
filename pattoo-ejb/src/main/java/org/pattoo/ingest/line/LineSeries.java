package org.pattoo.ingest.line;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.pattoo.config.IngestLimits;
import org.pattoo.ingest.Reporter;
import org.pattoo.ingest.line.LineScanner.Field;
import org.pattoo.series.DataType;
import org.pattoo.series.Label;
import org.pattoo.series.Names;
import org.pattoo.series.Series;
import org.pattoo.series.SeriesIdentity;

/**
 * What a line means in pattoo (docs/wire-protocol.md): measurement + field make the key, tags the
 * labels, the {@code host} tag the polled target, and the source the agent. What it worked out is
 * kept in the {@link LineSeriesCache} by the bytes it came from, so a steady writer's field costs
 * one lookup and no strings; a line's head is parsed only for a field not seen before.
 */
final class LineSeries {

  private final LineSource source;
  private final String scope;
  private final IngestLimits limits;
  private final LineSeriesCache cache;
  private FieldTable table;
  private int parsedFrom = -1; // where the head in `parsed` starts
  private Head parsed;

  /** A line's measurement and tags, parsed. */
  private record Head(String measurement, Map<String, String> tags) {}

  LineSeries(LineSource source, IngestLimits limits, LineSeriesCache cache) {
    this.source = source;
    this.scope = source.identityPrefix();
    this.limits = limits;
    this.cache = cache;
    this.table = cache.table(scope);
  }

  /**
   * The series of field {@code f} of the line whose head is {@code body[headFrom, headTo)} with
   * hash {@code headHash}; parses the head, through the scanner, if this field is new.
   */
  Series of(LineScanner scanner, int headFrom, int headTo, int headHash, Field f) throws LineError {
    FieldKey key =
        FieldKey.of(scanner.body(), headFrom, headTo, headHash, f.type(), f.keyFrom(), f.keyTo());
    Series cached = table.get(key);
    if (cached != null) {
      return cached;
    }
    Head head = head(scanner, headFrom);
    Series described =
        describe(head, checked(scanner.text(f.keyFrom(), f.keyTo()), "field key"), f.type());
    Series kept = cache.keep(scope, key, described);
    table = cache.table(scope);
    return kept;
  }

  /** The head starting at {@code from}, parsed once per line. */
  private Head head(LineScanner scanner, int from) throws LineError {
    if (parsedFrom == from) {
      return parsed;
    }
    int resume = scanner.position();
    scanner.moveTo(from);
    String measurement = checked(scanner.name(false, "measurement"), "measurement");
    Map<String, String> tags = new TreeMap<>();
    while (scanner.at(',')) {
      scanner.skip();
      String key = checked(scanner.name(true, "tag key"), "tag key");
      scanner.expectEquals("tag " + key);
      tags.put(key, checked(scanner.name(false, "tag value of " + key), "tag value of " + key));
    }
    scanner.moveTo(resume);
    parsedFrom = from;
    parsed = new Head(measurement, tags);
    return parsed;
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
