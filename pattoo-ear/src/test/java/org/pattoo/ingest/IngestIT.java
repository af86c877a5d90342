package org.pattoo.ingest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.pattoo.testing.IngestDeployment.datapoint;
import static org.pattoo.testing.IngestDeployment.postJson;
import static org.pattoo.testing.IngestDeployment.postLines;

import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.HexFormat;
import java.util.List;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.pattoo.testing.IngestDeployment;
import org.pattoo.testing.TestDatabase;
import org.pattoo.testing.TestServer;

/** What accepted posts store, read back from PostgreSQL directly. */
@ExtendWith(ArquillianExtension.class)
class IngestIT {

  static final String EXAMPLE_AGENT =
      "a3f1c2d4e5b6a7980112233445566778899aabbccddeeff00112233445566778";

  @Deployment(testable = false)
  static EnterpriseArchive ear() {
    return IngestDeployment.ear();
  }

  @BeforeAll
  static void forgetEarlierRuns() throws Exception {
    TestDatabase.forgetAgents(
        EXAMPLE_AGENT, "it-dup", "it-late", "it-str", "influx:it-lines", "influx:it-v1");
  }

  @Test
  void storesTheWorkedExampleAsTheOriginalDoes() throws Exception {
    HttpResponse<String> first = postJson("abc", IngestDeployment.workedExample());

    assertThat(first.statusCode()).isEqualTo(200);
    assertThat(first.body())
        .isEqualTo(
            "{\"accepted\":2,\"stored\":2,\"duplicates\":0,\"unchanged\":0,\"new_series\":2}");
    List<List<String>> series =
        TestDatabase.rows(
            "SELECT d.checksum, d.key, d.data_type, d.polling_interval, a.agent_polled_target,"
                + " a.agent_program, a.agent_hostname FROM datapoint d JOIN agent a USING"
                + " (idx_agent) WHERE a.agent_id = ? ORDER BY d.key",
            EXAMPLE_AGENT);
    String expectedChecksum =
        sha512(
            EXAMPLE_AGENT
                + "router1.example.org"
                + "7cd6205bcc20746ca26094d16283a3d9bfc24a53fc88e269bbd466eb27981d3d");
    assertThat(expectedChecksum).startsWith("351133c96fc8").endsWith("19189466");
    assertThat(series)
        .containsExactly(
            List.of(
                expectedChecksum,
                "pattoo_agent_example_ifinoctets",
                "64",
                "300000",
                "router1.example.org",
                "pattoo_agent_example",
                "host1.example.org"),
            List.of(
                // the spec's pattoo_checksum of datapoint 2, through the same server-side step
                sha512(
                    EXAMPLE_AGENT
                        + "router1.example.org"
                        + "d0de7edc609c3f50d507cf41f810da4b3db92fd7e1ad416c5d6734d025e4125e"),
                "pattoo_agent_example_temperature",
                "101",
                "300000",
                "router1.example.org",
                "pattoo_agent_example",
                "host1.example.org"));
    assertThat(
            TestDatabase.rows(
                "SELECT d.key, p.key, p.value FROM glue g JOIN pair p USING (idx_pair)"
                    + " JOIN datapoint d USING (idx_datapoint) JOIN agent a USING (idx_agent)"
                    + " WHERE a.agent_id = ? ORDER BY 1, 2",
                EXAMPLE_AGENT))
        .containsExactly(
            List.of("pattoo_agent_example_ifinoctets", "pattoo_agent_example_ifalias", "uplink"),
            List.of("pattoo_agent_example_ifinoctets", "pattoo_agent_example_ifname", "eth0"),
            List.of("pattoo_agent_example_temperature", "pattoo_agent_example_ifname", "eth0"));
    assertThat(TestDatabase.samplesOfAgent(EXAMPLE_AGENT))
        .containsExactly(
            "pattoo_agent_example_ifinoctets|1600000000123|123456789",
            "pattoo_agent_example_temperature|1600000000456|21.5");
  }

  @Test
  void repostingABatchStoresNothingTwiceAndTheFirstValueWins() throws Exception {
    long ts = System.currentTimeMillis() - 60_000;
    assertThat(postJson("dup", datapoint("it-dup", 101, "1.5", ts)).statusCode()).isEqualTo(200);

    HttpResponse<String> again = postJson("dup", datapoint("it-dup", 101, "1.5", ts));
    HttpResponse<String> changed = postJson("dup", datapoint("it-dup", 101, "9.9", ts));

    assertThat(again.body()).contains("\"stored\":0,\"duplicates\":1");
    assertThat(changed.body()).contains("\"stored\":0,\"duplicates\":1");
    assertThat(TestDatabase.samplesOfAgent("it-dup"))
        .containsExactly("pattoo_agent_it_k|" + ts + "|1.5");
  }

