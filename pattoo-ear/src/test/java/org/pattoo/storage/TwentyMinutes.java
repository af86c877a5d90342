package org.pattoo.storage;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.TreeMap;
import org.pattoo.ingest.SampleBatch;
import org.pattoo.query.SeriesPoint;
import org.pattoo.query.SeriesResult;
import org.pattoo.rollup.RollupService;
import org.pattoo.series.DataType;
import org.pattoo.series.Samples;
import org.pattoo.series.Series;
import org.pattoo.testing.TestSeries;

/**
 * Twenty minutes of four series whose every value is worked out here: odd doubles (NaN, ±Inf, -0,
 * extremes, random bit patterns), a plain gauge, a 32-bit and a 64-bit counter that wrap. For the
 * ITs that move samples into chunks and check they come back exactly.
 */
final class TwentyMinutes {

  static final long MIN = 60_000;
  static final BigInteger TWO_TO_64 = BigInteger.ONE.shiftLeft(64);

  final long base;
  final Series odd;
  final Series plain;
  final Series c32;
  final Series c64;

  /** Series of agent {@code agent} and run {@code run}, their first sample at {@code base}. */
  TwentyMinutes(String agent, String run, long base) {
    this.base = base;
    odd = TestSeries.of(agent, "odd", run, DataType.FLOAT);
    plain = TestSeries.of(agent, "plain", run, DataType.FLOAT);
    c32 = TestSeries.of(agent, "c32", run, DataType.COUNTER32);
    c64 = TestSeries.of(agent, "c64", run, DataType.COUNTER64);
  }

  List<Series> all() {
    return List.of(odd, plain, c32, c64);
  }

  /** Odd doubles: the special values first, then random bit patterns. */
  static double odd(int i) {
    double[] special = {
      Double.NaN,
      Double.POSITIVE_INFINITY,
      Double.NEGATIVE_INFINITY,
      -0.0,
      0.0,
      Double.MIN_VALUE,
      Double.MAX_VALUE,
      -Double.MAX_VALUE,
      1e-300,
      Math.PI
    };
    if (i < special.length) {
      return special[i];
    }
    double d = Double.longBitsToDouble(new Random(i).nextLong());
    return Double.isNaN(d) ? -1.25 : d; // PostgreSQL keeps no NaN payload, so one NaN is enough
  }

  /** 32-bit counter: 100 more a minute, wrapping between minutes 2 and 3. */
  static long c32(int i) {
    return (4_294_967_046L + 100L * i) % 4_294_967_296L;
  }

  /** 64-bit counter near 2^64: 61 more a minute, wrapping between minutes 16 and 17. */
  static BigInteger c64(int i) {
    return TWO_TO_64
        .subtract(BigInteger.valueOf(999))
        .add(BigInteger.valueOf(61L * i))
        .mod(TWO_TO_64);
  }

  /** One sample a minute of each series. */
  SampleBatch batch() {
    SampleBatch batch = new SampleBatch();
    for (int i = 0; i < 20; i++) {
      long t = base + i * MIN;
      batch.addNumber(batch.indexOf(odd), t, odd(i));
      batch.addNumber(batch.indexOf(plain), t, 1.5 * i);
      batch.addNumber(batch.indexOf(c32), t, c32(i));
      BigInteger r = c64(i);
      boolean beyond = r.bitLength() > 53;
      batch.addCounter(batch.indexOf(c64), t, r.doubleValue(), beyond ? new BigDecimal(r) : null);
    }
    return batch;
  }

  /**
   * Three late samples of the plain gauge: one at a new time (30 s in) and its repeat, and one at
   * minute 0, stored already. Posted once: 1 stored, 2 duplicates, the first kept.
   */
  SampleBatch late() {
    SampleBatch batch = new SampleBatch();
    int p = batch.indexOf(plain);
    batch.addNumber(p, base + 30_000, 42);
    batch.addNumber(p, base + 30_000, 43);
    batch.addNumber(p, base, 999);
    return batch;
  }

