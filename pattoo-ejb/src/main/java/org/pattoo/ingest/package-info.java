/**
 * Ingestion: what both formats share (the sample batch, who reported a series, the problems a
 * payload has) and the storing of a batch in one transaction. Each format's decoder lives in its
 * own package: {@code json} for the original agents, {@code line} for Influx line protocol.
 */
package org.pattoo.ingest;
