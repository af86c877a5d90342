package org.pattoo.bench.query;

/**
 * What one good answer held: its points (samples for {@code latest}), how many of them carry a
 * value rather than marking a gap, and the resolution the server chose ("-" where there is none).
 */
record Answer(long points, long values, String resolution) {

  Answer {
    if (values <= 0) {
      throw new IllegalStateException("answer holds no values (" + points + " points)");
    }
  }
}
