package org.pattoo.query;

/**
 * The newest sample of a series.
 *
 * @param value the number, or null for strings
 * @param text the string, or null for numbers
 * @param rate for counters, the per-second rate from the sample before; null if unknown
 */
public record LatestSample(
    long idxDatapoint, long timestamp, Double value, String text, Double rate) {}
