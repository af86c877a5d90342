package org.pattoo.graphql;

import java.util.List;
import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Type;
import org.pattoo.query.DatapointInfo;

/** A time series as GraphQL shows it; its newest sample is a batched field. */
@Type("Datapoint")
@Description("One time series: its identity, labels and translation")
public record Datapoint(
    @Description("Database id, as the original's idxDatapoint; the id series queries take")
        long idxDatapoint,
    @Description("Series identity: SHA-512 of agent id, polled target and agent checksum")
        String checksum,
    @Description("Metric key, prefixed with the agent program") String key,
    @Description("2 string, 32 counter, 64 counter64, 99 int, 101 float") int dataType,
    @Description("Polling interval in milliseconds") long pollingInterval,
    boolean enabled,
    String agentId,
    String agentPolledTarget,
    String agentProgram,
    String agentHostname,
    List<Label> metadata,
    @Description(
            "Human label of the key in the caller's language (their choice, else pattoo.query.language), if translated")
        String label,
    @Description("Units of that translation, if translated") String units) {

  public static Datapoint of(DatapointInfo d) {
    return new Datapoint(
        d.idxDatapoint(),
        d.checksum(),
        d.key(),
        d.dataType(),
        d.pollingInterval(),
        d.enabled(),
        d.agentId(),
        d.target(),
        d.program(),
        d.hostname(),
        d.metadata().entrySet().stream().map(e -> new Label(e.getKey(), e.getValue())).toList(),
        d.label().orElse(null),
        d.units().orElse(null));
  }
}
