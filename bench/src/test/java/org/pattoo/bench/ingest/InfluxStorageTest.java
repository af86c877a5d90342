package org.pattoo.bench.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * InfluxDB's files as the benchmark reads them, on a folder laid out as InfluxDB 1.x lays out its
 * own: data/<db>/_series, data/<db>/<policy>/<shard>/*.tsm, wal/<db>/<policy>/<shard>/*.wal.
 */
class InfluxStorageTest {

  @TempDir Path root;

  @Test
  void countsTheDatabaseShardsAndWalButNotItsSeriesFileNorOtherDatabases() throws IOException {
    file("data/db/_series/00/0000", 100);
    file("data/db/autogen/1/000000001-000000001.tsm", 1000);
    file("data/db/autogen/2/000000003-000000002.tsm", 500);
    file("data/db/autogen/2/000000004-000000001.tsm", 300);
    file("wal/db/autogen/1/_00001.wal", 64);
    file("data/other/autogen/3/000000001-000000001.tsm", 999);
    file("meta/meta.db", 77);

    InfluxStorage.State state = new InfluxStorage(root, "db").state();

    // 1000 + 500 + 300 in the shards of data/db, 64 in wal/db; not the 100 of its series file.
    assertThat(state).isEqualTo(new InfluxStorage.State(1864, 64, 2, 3, false));
    assertThat(state.compacted()).isFalse();
    assertThat(state.describe()).isEqualTo("1,864 bytes: 64 in the WAL, 3 TSM files in 2 shards");
  }

  @Test
  void oneTsmFilePerShardAndAnEmptyWalIsCompacted() throws IOException {
    file("data/db/_series/00/0000", 100);
    file("data/db/autogen/1/000000002-000000002.tsm", 1000);
    file("wal/db/autogen/1/_00002.wal", 0);

    InfluxStorage.State state = new InfluxStorage(root, "db").state();

    assertThat(state).isEqualTo(new InfluxStorage.State(1000, 0, 1, 1, false));
    assertThat(state.compacted()).isTrue();
  }

  @Test
  void aCompactionWritingItsOutputIsNotSettled() throws IOException {
    file("data/db/autogen/1/000000002-000000002.tsm", 1000);
    file("data/db/autogen/1/000000002-000000003.tsm.tmp", 10);

    InfluxStorage.State state = new InfluxStorage(root, "db").state();

    assertThat(state.compacting()).isTrue();
    assertThat(state.compacted()).isFalse();
    assertThat(state.describe()).endsWith(", a compaction under way");
  }

  @Test
  void aDatabaseWithoutFilesHoldsNothing() {
    assertThat(new InfluxStorage(root, "db").state())
        .isEqualTo(new InfluxStorage.State(0, 0, 0, 0, false));
  }

  @Test
  void settleReturnsTheStateItStoppedAtWhenTheBoundIsReached() throws Exception {
    file("data/db/autogen/1/000000001-000000001.tsm", 1000);
    file("wal/db/autogen/1/_00001.wal", 64);

    InfluxStorage.State state =
        new InfluxStorage(root, "db").settle(Duration.ZERO, Duration.ofMillis(1));

    assertThat(state).isEqualTo(new InfluxStorage.State(1064, 64, 1, 1, false));
  }

  private void file(String path, int bytes) throws IOException {
    Path f = root.resolve(path);
    Files.createDirectories(f.getParent());
    Files.write(f, new byte[bytes]);
  }
}
