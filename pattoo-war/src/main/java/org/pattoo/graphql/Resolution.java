package org.pattoo.graphql;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Enum;

/** What a series query reads. */
@Enum("Resolution")
@Description(
    "AUTO picks the coarsest tier giving at least pattoo.query.target-points points over the"
        + " range; RAW reads samples; the others read 5-minute, hourly or daily rollups")
public enum Resolution {
  AUTO,
  RAW,
  FIVE_MINUTES,
  HOUR,
  DAY
}
