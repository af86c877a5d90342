package org.pattoo.storage.chunk;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Arrays;
import java.util.HexFormat;
import org.junit.jupiter.api.Test;
import org.pattoo.series.Samples;

/** The byte layout, worked out by hand from the format's description, and the errors it reports. */
class ChunkFormatTest {

  /**
   * Version 01, count 01, ts 1000 in 64 bits (one value: no predictor), value mode 00 (XOR: 64 raw
   * bits beat a decimal's 4-bit scale + 64 bits + 8-bit exception count, and tie with Chimp, which
   * comes later), 0.5 = 3fe0000000000000, no exact readings (one zero byte), 6 bits of padding: 01
   * 01 | 00000000000003e8 | 00 001111 11111000 0...
   */
  static final String ONE_SAMPLE = "0101" + "00000000000003e8" + "0ff8" + "0000000000000000";

  @Test
  void oneSampleIsTheBytesWorkedOutByHand() {
    byte[] chunk = SampleChunk.encode(Samples.of(new long[] {1000}, new double[] {0.5}));

    assertThat(HexFormat.of().formatHex(chunk)).isEqualTo(ONE_SAMPLE);
  }

  /**
   * 1440 equal values a minute apart. Header 8 + 16 (count 1440 takes two varint bytes). Times: 64
   * + 2-bit predictor (grid: ties go to the first) + step 60000 (zigzag 120000, 17 bits: three
   * varint bytes) + 6-bit width 0 + 1439 zero bits = 1535. Values: 2-bit mode + 64 + 1439 zero bits
   * = 1505 (as decimals: 2 + 4 + 64 + 2 + 8 + 6 + 1439 + 8 = 1533; Chimp: 2 + 64 + 2 * 1439). Exact
   * readings: 8. 3072 bits: 384 bytes.
   */
  @Test
  void aConstantDayAtOneMinuteTakes384Bytes() {
    long[] ts = Series.regular(Series.START, 60_000, 1440);

    byte[] chunk = SampleChunk.encode(Samples.of(ts, Series.constant(42, 1440)));

    assertThat(chunk).hasSize(384);
  }

  @Test
  void theFirstByteIsTheFormatVersion() {
    byte[] chunk = SampleChunk.encode(new Samples());

    assertThat(chunk).containsExactly(1, 0);
  }

  @Test
  void rejectsARepeatedTimestamp() {
    Samples samples = Samples.of(new long[] {5, 7, 7}, new double[] {1, 2, 3});

    assertThatThrownBy(() -> SampleChunk.encode(samples))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage(
            "samples[2].ts: 7 is not after samples[1].ts 7; a chunk's timestamps ascend strictly");
  }

  @Test
  void rejectsATimestampGoingBack() {
    Samples samples = Samples.of(new long[] {5, 4}, new double[] {1, 2});

    assertThatThrownBy(() -> SampleChunk.encode(samples))
        .hasMessage(
            "samples[1].ts: 4 is not after samples[0].ts 5; a chunk's timestamps ascend strictly");
  }

  @Test
  void rejectsAnUnknownFormatVersion() {
    assertThatThrownBy(() -> SampleChunk.decode(new byte[] {2, 0}))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("chunk format version 2 is unknown; this build reads 1");
  }

  @Test
  void rejectsAnEmptyChunk() {
    assertThatThrownBy(() -> SampleChunk.decode(new byte[0]))
        .hasMessage("chunk ends early: needs 8 bits at bit 0 of 0");
  }

  @Test
  void rejectsATruncatedChunk() {
    byte[] truncated = Arrays.copyOf(HexFormat.of().parseHex(ONE_SAMPLE), 12);

    assertThatThrownBy(() -> SampleChunk.decode(truncated))
        .hasMessage("chunk ends early: needs 64 bits at bit 82 of 96");
  }

  @Test
  void rejectsBytesAfterTheLastSection() {
    byte[] longer = Arrays.copyOf(HexFormat.of().parseHex(ONE_SAMPLE), 22);

    assertThatThrownBy(() -> SampleChunk.decode(longer))
        .hasMessage("chunk is corrupt: 2 bytes follow its last section");
  }

  @Test
  void rejectsACountLargerThanTheChunkCouldHold() {
    byte[] chunk = {1, (byte) 0xff, (byte) 0xff, (byte) 0xff, 0x0f};

    assertThatThrownBy(() -> SampleChunk.decode(chunk))
        .hasMessage("chunk is corrupt: sample count 33554431 at bit 40 exceeds the 0 bits left");
  }
}
