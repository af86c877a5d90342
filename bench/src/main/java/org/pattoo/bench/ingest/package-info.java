/**
 * The ingestion benchmark: synthetic points posted in both formats over several connections,
 * points/s and latency per run, and the bytes per sample the runs added.
 */
package org.pattoo.bench.ingest;
