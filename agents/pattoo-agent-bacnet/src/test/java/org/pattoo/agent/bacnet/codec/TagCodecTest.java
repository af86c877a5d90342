package org.pattoo.agent.bacnet.codec;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.HexFormat;
import org.junit.jupiter.api.Test;

/** Tag encodings worked out by hand from 135-2020 clause 20.2 and read back. */
class TagCodecTest {

  private static String hex(TagWriter w) {
    return HexFormat.of().formatHex(w.toByteArray());
  }

  @Test
  void unsignedTakesTheFewestOctets() throws Exception {
    // clause 20.2.4: 0x21 = application tag 2, length 1
    assertThat(hex(new TagWriter().unsigned(Application.UNSIGNED, false, 3))).isEqualTo("2103");
    assertThat(hex(new TagWriter().unsigned(Application.UNSIGNED, false, 1476)))
        .isEqualTo("2205c4");
    assertThat(hex(new TagWriter().unsigned(Application.UNSIGNED, false, 0x10000)))
        .isEqualTo("23010000");
    assertThat(hex(new TagWriter().unsigned(Application.UNSIGNED, false, 0xFFFFFFFFL)))
        .isEqualTo("24ffffffff");
    for (long v : new long[] {0, 255, 256, 65535, 65536, 0xFFFFFFL, 0x1000000L, 0xFFFFFFFFL}) {
      byte[] b = new TagWriter().unsigned(Application.UNSIGNED, false, v).toByteArray();
      assertThat(new TagReader(b).applicationValue()).isEqualTo(new Value(2, v));
    }
  }

  @Test
  void contextTagsSetTheClassBitAndExtendTagNumbersAbove14() throws Exception {
    assertThat(hex(new TagWriter().unsigned(1, true, 85))).isEqualTo("1955");
    assertThat(hex(new TagWriter().unsigned(20, true, 1))).isEqualTo("f91401");
    assertThat(hex(new TagWriter().open(3).close(3))).isEqualTo("3e3f");
    assertThat(hex(new TagWriter().open(20).close(20))).isEqualTo("fe14ff14");
    TagReader r = new TagReader(new TagWriter().unsigned(20, true, 1).open(20).toByteArray());
    assertThat(r.contextUnsigned(20)).isEqualTo(1);
    r.expectOpening(20);
    assertThat(r.atEnd()).isTrue();
  }

  @Test
  void realIsIeee754SinglePrecision() throws Exception {
    // 21.5 = 0x41ac0000 (clause 20.2.6)
    byte[] b = new TagWriter().real(Application.REAL, false, 21.5f).toByteArray();
    assertThat(HexFormat.of().formatHex(b)).isEqualTo("4441ac0000");
    assertThat(new TagReader(b).applicationValue()).isEqualTo(new Value(4, 21.5f));
  }

  @Test
  void characterStringsLongerThanFourOctetsUseTheExtendedLength() throws Exception {
    // clause 20.2.1.3.1: LVT 5, then length 10 (charset octet + 9 characters)
    byte[] b =
        new TagWriter()
            .characterString(Application.CHARACTER_STRING, false, "Zone Temp")
            .toByteArray();
    assertThat(HexFormat.of().formatHex(b)).isEqualTo("750a005a6f6e652054656d70");
    assertThat(new TagReader(b).applicationValue().content()).isEqualTo("Zone Temp");
    String longer = "x".repeat(300);
    byte[] big =
        new TagWriter().characterString(Application.CHARACTER_STRING, false, longer).toByteArray();
    assertThat(HexFormat.of().formatHex(big, 0, 4)).isEqualTo("75fe012d");
    assertThat(new TagReader(big).applicationValue().content()).isEqualTo(longer);
  }

  @Test
  void signedIsTwosComplementInItsOctets() throws Exception {
    assertThat(new TagReader(HexFormat.of().parseHex("31ff")).applicationValue())
        .isEqualTo(new Value(3, -1L));
    assertThat(new TagReader(HexFormat.of().parseHex("32ff38")).applicationValue())
        .isEqualTo(new Value(3, -200L));
  }

  @Test
  void booleansCarryTheirValueInTheLengthField() throws Exception {
    assertThat(hex(new TagWriter().applicationBoolean(true).applicationBoolean(false)))
        .isEqualTo("1110");
    TagReader r = new TagReader(HexFormat.of().parseHex("1110"));
    assertThat(r.applicationValue().number()).contains(1L);
    assertThat(r.applicationValue().number()).contains(0L);
  }

  @Test
  void objectIdentifierPacksTypeAndInstance() throws Exception {
    ObjectId id = new ObjectId(ObjectTypes.DEVICE, 1234);
    assertThat(hex(new TagWriter().objectId(Application.OBJECT_ID, false, id)))
        .isEqualTo("c4020004d2");
    assertThat(ObjectId.parse("multi-state-value:2")).contains(new ObjectId(19, 2));
    assertThat(ObjectId.parse("analog-input:x")).isEmpty();
    assertThat(new ObjectId(0, 99).toString()).isEqualTo("analog-input:99");
  }

  @Test
  void truncatedContentNamesWhereTheFrameEnds() {
    assertThatThrownBy(() -> new TagReader(HexFormat.of().parseHex("4441ac")).applicationValue())
        .isInstanceOf(MalformedException.class)
        .hasMessage("expecting 4 more octet(s) at octet 1, the frame ends at 3");
  }
}
