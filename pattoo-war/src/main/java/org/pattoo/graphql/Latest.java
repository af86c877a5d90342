package org.pattoo.graphql;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Type;
import org.pattoo.query.LatestSample;

/** The newest sample of a datapoint. */
@Type("LatestSample")
public record Latest(
    long idxDatapoint,
    @Description("Epoch ms") long timestamp,
    @Description("The number; null for string datapoints") Double value,
    @Description("The string; null for numeric datapoints") String text,
    @Description("Counters: per-second rate since the sample before; null when unknown")
        Double rate) {

  static Latest of(LatestSample s) {
    return new Latest(s.idxDatapoint(), s.timestamp(), s.value(), s.text(), s.rate());
  }
}
