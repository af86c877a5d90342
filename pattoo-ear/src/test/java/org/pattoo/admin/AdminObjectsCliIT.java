package org.pattoo.admin;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.pattoo.testing.AdminCli;
import org.pattoo.testing.AdminCli.Run;
import org.pattoo.testing.AgentPost;
import org.pattoo.testing.IngestDeployment;
import org.pattoo.testing.TestDatabase;
import org.pattoo.testing.TestUsers;

/**
 * Every verb of {@code ./pattoo admin} for what names and arranges things (the original
 * pattoo_cli's show, create, set, import, assign, and charts and favorites), run against the test
 * server, each checked in the database or in what the server answers.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class AdminObjectsCliIT {

  @Deployment(testable = false)
  static EnterpriseArchive ear() {
    return IngestDeployment.ear();
  }

  static final String ADMIN = "it-cli-objects";
  static final String USER = "it-cli-viewer";
  static final String PASSWORD = "cli objects passphrase";
  static final String AGENT = "it-cli-objects";
  static long agent;
  static long volts;
  static long amps;

  @BeforeAll
  static void seed() throws Exception {
    TestUsers.ensure(ADMIN, PASSWORD, "ADMIN");
    TestUsers.ensure(USER, PASSWORD, "USER");
    TestDatabase.forgetAgents(AGENT);
    long now = System.currentTimeMillis();
    new AgentPost(AGENT, "pattoo_agent_itcli", "pdu-7")
        .add("volts", 101, 231, now)
        .add("amps", 101, 3, now)
        .post();
    agent = TestDatabase.number("SELECT idx_agent FROM agent WHERE agent_id = ?", AGENT);
    volts = datapoint("pattoo_agent_itcli_volts");
    amps = datapoint("pattoo_agent_itcli_amps");
  }

  static long datapoint(String key) throws Exception {
    return TestDatabase.number("SELECT idx_datapoint FROM datapoint WHERE key = ?", key);
  }

  static Run admin(String... args) throws Exception {
    return AdminCli.as(ADMIN, PASSWORD, Map.of(), args);
  }

  static String ok(String... args) throws Exception {
    Run r = admin(args);
    assertThat(r.err()).as(String.join(" ", args)).isEmpty();
    assertThat(r.exit()).as(String.join(" ", args)).isZero();
    return r.out();
  }

  @Test
  void languagesGroupsAndAgentAssignment() throws Exception {
    TestDatabase.execute("DELETE FROM language WHERE code = 'fi'");
    TestDatabase.execute("DELETE FROM translation_group WHERE name LIKE 'it-cli-%'");

    assertThat(ok("language", "create", "fi", "Suomi")).isEqualTo("fi\tSuomi\n");
    assertThat(ok("language", "set", "fi", "Finnish")).isEqualTo("fi\tFinnish\n");
    assertThat(ok("language", "show")).contains("en\tEnglish\n", "fi\tFinnish\n");
    assertThat(ok("language", "choose", "fi")).isEqualTo("your labels come in fi\n");
    assertThat(ok("language", "choose")).isEqualTo("your labels come in en\n");

    String group = ok("group", "create", "it-cli-pdus").split("\t")[0];
    assertThat(ok("group", "set", group, "it-cli-power")).isEqualTo(group + "\tit-cli-power\n");
    assertThat(ok("agent", "assign", group, String.valueOf(agent)))
        .isEqualTo(agent + "\tpattoo_agent_itcli\tpdu-7\t" + AGENT + "\n");
    assertThat(ok("agent", "show"))
        .contains(agent + "\tpattoo_agent_itcli\tpdu-7\t" + AGENT + "\tgroup " + group + "\n");
    assertThat(ok("group", "show"))
        .contains(group + "\tit-cli-power\t1 agents\n\t\t" + agent + "\t" + AGENT + "\tpdu-7\n");

    assertThat(ok("group", "delete", group)).contains("its agents are in group 1 now");
    assertThat(
            TestDatabase.number(
                "SELECT translation_group_id FROM agent WHERE idx_agent = ?", agent))
        .isEqualTo(1);
    assertThat(ok("language", "delete", "fi"))
        .isEqualTo("deleted language fi and its translations\n");
    assertThat(TestDatabase.number("SELECT count(*) FROM language WHERE code = 'fi'")).isZero();
  }

  @Test
  void keyAndAgentTranslationsAreSetShownImportedAndDeleted(
      @org.junit.jupiter.api.io.TempDir Path dir) throws Exception {
    TestDatabase.execute("DELETE FROM key_translation WHERE key LIKE 'pattoo_agent_itcli_%'");
    TestDatabase.execute(
        "DELETE FROM agent_translation WHERE agent_program = 'pattoo_agent_itcli'");

    assertThat(ok("key-translation", "set", "pattoo_agent_itcli_volts", "Voltage", "--units", "V"))
        .isEqualTo("1\ten\tpattoo_agent_itcli_volts\tVoltage\tV\n");
    Path csv = dir.resolve("keys.csv");
    Files.writeString(
        csv,
        "language,key,translation,units\n"
            + "en,pattoo_agent_itcli_volts,Voltage,V\n"
            + "en,pattoo_agent_itcli_amps,\"Current, phase 1\",A\n");
    assertThat(ok("key-translation", "import", csv.toString()))
        .isEqualTo("imported: 1 new, 0 changed, 1 unchanged\n");
    assertThat(ok("key-translation", "show", "--group", "1", "--language", "en"))
        .contains("1\ten\tpattoo_agent_itcli_amps\tCurrent, phase 1\tA\n");

    Files.writeString(csv, "language,key,translation,units\nen,pattoo_agent_itcli_x,X\n");
    Run bad = admin("key-translation", "import", csv.toString());
    assertThat(bad.exit()).isEqualTo(1);
    assertThat(bad.err())
        .isEqualTo(
            "pattoo: csv: line 2: expecting 4 columns (language,key,translation,units), found 3\n");

    assertThat(ok("key-translation", "delete", "pattoo_agent_itcli_volts")).isEqualTo("deleted\n");
    assertThat(ok("key-translation", "delete", "pattoo_agent_itcli_volts"))
        .isEqualTo("there was no such translation\n");
    assertThat(
            TestDatabase.rows(
                "SELECT key FROM key_translation WHERE key LIKE 'pattoo_agent_itcli_%'"))
        .containsExactly(List.of("pattoo_agent_itcli_amps"));

    assertThat(ok("agent-translation", "set", "pattoo_agent_itcli", "Rack PDU"))
        .isEqualTo("en\tpattoo_agent_itcli\tRack PDU\n");
    Path agents = dir.resolve("agents.csv");
    Files.writeString(
        agents, "language,key,translation\nen,pattoo_agent_itcli,Rack PDU (metered)\n");
    assertThat(ok("agent-translation", "import", agents.toString()))
        .isEqualTo("imported: 0 new, 1 changed, 0 unchanged\n");
    assertThat(ok("agent-translation", "show", "--language", "en"))
        .contains("en\tpattoo_agent_itcli\tRack PDU (metered)\n");
    assertThat(ok("agent-translation", "delete", "pattoo_agent_itcli")).isEqualTo("deleted\n");
  }

  @Test
  void chartsAndFavorites() throws Exception {
    String line = ok("chart", "create", "PDU 7", String.valueOf(volts), String.valueOf(amps));
    String chart = line.split("\t")[0];
    assertThat(line).isEqualTo(chart + "\tPDU 7\t" + ADMIN + "\t" + volts + "," + amps + "\n");
    assertThat(
            ok("chart", "set", chart, "--name", "PDU 7 power", "--datapoints", amps + "," + volts))
        .isEqualTo(chart + "\tPDU 7 power\t" + ADMIN + "\t" + amps + "," + volts + "\n");
    assertThat(ok("chart", "show", "--mine")).contains(chart + "\tPDU 7 power\t");
    assertThat(
            AdminCli.as(USER, PASSWORD, Map.of(), "chart", "set", chart, "--name", "taken").err())
        .isEqualTo("pattoo: changing chart " + chart + " of " + ADMIN + " needs the admin role\n");

    String other = ok("chart", "create", "PDU 7 volts", String.valueOf(volts)).split("\t")[0];
    ok("favorite", "set");
    assertThat(ok("favorite", "add", chart)).startsWith(chart + "\t");
    assertThat(firstColumn(ok("favorite", "add", other))).containsExactly(chart, other);
    assertThat(firstColumn(ok("favorite", "set", other, chart))).containsExactly(other, chart);
    assertThat(firstColumn(ok("favorite", "show"))).containsExactly(other, chart);
    assertThat(firstColumn(ok("favorite", "remove", other))).containsExactly(chart);

    assertThat(ok("chart", "delete", chart)).isEqualTo("deleted chart " + chart + "\n");
    assertThat(ok("favorite", "show")).isEmpty();
    assertThat(
            TestDatabase.number("SELECT count(*) FROM chart WHERE id = ?", Long.parseLong(chart)))
        .isZero();
  }

  static List<String> firstColumn(String out) {
    return out.lines().map(l -> l.split("\t")[0]).toList();
  }

  @Test
  void eachObjectHasItsHelpAndBadArgumentsAreNamed() throws Exception {
    for (String object :
        List.of(
            "agent",
            "language",
            "group",
            "key-translation",
            "agent-translation",
            "chart",
            "favorite")) {
      Run help = AdminCli.run(Map.of(), object, "--help");
      assertThat(help.exit()).as(object).isZero();
      assertThat(help.out()).as(object).startsWith("Usage: ./pattoo admin " + object + " <action>");
      assertThat(help.out().lines().skip(2))
          .as(object)
          .allMatch(l -> l.startsWith("  " + object + " ") || l.startsWith("     "));
    }
    assertThat(admin("agent", "assign", "1", "x").err())
        .isEqualTo("pattoo: agent assign: IDX_AGENT: expecting a number, found \"x\"\n");
    assertThat(admin("key-translation", "set", "k", "K", "--colour", "red").err())
        .isEqualTo("pattoo: key-translation set: unknown option --colour\n");
    assertThat(admin("chart", "delete").err()).isEqualTo("pattoo: chart delete: expecting ID\n");
  }
}
