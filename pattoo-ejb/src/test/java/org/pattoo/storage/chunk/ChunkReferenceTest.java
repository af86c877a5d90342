package org.pattoo.storage.chunk;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.fail;
import static org.pattoo.storage.chunk.Series.DAY_MS;

import java.util.Random;
import org.junit.jupiter.api.Test;
import org.pattoo.series.Samples;

/**
 * The chunk codec against Apache TsFile's encoders on the same random series: both must give back
 * the input, and the chunk should not be larger. Also pins why TsFile is not the codec itself.
 */
class ChunkReferenceTest {

  @Test
  void decodesWhatTsFileDecodesOverRandomSeries() {
    Random rnd = new Random(1957);
    long chunkBytes = 0;
    long tsFileBytes = 0;
    for (int run = 0; run < 300; run++) {
      int n = 1 + rnd.nextInt(5000);
      double[] v =
          switch (run % 4) {
            case 0 -> Series.decimalWalk(rnd, rnd.nextInt(4), 100, 10, n);
            case 1 -> finite(Series.rawBits(rnd, n));
            case 2 -> Series.constant(rnd.nextGaussian(), n);
            default -> Series.decimalWalk(rnd, 0, 1e9, 1e6, n);
          };
      long[] ts =
          run % 3 == 0
              ? Series.irregular(rnd, -1_000_000_000_000L + rnd.nextInt(1000), DAY_MS, n)
              : Series.jittered(rnd, 10_000, rnd.nextInt(100), n);

      long[] referenceTs = TsFileReference.readTimestamps(TsFileReference.timestamps(ts));
      double[] referenceValues = TsFileReference.readGorilla(TsFileReference.gorilla(v));
      byte[] chunk = SampleChunk.encode(Samples.of(ts, v));
      Samples decoded = SampleChunk.decode(chunk);

      assertThat(referenceTs).as("run %d: TsFile's own timestamps", run).containsExactly(ts);
      assertThat(decoded.size()).as("run %d", run).isEqualTo(n);
      for (int i = 0; i < n; i++) {
        if (decoded.ts(i) != referenceTs[i]
            || Double.doubleToRawLongBits(decoded.value(i))
                != Double.doubleToRawLongBits(referenceValues[i])) {
          fail(
              "run "
                  + run
                  + ", sample "
                  + i
                  + ": chunk gives "
                  + decoded.ts(i)
                  + " "
                  + decoded.value(i)
                  + ", TsFile "
                  + referenceTs[i]
                  + " "
                  + referenceValues[i]);
        }
      }
      chunkBytes += chunk.length;
      tsFileBytes += TsFileReference.timestamps(ts).length + TsFileReference.gorilla(v).length;
    }
    assertThat(chunkBytes).as("chunks vs TS_2DIFF + GORILLA").isLessThan(tsFileBytes);
  }

  /** TsFile's Gorilla and Chimp streams end at a NaN, so a reading of NaN would cut a day short. */
  @Test
  void tsFileDoubleEncodersStopAtTheFirstNaN() {
    double[] v = {1.5, Double.NaN, 2.5, Double.POSITIVE_INFINITY, -0.0};

    assertThat(TsFileReference.readGorilla(TsFileReference.gorilla(v))).containsExactly(1.5);
    assertThat(TsFileReference.readChimp(TsFileReference.chimp(v))).containsExactly(1.5);
    assertThat(
            SampleChunk.decode(SampleChunk.encode(Samples.of(new long[] {1, 2, 3, 4, 5}, v)))
                .size())
        .isEqualTo(5);
  }

  /** TsFile's reference cannot carry NaN, so those patterns are swapped for finite ones here. */
  private static double[] finite(double[] values) {
    for (int i = 0; i < values.length; i++) {
      if (Double.isNaN(values[i])) {
        values[i] = i;
      }
    }
    return values;
  }
}
