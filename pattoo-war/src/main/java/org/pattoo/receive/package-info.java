/**
 * The HTTP side of ingestion: the agent and InfluxDB write routes, their token filter and body
 * limits; storing is the ejb's {@code org.pattoo.ingest}.
 */
package org.pattoo.receive;
