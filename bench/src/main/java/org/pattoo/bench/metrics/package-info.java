/**
 * The server's Prometheus metrics as the benchmarks read them: a strict text-format parser, and
 * rollup progress and waiting built on its gauges, so no benchmark reads the server's tables.
 */
package org.pattoo.bench.metrics;
