/**
 * pattoo-bench's command line and what its benchmarks share: the server and its tokens, option
 * conversion, latency percentiles. Each benchmark is a package of its own ({@code ingest}, {@code
 * query}); {@code metrics} reads the server's Prometheus metrics they follow rollups and storage
 * by.
 */
package org.pattoo.bench;
