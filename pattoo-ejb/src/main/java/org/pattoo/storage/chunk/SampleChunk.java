package org.pattoo.storage.chunk;

import java.math.BigDecimal;
import org.pattoo.series.Samples;

/**
 * One series' numeric samples of a sealed stretch of time as a compact byte array (a {@code
 * bytea}), and back, bit for bit: every timestamp, every double's raw bits (NaN payloads, ±∞, -0.0)
 * and every exact counter reading.
 *
 * <p>Layout, most significant bit first: the format version (8 bits), the sample count (varint),
 * then, unless there are none, the timestamps ({@link IntegerSeries}), the values ({@link
 * ValueSection}) and the exact readings ({@link ExactReadings}); zeros pad the last byte.
 */
public final class SampleChunk {

  /** The format this build writes and reads; a chunk's first byte. */
  public static final int FORMAT_VERSION = 1;

  private SampleChunk() {}

  /**
   * Encodes {@code samples}, whose timestamps must be strictly ascending: a chunk has one sample
   * per timestamp, as the table it replaces does.
   */
  public static byte[] encode(Samples samples) {
    int n = samples.size();
    long[] ts = new long[n];
    double[] values = new double[n];
    for (int i = 0; i < n; i++) {
      ts[i] = samples.ts(i);
      values[i] = samples.value(i);
      if (i > 0 && ts[i] <= ts[i - 1]) {
        throw new IllegalArgumentException(
            "samples["
                + i
                + "].ts: "
                + ts[i]
                + " is not after samples["
                + (i - 1)
                + "].ts "
                + ts[i - 1]
                + "; a chunk's timestamps ascend strictly");
      }
    }
    BitWriter out = new BitWriter();
    out.write(FORMAT_VERSION, 8);
    out.writeVarint(n);
    if (n > 0) {
      IntegerSeries.write(ts, out);
      ValueSection.write(values, out);
      ExactReadings.write(samples, out);
    }
    return out.toByteArray();
  }

  /** Decodes a chunk {@link #encode} made; a damaged or unknown one fails with what is wrong. */
  public static Samples decode(byte[] chunk) {
    BitReader in = new BitReader(chunk);
    int version = (int) in.read(8);
    if (version != FORMAT_VERSION) {
      throw new IllegalArgumentException(
          "chunk format version " + version + " is unknown; this build reads " + FORMAT_VERSION);
    }
    int n = in.readCount("sample count");
    Samples samples = new Samples();
    if (n > 0) {
      long[] ts = IntegerSeries.read(in, n);
      double[] values = ValueSection.read(in, n);
      BigDecimal[] exact = ExactReadings.read(in, values);
      for (int i = 0; i < n; i++) {
        if (i > 0 && ts[i] <= ts[i - 1]) {
          throw new IllegalArgumentException(
              "chunk is corrupt: timestamp " + i + " does not ascend");
        }
        samples.add(ts[i], values[i], exact[i]);
      }
    }
    in.requireEnd();
    return samples;
  }
}
