package org.pattoo.storage.chunk;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.util.Arrays;
import org.apache.tsfile.encoding.decoder.Decoder;
import org.apache.tsfile.encoding.decoder.DeltaBinaryDecoder;
import org.apache.tsfile.encoding.decoder.DoublePrecisionChimpDecoder;
import org.apache.tsfile.encoding.decoder.DoublePrecisionDecoderV2;
import org.apache.tsfile.encoding.encoder.DeltaBinaryEncoder;
import org.apache.tsfile.encoding.encoder.DoublePrecisionChimpEncoder;
import org.apache.tsfile.encoding.encoder.DoublePrecisionEncoderV2;
import org.apache.tsfile.encoding.encoder.Encoder;
import org.apache.tsfile.encoding.encoder.FloatEncoder;
import org.apache.tsfile.enums.TSDataType;
import org.apache.tsfile.file.metadata.enums.TSEncoding;

/**
 * Apache TsFile's encoders, the reference the chunk codec is checked and sized against: TS_2DIFF
 * for timestamps, GORILLA and CHIMP for doubles, TS_2DIFF with a fixed number of decimals (lossy
 * beyond them) for decimal gauges.
 */
final class TsFileReference {

  private TsFileReference() {}

  static byte[] timestamps(long[] ts) {
    Encoder encoder = new DeltaBinaryEncoder.LongDeltaEncoder();
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    for (long t : ts) {
      encoder.encode(t, out);
    }
    return flush(encoder, out);
  }

  static long[] readTimestamps(byte[] bytes) {
    Decoder decoder = new DeltaBinaryDecoder.LongDeltaDecoder();
    ByteBuffer in = ByteBuffer.wrap(bytes);
    long[] out = new long[16];
    int n = 0;
    while (hasNext(decoder, in)) {
      out = n == out.length ? Arrays.copyOf(out, n * 2) : out;
      out[n++] = decoder.readLong(in);
    }
    return Arrays.copyOf(out, n);
  }

  static byte[] gorilla(double[] values) {
    return encode(new DoublePrecisionEncoderV2(), values);
  }

  /** Stops at the first NaN: TsFile ends a Gorilla stream with one. */
  static double[] readGorilla(byte[] bytes) {
    return decode(new DoublePrecisionDecoderV2(), bytes);
  }

  static byte[] chimp(double[] values) {
    return encode(new DoublePrecisionChimpEncoder(), values);
  }

  static double[] readChimp(byte[] bytes) {
    return decode(new DoublePrecisionChimpDecoder(), bytes);
  }

  /**
   * Rounds to {@code decimals} decimals, then TS_2DIFF: exact only for values that have no more.
   */
  static byte[] decimals(double[] values, int decimals) {
    return encode(new FloatEncoder(TSEncoding.TS_2DIFF, TSDataType.DOUBLE, decimals), values);
  }

  private static byte[] encode(Encoder encoder, double[] values) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    for (double v : values) {
      encoder.encode(v, out);
    }
    return flush(encoder, out);
  }

  private static double[] decode(Decoder decoder, byte[] bytes) {
    ByteBuffer in = ByteBuffer.wrap(bytes);
    double[] out = new double[16];
    int n = 0;
    while (hasNext(decoder, in)) {
      out = n == out.length ? Arrays.copyOf(out, n * 2) : out;
      out[n++] = decoder.readDouble(in);
    }
    return Arrays.copyOf(out, n);
  }

  private static byte[] flush(Encoder encoder, ByteArrayOutputStream out) {
    try {
      encoder.flush(out);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return out.toByteArray();
  }

  private static boolean hasNext(Decoder decoder, ByteBuffer in) {
    try {
      return decoder.hasNext(in);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
