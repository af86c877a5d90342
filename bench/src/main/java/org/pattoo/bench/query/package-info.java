/**
 * The query benchmark: a 7-day seed, the time rollups take to catch up with it, and the latency of
 * the GraphQL reads a dashboard makes.
 */
package org.pattoo.bench.query;
