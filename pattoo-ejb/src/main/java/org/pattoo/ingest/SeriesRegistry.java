package org.pattoo.ingest;

import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Status;
import jakarta.transaction.Synchronization;
import jakarta.transaction.TransactionSynchronizationRegistry;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.pattoo.series.Series;
import org.pattoo.series.SeriesKey;

/**
 * Turns series descriptions into stored series ids, creating agents, series and labels on first
 * sight. A cache of known series keeps the steady state free of queries; it learns only from
 * committed transactions, so a rolled-back request never leaves an id that does not exist.
 */
@ApplicationScoped
public class SeriesRegistry {

  private static final int MAX_CACHED = 1_000_000;

  private record Known(long id, int attributesHash) {}

  /** The ids of a batch's series, in the batch's order, and how many of them are new. */
  public record Resolution(long[] ids, int created) {}

  private final Map<SeriesKey, Known> cache = new ConcurrentHashMap<>();

  @Resource private TransactionSynchronizationRegistry transactions;

  public Resolution resolve(Connection c, List<Series> series) throws SQLException {
    long[] ids = new long[series.size()];
    Arrays.fill(ids, -1);
    List<Integer> unknown = new ArrayList<>();
    List<Integer> changed = new ArrayList<>();
    for (int i = 0; i < ids.length; i++) {
      Known known = cache.get(series.get(i).identity());
      if (known == null) {
        unknown.add(i);
      } else {
        ids[i] = known.id();
        if (known.attributesHash() != series.get(i).attributesHash()) {
          changed.add(i);
        }
      }
    }
    int created = 0;
    if (!unknown.isEmpty()) {
      Map<String, Integer> indexByChecksum = new HashMap<>();
      unknown.forEach(i -> indexByChecksum.put(series.get(i).checksum(), i));
      lookUp(c, series, indexByChecksum, ids, changed);
      List<Integer> missing = unknown.stream().filter(i -> ids[i] < 0).toList();
      created = create(c, series, missing, ids);
      lookUp(c, series, indexByChecksum, ids, changed); // series another request created meanwhile
    }
    if (!changed.isEmpty()) {
      update(c, series, changed, ids);
    }
    Map<SeriesKey, Known> learned = new HashMap<>();
    for (int i : unknown) {
      learned.put(series.get(i).identity(), new Known(ids[i], series.get(i).attributesHash()));
    }
    for (int i : changed) {
      learned.put(series.get(i).identity(), new Known(ids[i], series.get(i).attributesHash()));
    }
    if (!learned.isEmpty()) {
      afterCommit(learned);
    }
    return new Resolution(ids, created);
  }

  private void lookUp(
      Connection c,
      List<Series> series,
      Map<String, Integer> indexByChecksum,
      long[] ids,
      List<Integer> changed)
      throws SQLException {
    String[] checksums =
        indexByChecksum.keySet().stream()
            .filter(k -> ids[indexByChecksum.get(k)] < 0)
            .toArray(String[]::new);
    if (checksums.length == 0) {
      return;
    }
    try (PreparedStatement ps =
        c.prepareStatement(
            "SELECT idx_datapoint, checksum, attributes_hash FROM datapoint"
                + " WHERE checksum = ANY(?)")) {
      ps.setArray(1, SqlArrays.texts(c, checksums));
      try (ResultSet rs = ps.executeQuery()) {
        while (rs.next()) {
          int i = indexByChecksum.get(rs.getString(2));
          ids[i] = rs.getLong(1);
          if (rs.getInt(3) != series.get(i).attributesHash()) {
            changed.add(i);
          }
        }
      }
    }
  }

  private int create(Connection c, List<Series> series, List<Integer> missing, long[] ids)
      throws SQLException {
    if (missing.isEmpty()) {
      return 0;
    }
    // Sorted, so concurrent requests take row locks in the same order and never deadlock.
    List<Integer> order =
        missing.stream().sorted(Comparator.comparing(i -> series.get(i).checksum())).toList();
    Map<String, Long> agents = AgentRows.upsert(c, order.stream().map(series::get).toList());
    int n = order.size();
    long[] agentIds = new long[n];
    String[] checksums = new String[n];
    String[] keys = new String[n];
    int[] types = new int[n];
    int[] intervals = new int[n];
    int[] hashes = new int[n];
    for (int j = 0; j < n; j++) {
      Series s = series.get(order.get(j));
      agentIds[j] = agents.get(AgentRows.keyOf(s));
      checksums[j] = s.checksum();
      keys[j] = s.key();
      types[j] = s.dataType().code();
      intervals[j] = (int) s.pollingIntervalMs();
      hashes[j] = s.attributesHash();
    }
    Map<String, Integer> indexByChecksum = new HashMap<>();
    order.forEach(i -> indexByChecksum.put(series.get(i).checksum(), i));
    List<Integer> created = new ArrayList<>();
    try (PreparedStatement ps =
        c.prepareStatement(
            "INSERT INTO datapoint (idx_agent, checksum, key, data_type, polling_interval,"
                + " attributes_hash) SELECT * FROM unnest(?, ?, ?, ?, ?, ?)"
                + " ON CONFLICT (checksum) DO NOTHING RETURNING idx_datapoint, checksum")) {
      ps.setArray(1, SqlArrays.longs(c, agentIds));
      ps.setArray(2, SqlArrays.texts(c, checksums));
      ps.setArray(3, SqlArrays.texts(c, keys));
      ps.setArray(4, SqlArrays.ints(c, types));
      ps.setArray(5, SqlArrays.ints(c, intervals));
      ps.setArray(6, SqlArrays.ints(c, hashes));
      try (ResultSet rs = ps.executeQuery()) {
        while (rs.next()) {
          int i = indexByChecksum.get(rs.getString(2));
          ids[i] = rs.getLong(1);
          created.add(i);
        }
      }
    }
    LabelRows.link(c, series, created, ids);
    return created.size();
  }

  private void update(Connection c, List<Series> series, List<Integer> changed, long[] ids)
      throws SQLException {
    long[] seriesIds = changed.stream().mapToLong(i -> ids[i]).toArray();
    try (PreparedStatement ps =
        c.prepareStatement(
            "UPDATE datapoint d SET polling_interval = u.pi, attributes_hash = u.h,"
                + " ts_modified = now() FROM unnest(?, ?, ?) AS u(id, pi, h)"
                + " WHERE d.idx_datapoint = u.id")) {
      ps.setArray(1, SqlArrays.longs(c, seriesIds));
      ps.setArray(
          2,
          SqlArrays.ints(
              c,
              changed.stream().mapToInt(i -> (int) series.get(i).pollingIntervalMs()).toArray()));
      ps.setArray(
          3,
          SqlArrays.ints(
              c, changed.stream().mapToInt(i -> series.get(i).attributesHash()).toArray()));
      ps.executeUpdate();
    }
    try (PreparedStatement ps =
        c.prepareStatement("DELETE FROM glue WHERE idx_datapoint = ANY(?)")) {
      ps.setArray(1, SqlArrays.longs(c, seriesIds));
      ps.executeUpdate();
    }
    LabelRows.link(c, series, changed, ids);
  }

  private void afterCommit(Map<SeriesKey, Known> learned) {
    transactions.registerInterposedSynchronization(
        new Synchronization() {
          @Override
          public void beforeCompletion() {}

          @Override
          public void afterCompletion(int status) {
            if (status == Status.STATUS_COMMITTED) {
              if (cache.size() + learned.size() > MAX_CACHED) {
                cache.clear(); // simplest bound: misses refill it from one query per batch
              }
              cache.putAll(learned);
            }
          }
        });
  }
}
