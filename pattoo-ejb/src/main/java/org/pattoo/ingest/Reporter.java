package org.pattoo.ingest;

import java.util.List;
import org.pattoo.series.DataType;
import org.pattoo.series.Label;
import org.pattoo.series.Names;
import org.pattoo.series.Series;
import org.pattoo.series.SeriesIdentity;

/**
 * Who reported a datapoint, in the terms every format shares, and how what they report becomes a
 * {@link Series}, the same for every format: the key and label keys prefixed with the agent
 * program, so two programs' "cpu" never meet; the identity from agent id, polled target and the
 * agent-side checksum (original-pattoo.md §2.5-2.6).
 *
 * @param target the polled target
 * @param pollingIntervalMs how often the agent polls what it reports
 */
public record Reporter(
    String agentId, String target, String program, String hostname, long pollingIntervalMs) {

  /**
   * The series of one datapoint.
   *
   * @param key the datapoint's key, not yet prefixed
   * @param labels its metadata, keys not yet prefixed
   * @param agentChecksum the agent-side checksum that, with agent id and target, identifies it
   */
  public Series describe(String key, DataType type, List<Label> labels, String agentChecksum) {
    return new Series(
        SeriesIdentity.checksum(agentId, target, agentChecksum),
        agentId,
        target,
        program,
        hostname,
        Names.prefixed(program, key),
        type,
        pollingIntervalMs,
        labels.stream().map(l -> new Label(Names.prefixed(program, l.key()), l.value())).toList());
  }
}
