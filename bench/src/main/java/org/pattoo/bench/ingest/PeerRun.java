package org.pattoo.bench.ingest;

import java.time.Duration;
import java.util.Optional;
import java.util.OptionalDouble;
import org.pattoo.bench.Say;
import org.pattoo.bench.ingest.ComparisonTable.Measured;

/**
 * A line-protocol run repeated on InfluxDB with the bodies pattoo was sent, then InfluxDB's bytes
 * per point once its WAL is flushed and its shards compacted (or when the wait's bound is reached).
 */
final class PeerRun {

  private static final Duration SETTLE_LIMIT = Duration.ofMinutes(3);
  private static final Duration SETTLE_POLL = Duration.ofSeconds(5);

  private PeerRun() {}

  static Measured run(InfluxPeer peer, IngestRun run, SharedBodies bodies, Optional<WarmUp> warmUp)
      throws InterruptedException {
    Optional<InfluxStorage> storage = peer.storage();
    if (warmUp.isPresent()) {
      warmUp.get().post(Peer.INFLUXDB.title(), peer.target());
      if (storage.isPresent()) {
        Say.step("ingestion benchmark: waiting for InfluxDB to settle after the warm-up");
        storage.get().settle(SETTLE_LIMIT, SETTLE_POLL);
      }
    }
    Say.step("ingestion benchmark: the same bodies to InfluxDB");
    long before = storage.map(s -> s.state().bytes()).orElse(0L);
    RunResult result = LoadGenerator.run(run, bodies, peer.target());
    if (storage.isEmpty()) {
      System.out.println("InfluxDB storage  not measured (no --influxdb-dir)");
      return new Measured(Peer.INFLUXDB.title(), result, OptionalDouble.empty());
    }
    InfluxStorage.State atEnd = storage.get().state();
    Say.step(
        "storage: InfluxDB's files, waiting up to "
            + SETTLE_LIMIT.toMinutes()
            + " min for its WAL to flush and its shards to compact");
    long t0 = System.nanoTime();
    InfluxStorage.State settled = storage.get().settle(SETTLE_LIMIT, SETTLE_POLL);
    long waited = Duration.ofNanos(System.nanoTime() - t0).toSeconds();
    double points = result.points();
    System.out.printf(
        "end of the writes %s, %.1f bytes per point%n",
        atEnd.describe(), (atEnd.bytes() - before) / points);
    System.out.printf(
        "%-17s %s, %.1f bytes per point%s%n",
        "after " + waited + " s",
        settled.describe(),
        (settled.bytes() - before) / points,
        settled.compacted() ? " (settled: the figure reported)" : " (not settled: reported as is)");
    return new Measured(
        Peer.INFLUXDB.title(), result, OptionalDouble.of((settled.bytes() - before) / points));
  }
}
