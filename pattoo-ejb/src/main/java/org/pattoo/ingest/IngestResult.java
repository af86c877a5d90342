package org.pattoo.ingest;

/**
 * The answer to an accepted request.
 *
 * @param accepted data points in the request, all valid
 * @param stored samples written now
 * @param duplicates numeric samples whose (series, timestamp) was already stored
 * @param unchanged string samples equal to the series' previous value (or already stored)
 * @param newSeries series seen for the first time
 */
public record IngestResult(
    int accepted, int stored, int duplicates, int unchanged, int newSeries) {}
