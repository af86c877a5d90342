package org.pattoo.graphql;

import org.eclipse.microprofile.graphql.Enum;

/** Orders of the datapoints list. */
@Enum("DatapointSort")
public enum DatapointOrder {
  KEY,
  ID
}
