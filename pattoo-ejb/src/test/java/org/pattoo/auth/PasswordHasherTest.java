package org.pattoo.auth;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.HexFormat;
import org.junit.jupiter.api.Test;

class PasswordHasherTest {

  /** RFC 7914 §11, PBKDF2-HMAC-SHA256 (P="passwd", S="salt", c=1, dkLen=64). */
  static final String RFC_7914_KEY =
      "55ac046e56e3089fec1691c22544b605f94185216dde0465e68b9d57c20dacbc"
          + "49ca9cccf179b645991664b39d77ef317c71b845b1e30bd509112041d3a19783";

  @Test
  void verifiesTheRfc7914TestVectorWrittenInTheStoredFormat() {
    String stored =
        "PBKDF2WithHmacSHA256:1:"
            + Base64.getEncoder().encodeToString("salt".getBytes(StandardCharsets.US_ASCII))
            + ":"
            + Base64.getEncoder().encodeToString(HexFormat.of().parseHex(RFC_7914_KEY));

    assertThat(PasswordHasher.verify("passwd", stored)).isTrue();
    assertThat(PasswordHasher.verify("passwD", stored)).isFalse();
  }

  @Test
  void hashesAreSaltedAndNameTheirCost() {
    String a = PasswordHasher.hash("a long enough password");
    String b = PasswordHasher.hash("a long enough password");

    assertThat(a).isNotEqualTo(b).startsWith("PBKDF2WithHmacSHA256:600000:");
    assertThat(PasswordHasher.verify("a long enough password", a)).isTrue();
    assertThat(PasswordHasher.verify("a long enough passwore", a)).isFalse();
  }

  @Test
  void malformedHashesNeverMatch() {
    assertThat(PasswordHasher.verify("x", "")).isFalse();
    assertThat(PasswordHasher.verify("x", "MD5:1:AAAA:AAAA")).isFalse();
    assertThat(PasswordHasher.verify("x", "PBKDF2WithHmacSHA256:x:AAAA:AAAA")).isFalse();
    assertThat(PasswordHasher.verify("x", "PBKDF2WithHmacSHA256:1:!!:AAAA")).isFalse();
  }
}
