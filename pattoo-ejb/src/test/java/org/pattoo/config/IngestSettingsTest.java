package org.pattoo.config;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.InetAddress;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.pattoo.auth.Secrets;

class IngestSettingsTest {

  static final String HASH = "9f86d081884c7d659a2feaa0c55ad015a3bf4f1b2b0b822cd15d6c15b0f00a08";

  static Settings read(Map<String, String> values) {
    return Settings.read(new SettingsReader(k -> Optional.ofNullable(values.get(k))));
  }

  @Test
  void tokensAreNamedHashesThatMatchTheirSecret() {
    Settings s = read(Map.of("pattoo.ingest.tokens", "site-a:" + HASH + ", site-b:" + HASH));

    assertThat(s.ingest().tokens()).hasSize(2);
    assertThat(s.ingest().tokens().get(0).name()).isEqualTo("site-a");
    assertThat(s.ingest().tokens().get(0).matches(Secrets.sha256("test"))).isTrue();
    assertThat(s.ingest().tokens().get(0).matches(Secrets.sha256("Test"))).isFalse();
  }

  @Test
  void malformedTokenEntryFailsNamingTheKeyButNotTheSecret() {
    assertThatThrownBy(() -> read(Map.of("pattoo.ingest.tokens", "site-a:secret123")))
        .hasMessage(
            "invalid configuration: pattoo.ingest.tokens: expecting name:sha256-hex entries"
                + " separated by commas, found \"site-a:…\"");
  }

  @Test
  void openNetworksDefaultToLoopback() throws Exception {
    Settings s = read(Map.of());
    InetAddress v4 = InetAddress.getByName("127.0.0.1");
    InetAddress v6 = InetAddress.getByName("::1");
    InetAddress other = InetAddress.getByName("10.1.2.3");

    assertThat(s.ingest().openNetworks())
        .anyMatch(n -> n.contains(v4))
        .anyMatch(n -> n.contains(v6))
        .noneMatch(n -> n.contains(other));
  }

  @Test
  void networksMatchByPrefixIncludingMappedIpv4() throws Exception {
    Settings s = read(Map.of("pattoo.ingest.open-networks", "10.20.0.0/14"));
    var net = s.ingest().openNetworks().get(0);

    assertThat(net.contains(InetAddress.getByName("10.23.255.1"))).isTrue();
    assertThat(net.contains(InetAddress.getByName("10.24.0.1"))).isFalse();
    assertThat(net.contains(InetAddress.getByName("::ffff:10.21.0.9"))).isTrue();
  }

  @Test
  void hostNamesAreNotNetworks() {
    assertThatThrownBy(() -> read(Map.of("pattoo.ingest.open-networks", "localhost,10.0.0.0/33")))
        .hasMessage(
            "invalid configuration: pattoo.ingest.open-networks: expecting CIDR networks such as"
                + " 10.0.0.0/8 separated by commas, found \"localhost\";"
                + " pattoo.ingest.open-networks: expecting CIDR networks such as 10.0.0.0/8"
                + " separated by commas, found \"10.0.0.0/33\"");
  }

  @Test
  void emptyOpenNetworksMeansEveryClientNeedsAToken() {
    assertThat(read(Map.of("pattoo.ingest.open-networks", "none")).ingest().openNetworks())
        .isEmpty();
  }
}
