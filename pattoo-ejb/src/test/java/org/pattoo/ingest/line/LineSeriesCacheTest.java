package org.pattoo.ingest.line;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.pattoo.series.DataType;
import org.pattoo.series.Series;

/**
 * The flat table behind the line decoder's cache: keys that collide, growth, sources kept apart.
 */
class LineSeriesCacheTest {

  /** Line "head field=..." as a key, the head and field taken from {@code text}, hash given. */
  private static FieldKey key(String text, int headLength, DataType type, int hash) {
    byte[] body = text.getBytes(StandardCharsets.UTF_8);
    return new FieldKey(body, 0, headLength, type, headLength, body.length, hash);
  }

  private static Series series(int n) {
    String hex = String.format("%0128x", n);
    return new Series(hex, "a", "t", "p", "h", "k" + n, DataType.FLOAT, 1_000, List.of());
  }

  @Test
  void keysWithTheSameHashAreToldApartByHeadFieldAndType() {
    LineSeriesCache cache = new LineSeriesCache();
    // One hash for all: every lookup walks the same probe chain and must compare the bytes.
    List<FieldKey> keys =
        List.of(
            key("cpuidle", 3, DataType.FLOAT, 7),
            key("cpuidle", 4, DataType.FLOAT, 7), // same bytes, split elsewhere
            key("cpuidle", 3, DataType.INT, 7), // same split, other type
            key("cpuidlf", 3, DataType.FLOAT, 7), // last byte differs
            key("cpuidl", 3, DataType.FLOAT, 7)); // a prefix
    for (int i = 0; i < keys.size(); i++) {
      Series s = series(i);
      assertThat(cache.keep("source", keys.get(i), s)).isSameAs(s);
    }
    FieldTable table = cache.table("source");
    for (int i = 0; i < keys.size(); i++) {
      assertThat(table.get(keys.get(i)).key()).isEqualTo("k" + i);
    }
    assertThat(table.get(key("cpuidle", 2, DataType.FLOAT, 7))).isNull();
    assertThat(table.get(key("cpuidle", 3, DataType.FLOAT, 8))).isNull();
  }

  @Test
  void everySeriesIsFoundAfterTheTableGrewAndTheFirstKeptWins() {
    LineSeriesCache cache = new LineSeriesCache();
    int n = 5_000; // the first table holds 1,024
    for (int i = 0; i < n; i++) {
      String text = "m,host=h" + i + "value";
      cache.keep("source", key(text, text.length() - 5, DataType.FLOAT, i * 31), series(i));
    }
    FieldTable table = cache.table("source");
    assertThat(table.size()).isEqualTo(n);
    for (int i = 0; i < n; i++) {
      String text = "m,host=h" + i + "value";
      FieldKey k = key(text, text.length() - 5, DataType.FLOAT, i * 31);
      assertThat(table.get(k).key()).isEqualTo("k" + i);
      assertThat(cache.keep("source", k, series(n + i)).key()).isEqualTo("k" + i);
    }
    assertThat(cache.table("source").size()).isEqualTo(n);
  }

  @Test
  void sourcesDoNotShareSeries() {
    LineSeriesCache cache = new LineSeriesCache();
    FieldKey k = key("cpuidle", 3, DataType.FLOAT, 1);
    cache.keep("one", k, series(1));
    assertThat(cache.table("two").get(k)).isNull();
    assertThat(cache.keep("two", k, series(2)).key()).isEqualTo("k2");
    assertThat(cache.table("one").get(k).key()).isEqualTo("k1");
  }
}
