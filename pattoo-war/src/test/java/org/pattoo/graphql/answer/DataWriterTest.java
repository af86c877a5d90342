package org.pattoo.graphql.answer;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.JsonArray;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.pattoo.json.Jsonp;

class DataWriterTest {

  private static String json(Object data) {
    assertThat(DataWriter.writable(data)).isTrue();
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    try {
      new DataWriter(bytes).write(data).flush();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return bytes.toString(StandardCharsets.UTF_8);
  }

  @Test
  void writesASeriesAnswerAsGraphQLExecutionLeavesIt() {
    Map<String, Object> series = new LinkedHashMap<>();
    series.put("idxDatapoint", BigInteger.valueOf(42));
    series.put("resolution", "FIVE_MINUTES");
    series.put("timestamps", List.of(1_795_932_000_000L, 1_795_932_300_000L));
    series.put("values", Arrays.asList(0.5, null));
    series.put("counter", false);

    assertThat(json(Map.of("series", List.of(series))))
        .isEqualTo(
            "{\"series\":[{\"idxDatapoint\":42,\"resolution\":\"FIVE_MINUTES\","
                + "\"timestamps\":[1795932000000,1795932300000],\"values\":[0.5,null],"
                + "\"counter\":false}]}");
  }

  @Test
  void writesEveryNumberKindExactly() {
    assertThat(json(List.of(7, -7L, (short) 7, -0.25, 1e300, 0.1f, new BigDecimal("2.50"))))
        .isEqualTo("[7,-7,7,-0.25,1.0E300,0.1,2.50]");
  }

  @Test
  void escapesStringsSoAJsonParserReadsThemBack() {
    String nasty = "quote \" backslash \\ slash / nul \0 unit \u001f tab \t line \n\r é 漢 😀";
    assertThat(json(List.of(nasty))).contains("\\u0000", "\\u001f", "\\\"", "\\\\");
    assertThat(parse(json(List.of(nasty))).getString(0)).isEqualTo(nasty);

    Random random = new Random(17);
    for (int n = 0; n < 1000; n++) {
      char[] chars = new char[random.nextInt(20)];
      for (int i = 0; i < chars.length; i++) {
        chars[i] = (char) random.nextInt(0xd800); // any char below the surrogates
      }
      String s = new String(chars);
      assertThat(parse(json(List.of(s))).getString(0)).isEqualTo(s);
    }
  }

  @Test
  void aLongAnswerComesOutWholeAcrossFlushes() {
    List<Object> values = new java.util.ArrayList<>();
    for (int i = 0; i < 50_000; i++) {
      values.add(i % 7 == 0 ? null : i % 2 == 0 ? (Object) (i / 4.0) : "é" + i);
    }

    JsonArray back = parse(json(List.of(values))).getJsonArray(0);

    assertThat(back).hasSize(50_000);
    for (int i = 0; i < 50_000; i++) {
      if (i % 7 == 0) {
        assertThat(back.isNull(i)).isTrue();
      } else if (i % 2 == 0) {
        assertThat(back.getJsonNumber(i).doubleValue()).isEqualTo(i / 4.0);
      } else {
        assertThat(back.getString(i)).isEqualTo("é" + i);
      }
    }
  }

  @Test
  void findsWhatJsonCannotHoldAnywhereInTheTree() {
    assertThat(DataWriter.writable(Map.of("a", List.of(1.0, Double.NaN)))).isFalse();
    assertThat(DataWriter.writable(List.of(List.of(Float.NEGATIVE_INFINITY)))).isFalse();
    assertThat(DataWriter.writable(Map.of("a", Map.of("b", new Object())))).isFalse();
    assertThat(DataWriter.writable(Map.of("a", Arrays.asList(1.0, null, "x", true)))).isTrue();
  }

  private static JsonArray parse(String text) {
    try (var reader = Jsonp.reader(new StringReader(text))) {
      return reader.readArray();
    }
  }
}
