package org.pattoo.query;

/** A string sample: stored when the value changed, so each holds until the next. */
public record TextSample(long timestamp, String value) {}
