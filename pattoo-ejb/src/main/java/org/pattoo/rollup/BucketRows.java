package org.pattoo.rollup;

import java.sql.Array;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import org.postgresql.PGConnection;

/** Buckets of many series, written to a tier's table in one upsert. */
final class BucketRows {

  /** Every column but the key takes the newly computed value. */
  static final String UPDATE =
      "count = EXCLUDED.count, sum = EXCLUDED.sum, min = EXCLUDED.min, max = EXCLUDED.max,"
          + " first_ts = EXCLUDED.first_ts, first = EXCLUDED.first, last_ts = EXCLUDED.last_ts,"
          + " last = EXCLUDED.last, increase = EXCLUDED.increase, seconds = EXCLUDED.seconds,"
          + " last_counter = EXCLUDED.last_counter";

  private final List<Long> series = new ArrayList<>();
  private final List<Bucket> buckets = new ArrayList<>();

  void add(long seriesId, List<Bucket> of) {
    for (Bucket b : of) {
      series.add(seriesId);
      buckets.add(b);
    }
  }

  void upsert(Connection c, String table) throws SQLException {
    if (buckets.isEmpty()) {
      return;
    }
    try (PreparedStatement ps =
        c.prepareStatement(
            "INSERT INTO "
                + table
                + " (series_id, bucket, count, sum, min, max, first_ts, first,"
                + " last_ts, last, increase, seconds, last_counter)"
                + " SELECT * FROM unnest(?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?::numeric[])"
                + " ON CONFLICT (series_id, bucket) DO UPDATE SET "
                + UPDATE)) {
      PGConnection pg = c.unwrap(PGConnection.class);
      ps.setArray(
          1, pg.createArrayOf("int8", series.stream().mapToLong(Long::longValue).toArray()));
      ps.setArray(2, longs(pg, Bucket::start));
      ps.setArray(
          3, pg.createArrayOf("int4", buckets.stream().mapToInt(b -> (int) b.count()).toArray()));
      ps.setArray(4, doubles(pg, Bucket::sum));
      ps.setArray(5, doubles(pg, Bucket::min));
      ps.setArray(6, doubles(pg, Bucket::max));
      ps.setArray(7, longs(pg, Bucket::firstTs));
      ps.setArray(8, doubles(pg, Bucket::first));
      ps.setArray(9, longs(pg, Bucket::lastTs));
      ps.setArray(10, doubles(pg, Bucket::last));
      ps.setArray(11, doubles(pg, Bucket::increase));
      ps.setArray(12, doubles(pg, Bucket::seconds));
      ps.setArray(
          13, c.createArrayOf("numeric", buckets.stream().map(Bucket::lastExact).toArray()));
      ps.executeUpdate();
    }
  }

  private Array longs(PGConnection pg, java.util.function.ToLongFunction<Bucket> f)
      throws SQLException {
    return pg.createArrayOf("int8", buckets.stream().mapToLong(f).toArray());
  }

  private Array doubles(PGConnection pg, java.util.function.ToDoubleFunction<Bucket> f)
      throws SQLException {
    return pg.createArrayOf("float8", buckets.stream().mapToDouble(f).toArray());
  }
}
