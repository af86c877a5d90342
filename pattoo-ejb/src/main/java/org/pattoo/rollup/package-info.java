/**
 * Rollups: per-series buckets (5 minutes, 1 hour, 1 day) of min, max, sum, count, first and last,
 * and for counters the increase and the seconds it covers, so any tier gives the raw rate.
 */
package org.pattoo.rollup;
