package org.pattoo.ingest.json;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.stream.JsonParser.Event;
import java.util.HashMap;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.Test;

/** The table answers as a map from id to pair would, for ids agents use and ids they do not. */
class PairTableTest {

  private static PostedBody.Pair pair(int n) {
    return new PostedBody.Pair("k" + n, new Scalar(Event.VALUE_NUMBER, Integer.toString(n)), null);
  }

  @Test
  void answersAsAMapForDenseSparseNegativeAndRepeatedIds() {
    Random random = new Random(13);
    for (int round = 0; round < 200; round++) {
      PairTable table = new PairTable();
      Map<Long, PostedBody.Pair> expected = new HashMap<>();
      int puts = random.nextInt(3000);
      for (int i = 0; i < puts; i++) {
        long id =
            switch (random.nextInt(4)) {
              case 0 -> i; // as agents number them
              case 1 -> random.nextInt(i + 1); // a repeat
              case 2 -> random.nextLong(); // anything, negative included
              default -> i + random.nextInt(5000); // ahead of the pairs read
            };
        PostedBody.Pair p = pair(i);
        table.put(id, p);
        expected.put(id, p);
      }
      for (Map.Entry<Long, PostedBody.Pair> e : expected.entrySet()) {
        assertThat(table.get(e.getKey())).isSameAs(e.getValue());
      }
      for (int i = 0; i < 1000; i++) {
        long id = random.nextBoolean() ? random.nextInt(10_000) - 100 : random.nextLong();
        assertThat(table.get(id)).isSameAs(expected.get(id));
      }
    }
  }

  @Test
  void aFarIdDoesNotGrowTheArray() {
    PairTable table = new PairTable();
    table.put(Integer.MAX_VALUE - 1, pair(1)); // an array this long would be 8 GB
    table.put(0, pair(2));
    assertThat(table.get(Integer.MAX_VALUE - 1).key()).isEqualTo("k1");
    assertThat(table.get(0).key()).isEqualTo("k2");
  }
}
