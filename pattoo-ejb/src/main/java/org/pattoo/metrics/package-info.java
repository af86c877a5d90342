/**
 * pattoo's own health as Prometheus metrics: one registry, and the gauges read from the database.
 */
package org.pattoo.metrics;
