package org.pattoo.agent.modbus;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class ReadPlanTest {

  private static Point register(long reference, ValueType type) {
    RegisterKind kind = RegisterKind.HOLDING_REGISTER;
    return new Point(kind, reference, kind.wireAddress(reference), type, true, true, 1, 0);
  }

  private static List<String> reads(List<Point> points) {
    return ReadPlan.of(points).stream()
        .map(r -> r.kind().functionCode() + ":" + r.start() + "+" + r.count())
        .toList();
  }

  @Test
  void neighbouringRegistersShareOneReadOfAtMost125() {
    List<Point> points = new ArrayList<>();
    for (int i = 0; i < 130; i++) {
      points.add(register(40001 + i, ValueType.UINT16));
    }

    assertThat(reads(points)).containsExactly("3:0+125", "3:125+5");
  }

  @Test
  void aValueCrossingTheLimitStartsTheNextRead() {
    List<Point> points = new ArrayList<>();
    for (int i = 0; i < 124; i++) {
      points.add(register(40001 + i, ValueType.UINT16));
    }
    points.add(register(40125, ValueType.FLOAT32)); // wire 124-125: would make 126

    assertThat(reads(points)).containsExactly("3:0+124", "3:124+2");
  }

  @Test
  void aGapStartsAnotherReadAndOverlapsShareOne() {
    List<Point> points =
        List.of(
            register(40010, ValueType.UINT16),
            register(40001, ValueType.FLOAT64),
            register(40003, ValueType.INT32),
            register(40005, ValueType.UINT16));

    assertThat(reads(points)).containsExactly("3:0+5", "3:9+1");
  }

  @Test
  void coilsShareReadsOfAtMost2000Bits() {
    List<Point> points = new ArrayList<>();
    for (int i = 1; i <= 2001; i++) {
      points.add(Point.plain(RegisterKind.COIL, i));
    }
    points.add(Point.plain(RegisterKind.DISCRETE_INPUT, 10001));

    assertThat(reads(points)).containsExactly("1:0+2000", "1:2000+1", "2:0+1");
  }
}
