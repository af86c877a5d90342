package org.pattoo.query;

import java.util.List;

/**
 * The points of one series over a range.
 *
 * @param resolution what was read (never AUTO)
 * @param stepMs distance between points: the bucket width, or the polling interval for RAW
 */
public record SeriesResult(
    long idxDatapoint, Resolution resolution, long stepMs, List<SeriesPoint> points) {}
