package org.pattoo.series;

/**
 * The first 128 bits of a series checksum, what caches key series by: collisions are as likely as
 * guessing a SHA-512, and two longs take far less memory than 128 hex digits.
 */
public record SeriesKey(long high, long low) {

  public static SeriesKey of(String checksum) {
    return new SeriesKey(
        Long.parseUnsignedLong(checksum, 0, 16, 16), Long.parseUnsignedLong(checksum, 16, 32, 16));
  }
}
