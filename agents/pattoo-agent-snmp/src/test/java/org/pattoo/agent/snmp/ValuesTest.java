package org.pattoo.agent.snmp;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigInteger;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.pattoo.agent.DataPoint;
import org.pattoo.agent.DataType;
import org.snmp4j.smi.Counter64;
import org.snmp4j.smi.Gauge32;
import org.snmp4j.smi.Integer32;
import org.snmp4j.smi.Null;
import org.snmp4j.smi.OctetString;
import org.snmp4j.smi.TimeTicks;

/** The type mapping at the edges snmpd's override cannot serve (Counter64, binary strings). */
class ValuesTest {

  static DataPoint point(org.snmp4j.smi.Variable v, double multiplier) {
    return Values.point("k", v, multiplier, 0, List.of()).orElseThrow();
  }

  @Test
  void aCounter64AboveTheSignedRangeStaysExactInBits() {
    // 2^64 - 1 octets, worked out by hand: × 8 = 147573952589676412920.
    DataPoint p = point(new Counter64(-1L), 8);

    assertThat(p.type()).isEqualTo(DataType.COUNTER64);
    assertThat(p.number()).isEqualTo(new BigInteger("147573952589676412920"));
  }

  @Test
  void gaugesTicksAndIntegersAreIntegersAndAFractionalMultiplierMakesThemFloats() {
    assertThat(point(new Gauge32(4_294_967_295L), 1).number()).isEqualTo(4_294_967_295L);
    assertThat(point(new TimeTicks(360_000), 1).type()).isEqualTo(DataType.INT);
    DataPoint p = point(new Integer32(-5), 0.5);
    assertThat(p.type()).isEqualTo(DataType.FLOAT);
    assertThat(p.number()).isEqualTo(-2.5);
  }

  @Test
  void binaryStringsAreHexAndNullYieldsNothing() {
    assertThat(point(new OctetString(new byte[] {0x1a, (byte) 0xba, 0x00}), 8).text())
        .isEqualTo("1a:ba:00");
    assertThat(Values.point("k", new Null(), 1, 0, List.of())).isEmpty();
  }
}