  @Test
  void lateAndOutOfOrderSamplesAreAccepted() throws Exception {
    long now = System.currentTimeMillis();
    postJson("late", datapoint("it-late", 99, "3", now - 60_000));

    HttpResponse<String> late = postJson("late", datapoint("it-late", 99, "1", now - 3_600_000));
    HttpResponse<String> older = postJson("late", datapoint("it-late", 99, "0", now - 86_400_000));

    assertThat(late.body()).contains("\"stored\":1");
    assertThat(older.body()).contains("\"stored\":1");
    assertThat(TestDatabase.samplesOfAgent("it-late")).hasSize(3);
  }

  @Test
  void stringSamplesAreStoredOnlyWhenTheValueChanges() throws Exception {
    long t = System.currentTimeMillis() - 600_000;
    String[] values = {"\"up\"", "\"up\"", "\"down\"", "\"down\"", "\"up\""};
    for (int i = 0; i < values.length; i++) {
      assertThat(postJson("str", datapoint("it-str", 2, values[i], t + i * 60_000)).statusCode())
          .isEqualTo(200);
    }

    assertThat(TestDatabase.samplesOfAgent("it-str"))
        .containsExactly(
            "pattoo_agent_it_k|" + t + "|up",
            "pattoo_agent_it_k|" + (t + 120_000) + "|down",
            "pattoo_agent_it_k|" + (t + 240_000) + "|up");
  }

  @Test
  void lineProtocolLandsWithTheDocumentedMapping() throws Exception {
    long ms = System.currentTimeMillis() - 30_000;
    String lines =
        "cpu,host=web1,cpu=cpu0 usage_idle=97.5,procs=12i,ok=true,state=\"running\" "
            + ms * 1_000_000
            + "\n";

    HttpResponse<String> response = postLines("bucket=it-lines&org=ops", lines);

    assertThat(response.statusCode()).isEqualTo(204);
    assertThat(
            TestDatabase.rows(
                "SELECT d.key, d.data_type, a.agent_polled_target, a.agent_program FROM datapoint d"
                    + " JOIN agent a USING (idx_agent) WHERE a.agent_id = 'influx:it-lines'"
                    + " ORDER BY d.key"))
        .containsExactly(
            List.of("influx_cpu_ok", "99", "web1", "influx"),
            List.of("influx_cpu_procs", "99", "web1", "influx"),
            List.of("influx_cpu_state", "2", "web1", "influx"),
            List.of("influx_cpu_usage_idle", "101", "web1", "influx"));
    assertThat(TestDatabase.samplesOfAgent("influx:it-lines"))
        .containsExactly(
            "influx_cpu_ok|" + ms + "|1",
            "influx_cpu_procs|" + ms + "|12",
            "influx_cpu_state|" + ms + "|running",
            "influx_cpu_usage_idle|" + ms + "|97.5");
    assertThat(
            TestDatabase.rows(
                "SELECT DISTINCT p.key, p.value FROM glue g JOIN pair p USING (idx_pair)"
                    + " JOIN datapoint d USING (idx_datapoint) JOIN agent a USING (idx_agent)"
                    + " WHERE a.agent_id = 'influx:it-lines'"))
        .containsExactly(List.of("influx_cpu", "cpu0"));
  }

  @Test
  void influxV1PathAndGzipBodiesAreAccepted() throws Exception {
    long s = System.currentTimeMillis() / 1000 - 10;
    byte[] body = IngestDeployment.gzip("mem,host=db1 used=42i " + s + "\n");

    HttpResponse<String> response =
        TestServer.post(
            "/pattoo/write?db=it-v1&precision=s",
            body,
            "Content-Encoding",
            "gzip",
            "Authorization",
            "Token " + IngestDeployment.TOKEN);

    assertThat(response.statusCode()).isEqualTo(204);
    assertThat(TestDatabase.samplesOfAgent("influx:it-v1"))
        .containsExactly("influx_mem_used|" + s * 1000 + "|42");
  }

  static String sha512(String text) throws Exception {
    return HexFormat.of()
        .formatHex(
            MessageDigest.getInstance("SHA-512").digest(text.getBytes(StandardCharsets.UTF_8)));
  }
}