  /** The plain gauge's values once {@link #late()} is stored. */
  List<Double> expectedPlainWithLate() {
    return expectedPlain(Map.of(base + 30_000, 42.0));
  }

  /** The plain gauge's values (1.5 a minute), with late ones added, in time order. */
  List<Double> expectedPlain(Map<Long, Double> late) {
    TreeMap<Long, Double> all = new TreeMap<>(late);
    for (int i = 0; i < 20; i++) {
      all.put(base + i * MIN, 1.5 * i);
    }
    return List.copyOf(all.values());
  }

  /** 5-minute bucket k of the plain gauge: minutes 5k..5k+4, values 1.5 i. */
  static List<Double> bucket(int k) {
    double sum = 0;
    for (int i = 5 * k; i < 5 * k + 5; i++) {
      sum += 1.5 * i;
    }
    return List.of(5.0, sum, 1.5 * 5 * k, 1.5 * (5 * k + 4));
  }

  /** Samples read from chunks, by series id, are every sample posted, bit for bit. */
  void assertExact(Map<Long, Samples> read, long oddId, long c32Id, long c64Id) {
    for (int i = 0; i < 20; i++) {
      Samples o = read.get(oddId);
      assertEquals(base + i * MIN, o.ts(i));
      assertEquals(
          Double.doubleToRawLongBits(odd(i)), Double.doubleToRawLongBits(o.value(i)), "odd " + i);
      assertEquals((double) c32(i), read.get(c32Id).value(i), 0.0, "c32 " + i);
      Samples x = read.get(c64Id);
      BigDecimal exact = x.beyondDouble(i);
      assertEquals(
          c64(i),
          exact == null ? new BigDecimal(x.value(i)).toBigInteger() : exact.toBigIntegerExact(),
          "64-bit reading " + i);
    }
  }

  /**
   * A RAW read of {@link #all()}, in that order: the plain gauge's values, both counters' rates.
   */
  void assertRaw(List<SeriesResult> raw) {
    assertEquals(
        expectedPlain(Map.of()),
        raw.get(1).points().stream().filter(p -> p.count() > 0).map(SeriesPoint::value).toList());
    for (int k : new int[] {2, 3}) {
      List<SeriesPoint> rates = raw.get(k).points();
      assertEquals(20, rates.size());
      assertNull(rates.get(0).value(), "no reading before the first");
      double rate = k == 2 ? 100 / 60.0 : 61 / 60.0;
      for (int i = 1; i < 20; i++) {
        assertEquals(rate, rates.get(i).value(), 1e-12, "series " + k + " rate at " + i);
      }
    }
  }

  /**
   * Marks the first four 5-minute buckets for every series, as late samples of many series mark
   * them, rolls them again and checks the plain gauge's buckets and both counters' increases
   * against hand-worked values.
   */
  void assertRolledAgain(Sql sql, RollupService rollups) throws Exception {
    sql.update(
        "INSERT INTO rollup_dirty (bucket, last_bucket) VALUES ("
            + base
            + ", "
            + (base + 15 * MIN)
            + ")");
    rollups.catchUp();
    assertEquals(
        List.of(bucket(0), bucket(1), bucket(2), bucket(3)),
        sql
            .rows(
                "SELECT count, sum, min, max FROM rollup_5m WHERE series_id = ? ORDER BY bucket",
                sql.seriesId(plain))
            .stream()
            .map(r -> r.stream().map(Double::parseDouble).toList())
            .toList());
    assertEquals(increases("400", "500"), increasesOf(sql, c32));
    assertEquals(increases("244", "305"), increasesOf(sql, c64));
  }

  private static List<List<String>> increasesOf(Sql sql, Series counter) throws Exception {
    return sql.rows(
        "SELECT increase::text, seconds::text FROM rollup_5m WHERE series_id = ? ORDER BY bucket",
        sql.seriesId(counter));
  }

  /** A counter's 5-minute increases and seconds: the first bucket 4 minutes, then 3 of 5. */
  static List<List<String>> increases(String first, String next) {
    return List.of(
        List.of(first, "240"), List.of(next, "300"), List.of(next, "300"), List.of(next, "300"));
  }
}
