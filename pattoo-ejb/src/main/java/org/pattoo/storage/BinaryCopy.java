package org.pattoo.storage;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.pattoo.series.Samples;
import org.postgresql.PGConnection;

/**
 * PostgreSQL's binary COPY format for sample rows: cheaper for the server than text both ways,
 * since no number is printed or parsed.
 */
public final class BinaryCopy {

  private static final byte[] SIGNATURE = {
    'P', 'G', 'C', 'O', 'P', 'Y', '\n', (byte) 0xff, '\r', '\n', 0
  };
  private static final int HEADER = SIGNATURE.length + 4 + 4;
  private static final int ROW = 2 + 3 * (4 + 8);

  private BinaryCopy() {}

  /**
   * Runs {@code copy}, a {@code COPY ... FROM STDIN}, with {@code rows}; returns the rows copied.
   */
  public static long in(Connection c, String copy, byte[] rows) throws SQLException {
    try {
      return c.unwrap(PGConnection.class).getCopyAPI().copyIn(copy, new ByteArrayInputStream(rows));
    } catch (IOException e) {
      throw new SQLException(copy + " failed", e);
    }
  }

  /** Runs {@code copy}, a {@code COPY ... TO STDOUT}, and returns what it wrote. */
  static ByteBuffer out(Connection c, String copy) throws SQLException {
    Bytes out = new Bytes();
    try {
      c.unwrap(PGConnection.class).getCopyAPI().copyOut(copy, out);
    } catch (IOException e) {
      throw new SQLException(copy + " failed", e);
    }
    return out.buffer();
  }

  /** The bytes written, read in place. */
  private static final class Bytes extends ByteArrayOutputStream {
    Bytes() {
      super(1 << 16);
    }

    ByteBuffer buffer() {
      return ByteBuffer.wrap(buf, 0, count);
    }
  }

  /** Rows of (bigint, bigint, double precision), for a COPY ... FROM STDIN (FORMAT binary). */
  public static byte[] rows(long[] a, long[] b, double[] c) {
    ByteBuffer out = ByteBuffer.allocate(HEADER + a.length * ROW + 2);
    out.put(SIGNATURE).putInt(0).putInt(0); // no flags, no header extension
    for (int i = 0; i < a.length; i++) {
      out.putShort((short) 3);
      out.putInt(8).putLong(a[i]);
      out.putInt(8).putLong(b[i]);
      out.putInt(8).putDouble(c[i]);
    }
    out.putShort((short) -1); // end of data
    return out.array();
  }

  /**
   * Rows of {@code sample_chunk (series_id, day, first_ts, last_ts, count, data)}: a COPY of them
   * cost PostgreSQL half of what a batch of single-row inserts did.
   */
  static byte[] chunks(long day, List<ChunkMerger.Chunk> chunks) {
    int size = HEADER + 2;
    for (ChunkMerger.Chunk chunk : chunks) {
      size += 2 + 6 * 4 + 8 + 4 + 8 + 8 + 4 + chunk.data().length;
    }
    ByteBuffer out = ByteBuffer.allocate(size);
    out.put(SIGNATURE).putInt(0).putInt(0);
    for (ChunkMerger.Chunk chunk : chunks) {
      out.putShort((short) 6);
      out.putInt(8).putLong(chunk.seriesId());
      out.putInt(4).putInt(Math.toIntExact(day));
      out.putInt(8).putLong(chunk.firstTs());
      out.putInt(8).putLong(chunk.lastTs());
      out.putInt(4).putInt(chunk.count());
      out.putInt(chunk.data().length).put(chunk.data());
    }
    out.putShort((short) -1);
    return out.array();
  }

  /**
   * Reads the output of a COPY ... TO STDOUT (FORMAT binary) of {@code (series_id, ts, value,
   * counter::text)} rows, in any order, into each series' samples in time order.
   */
  static Map<Long, Samples> samplesBySeries(ByteBuffer in) {
    in.position(SIGNATURE.length + 4); // past the flags
    int extension = in.getInt();
    in.position(in.position() + extension);
    Map<Long, Samples> out = new HashMap<>();
    long previousId = 0;
    Samples previous = null;
    while (in.getShort() != -1) {
      in.getInt(); // a field's length: 8 for each of the first three
      long id = in.getLong();
      in.getInt();
      long ts = in.getLong();
      in.getInt();
      double value = in.getDouble();
      int length = in.getInt(); // -1: no exact counter value
      BigDecimal exact = null;
      if (length >= 0) {
        exact =
            new BigDecimal(new String(in.array(), in.position(), length, StandardCharsets.UTF_8));
        in.position(in.position() + length);
      }
      if (previous == null || id != previousId) { // rows of a round come series after series
        previous = out.computeIfAbsent(id, k -> new Samples());
        previousId = id;
      }
      previous.add(ts, value, exact);
    }
    out.replaceAll((id, samples) -> samples.inTimeOrder());
    return out;
  }
}
