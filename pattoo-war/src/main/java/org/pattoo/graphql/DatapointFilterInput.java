package org.pattoo.graphql;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Input;
import org.pattoo.query.DatapointFilter;

/** Which datapoints to list; every given field must match. */
@Input("DatapointFilter")
public record DatapointFilterInput(
    String agentId,
    String agentPolledTarget,
    @Description("Exact key") String key,
    @Description("Start of the key, e.g. pattoo_agent_linux_cpu") String keyPrefix,
    @Description("2 string, 32 counter, 64 counter64, 99 int, 101 float") Integer dataType,
    @Description("Metadata pairs the datapoint must all carry") List<LabelInput> metadata) {

  DatapointFilter toFilter() {
    Map<String, String> labels = new TreeMap<>();
    if (metadata != null) {
      metadata.forEach(l -> labels.put(l.key(), l.value()));
    }
    return new DatapointFilter(
        Optional.ofNullable(agentId),
        Optional.ofNullable(agentPolledTarget),
        Optional.ofNullable(key),
        Optional.ofNullable(keyPrefix),
        Optional.ofNullable(dataType),
        labels);
  }
}
