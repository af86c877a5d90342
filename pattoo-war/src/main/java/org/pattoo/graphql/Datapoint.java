package org.pattoo.graphql;

import java.util.List;
import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Type;

/** A time series as GraphQL shows it. */
@Type("Datapoint")
@Description("One time series: its identity, labels and newest sample")
public record Datapoint(
    @Description("Database id, as the original's idxDatapoint") long idxDatapoint,
    @Description("Series identity: SHA-512 of agent id, polled target and agent checksum")
        String checksum,
    @Description("Metric key, prefixed with the agent program") String key,
    @Description("2 string, 32 counter, 64 counter64, 99 int, 101 float") int dataType,
    @Description("Polling interval in milliseconds") long pollingInterval,
    String agentId,
    String agentPolledTarget,
    String agentProgram,
    String agentHostname,
    List<Label> metadata,
    @Description("Newest sample, if any") Sample latest) {}
