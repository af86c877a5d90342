package org.pattoo.translation;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.util.List;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.pattoo.testing.AgentPost;
import org.pattoo.testing.GraphQL;
import org.pattoo.testing.IngestDeployment;
import org.pattoo.testing.Logins;
import org.pattoo.testing.TestDatabase;
import org.pattoo.testing.TestUsers;

/**
 * Languages, translation groups and translations through GraphQL on a real server: admins manage
 * them, plain users only read them and pick their language, and the labels of datapoints and the
 * names of agents follow the caller's language and the agent's group.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class TranslationsIT {

  @Deployment(testable = false)
  static EnterpriseArchive ear() {
    return IngestDeployment.ear();
  }

  static final String PASSWORD = "translations test password";
  static final String PROGRAM = "pattoo_agent_itx";
  static final String AGENT = "it-translations";
  static String admin;
  static String plain;

  @BeforeAll
  static void users() throws Exception {
    TestUsers.ensure("it-xl-admin", PASSWORD, "ADMIN");
    TestUsers.ensure("it-xl-user", PASSWORD, "USER");
    admin = Logins.bearer(Logins.login("it-xl-admin", PASSWORD));
    plain = Logins.bearer(Logins.login("it-xl-user", PASSWORD));
  }

  static JsonObject as(String who, String query, JsonObject variables) throws Exception {
    return GraphQL.postAs(who, query, variables);
  }

  static JsonObject as(String who, String query) throws Exception {
    return as(who, query, Json.createObjectBuilder().build());
  }

  static JsonObject ok(String who, String query) throws Exception {
    JsonObject answer = as(who, query);
    assertThat(Logins.error(answer)).as(query).isNull();
    return answer.getJsonObject("data");
  }

  @Test
  void adminsCreateRenameAndDeleteLanguagesAndGroups() throws Exception {
    TestDatabase.execute("DELETE FROM language WHERE code = 'nl'");
    TestDatabase.execute("DELETE FROM translation_group WHERE name LIKE 'it-xl-%'");

    ok(admin, "mutation { createLanguage(code: \"nl\", name: \"Nederlands\") { code } }");
    ok(admin, "mutation { updateLanguage(code: \"nl\", name: \"Dutch\") { code } }");
    assertThat(TestDatabase.rows("SELECT name FROM language WHERE code = 'nl'"))
        .containsExactly(List.of("Dutch"));
    assertThat(
            Logins.error(
                as(admin, "mutation { createLanguage(code: \"nl\", name: \"x\") { code } }")))
        .isEqualTo("code: nl exists already");
    assertThat(
            Logins.error(
                as(admin, "mutation { createLanguage(code: \"Dutch!\", name: \"x\") { code } }")))
        .startsWith("code: expecting a language code such as en, de or pt-BR");

    long group =
        ok(admin, "mutation { createTranslationGroup(name: \"it-xl-first\") { id } }")
            .getJsonObject("createTranslationGroup")
            .getJsonNumber("id")
            .longValue();
    ok(
        admin,
        "mutation { updateTranslationGroup(id: " + group + ", name: \"it-xl-renamed\") { id } }");
    assertThat(TestDatabase.rows("SELECT name FROM translation_group WHERE id = ?", group))
        .containsExactly(List.of("it-xl-renamed"));
    ok(
        admin,
        "mutation { updateTranslationGroup(id: " + group + ", name: \"it-xl-renamed\") { id } }");
    assertThat(
            Logins.error(
                as(
                    admin,
                    "mutation { updateTranslationGroup(id: 1, name: \"it-xl-renamed\") { id } }")))
        .isEqualTo("name: a translation group it-xl-renamed exists already");
    assertThat(Logins.error(as(admin, "mutation { deleteTranslationGroup(id: 1) }")))
        .isEqualTo("group: the default group (1) cannot be deleted");

    ok(admin, "mutation { deleteTranslationGroup(id: " + group + ") }");
    ok(admin, "mutation { deleteLanguage(code: \"nl\") }");
    assertThat(TestDatabase.number("SELECT count(*) FROM translation_group WHERE id = ?", group))
        .isZero();
    assertThat(TestDatabase.number("SELECT count(*) FROM language WHERE code = 'nl'")).isZero();
    assertThat(Logins.error(as(admin, "mutation { deleteLanguage(code: \"en\") }")))
        .isEqualTo("code: en is the server's default language (pattoo.query.language)");
  }

  @Test
  void everyAdminMutationIsRefusedToAPlainUser() throws Exception {
    List<String> mutations =
        List.of(
            "createLanguage(code: \"sv\", name: \"Svenska\") { code }",
            "updateLanguage(code: \"en\", name: \"Changed\") { code }",
            "deleteLanguage(code: \"en\")",
            "createTranslationGroup(name: \"it-xl-plain\") { id }",
            "updateTranslationGroup(id: 1, name: \"Changed\") { id }",
            "deleteTranslationGroup(id: 1)",
            "assignAgents(group: 1, agents: [1]) { idxAgent }",
            "setKeyTranslation(language: \"en\", key: \"k\", translation: \"K\") { key }",
            "deleteKeyTranslation(language: \"en\", key: \"pattoo_agent_linux_uptime\")",
            "importKeyTranslations(csv: \"language,key,translation,units\\nen,k,K,\") { created }",
            "setAgentTranslation(language: \"en\", agentProgram: \"p\", translation: \"P\") { agentProgram }",
            "deleteAgentTranslation(language: \"en\", agentProgram: \"pattoo_agent_linux\")",
            "importAgentTranslations(csv: \"language,key,translation\\nen,p,P\") { created }");
    long before = tableRows();
    for (String m : mutations) {
      assertThat(Logins.error(as(plain, "mutation { " + m + " }")))
          .as(m)
          .endsWith("needs the admin role");
    }
    assertThat(tableRows()).as("nothing changed").isEqualTo(before);
    assertThat(TestDatabase.rows("SELECT name FROM language WHERE code = 'en'"))
        .containsExactly(List.of("English"));
  }

  /** A fingerprint of every row of the translation tables. */
  static long tableRows() throws Exception {
    return TestDatabase.number(
        "SELECT (SELECT count(*) FROM language) + (SELECT count(*) FROM translation_group)"
            + " + (SELECT count(*) FROM key_translation) + (SELECT count(*) FROM agent_translation)"
            + " + (SELECT coalesce(sum(translation_group_id), 0) FROM agent)");
  }

  @Test
  void labelsFollowTheCallersLanguageAndTheAgentsGroup() throws Exception {
    TestDatabase.forgetAgents(AGENT);
    TestDatabase.execute("UPDATE app_user SET language_id = NULL WHERE username = 'it-xl-user'");
    TestDatabase.execute("DELETE FROM translation_group WHERE name = 'it-xl-sensors'");
    TestDatabase.execute("DELETE FROM key_translation WHERE key LIKE '" + PROGRAM + "_%'");
    TestDatabase.execute("DELETE FROM agent_translation WHERE agent_program = '" + PROGRAM + "'");
    new AgentPost(AGENT, PROGRAM, "room-1")
        .add("temp", 101, 21.5, System.currentTimeMillis())
        .post();
    TestDatabase.execute(
        "INSERT INTO language (code, name) VALUES ('de', 'Deutsch') ON CONFLICT DO NOTHING");
    ok(
        admin,
        "mutation { setKeyTranslation(language: \"en\", key: \""
            + PROGRAM
            + "_temp\", translation: \"Temperature\", units: \"°C\") { key } }");
    ok(
        admin,
        "mutation { setKeyTranslation(language: \"de\", key: \""
            + PROGRAM
            + "_temp\", translation: \"Temperatur\", units: \"°C\") { key } }");
    ok(
        admin,
        "mutation { setAgentTranslation(language: \"de\", agentProgram: \""
            + PROGRAM
            + "\", translation: \"Raumfühler\") { agentProgram } }");

    assertThat(labelOf(plain)).isEqualTo("Temperature °C");
    assertThat(ok(plain, "mutation { chooseLanguage(code: \"de\") }").getString("chooseLanguage"))
        .isEqualTo("de");
    assertThat(labelOf(plain)).isEqualTo("Temperatur °C");
    assertThat(programNameOf(plain)).isEqualTo("Raumfühler");
    assertThat(labelOf(admin)).as("another user still reads English").isEqualTo("Temperature °C");
    assertThat(programNameOf(admin)).as("no English name: null").isNull();

    long group =
        ok(admin, "mutation { createTranslationGroup(name: \"it-xl-sensors\") { id } }")
            .getJsonObject("createTranslationGroup")
            .getJsonNumber("id")
            .longValue();
    long agent = TestDatabase.number("SELECT idx_agent FROM agent WHERE agent_id = ?", AGENT);
    ok(
        admin,
        "mutation { assignAgents(group: " + group + ", agents: [" + agent + "]) { idxAgent } }");
    ok(
        admin,
        "mutation { setKeyTranslation(group: "
            + group
            + ", language: \"de\", key: \""
            + PROGRAM
            + "_temp\", translation: \"Raumtemperatur\", units: \"K\") { key } }");
    assertThat(labelOf(plain)).as("the group's own translation").isEqualTo("Raumtemperatur K");
    assertThat(labelOf(admin))
        .as("none in the group: the default group's")
        .isEqualTo("Temperature °C");
    assertThat(
            Logins.error(
                as(
                    admin,
                    "mutation { assignAgents(group: "
                        + group
                        + ", agents: ["
                        + agent
                        + ", 999999999]) { idxAgent } }")))
        .isEqualTo("agents: no agent with idxAgent 999999999");

    ok(admin, "mutation { deleteTranslationGroup(id: " + group + ") }");
    assertThat(
            TestDatabase.number(
                "SELECT translation_group_id FROM agent WHERE idx_agent = ?", agent))
        .as("back in the default group")
        .isEqualTo(1);
    assertThat(labelOf(plain)).isEqualTo("Temperatur °C");
    ok(plain, "mutation { chooseLanguage(code: \"\") }");
    assertThat(labelOf(plain)).isEqualTo("Temperature °C");
  }

  static String labelOf(String who) throws Exception {
    JsonObject node =
        ok(
                who,
                "{ datapoints(filter: {agentId: \""
                    + AGENT
                    + "\"}) { edges { node { label units } } } }")
            .getJsonObject("datapoints")
            .getJsonArray("edges")
            .getJsonObject(0)
            .getJsonObject("node");
    return node.getString("label") + " " + node.getString("units");
  }

  static String programNameOf(String who) throws Exception {
    JsonObject agent =
        ok(who, "{ agents(program: \"" + PROGRAM + "\") { edges { node { agentProgramName } } } }")
            .getJsonObject("agents")
            .getJsonArray("edges")
            .getJsonObject(0)
            .getJsonObject("node");
    return agent.isNull("agentProgramName") ? null : agent.getString("agentProgramName");
  }

  @Test
  void aCsvWithABadLineImportsNothingAndAReimportChangesNothing() throws Exception {
    TestDatabase.execute("DELETE FROM key_translation WHERE key LIKE 'pattoo_agent_itcsv_%'");
    TestDatabase.execute(
        "DELETE FROM agent_translation WHERE agent_program LIKE 'pattoo_agent_itcsv%'");
    String good =
        "language,key,translation,units\n"
            + "en,pattoo_agent_itcsv_a,Alpha,V\n"
            + "en,pattoo_agent_itcsv_b,Beta,A\n"
            + "en,pattoo_agent_itcsv_c,\"Gamma, total\",W\n";
    String bad = good.replace("en,pattoo_agent_itcsv_b", "xx,pattoo_agent_itcsv_b") + "en,short\n";
    assertThat(importKeys(bad).getString("error"))
        .as("every bad line, in line order, whatever the check")
        .isEqualTo(
            "csv: line 3: no language xx (create it first);"
                + " line 5: expecting 4 columns (language,key,translation,units), found 2");
    assertThat(
            TestDatabase.number(
                "SELECT count(*) FROM key_translation WHERE key LIKE 'pattoo_agent_itcsv_%'"))
        .as("nothing of a bad file")
        .isZero();

    assertThat(importKeys(good).getString("result")).isEqualTo("3 0 0");
    assertThat(importKeys(good).getString("result")).as("again: all unchanged").isEqualTo("0 0 3");
    assertThat(importKeys(good.replace("Alpha,V", "Alpha,mV")).getString("result"))
        .isEqualTo("0 1 2");
    assertThat(
            TestDatabase.rows(
                "SELECT key, translation, units FROM key_translation"
                    + " WHERE key LIKE 'pattoo_agent_itcsv_%' ORDER BY key"))
        .containsExactly(
            List.of("pattoo_agent_itcsv_a", "Alpha", "mV"),
            List.of("pattoo_agent_itcsv_b", "Beta", "A"),
            List.of("pattoo_agent_itcsv_c", "Gamma, total", "W"));

    String agents = "language,key,translation\nen,pattoo_agent_itcsv,CSV agent\nen,,Nameless\n";
    assertThat(Logins.error(importAgents(agents))).isEqualTo("csv: line 3: key: must not be empty");
    assertThat(ok(admin, importAgentsMutation(agents.replace("en,,Nameless\n", ""))).toString())
        .contains("\"created\":1");
    assertThat(ok(admin, importAgentsMutation(agents.replace("en,,Nameless\n", ""))).toString())
        .contains("\"unchanged\":1");
  }

  /** {"result": "created updated unchanged"} or {"error": message}. */
  static JsonObject importKeys(String csv) throws Exception {
    JsonObject answer =
        as(
            admin,
            "mutation($csv: String!) { importKeyTranslations(csv: $csv) { created updated unchanged } }",
            Json.createObjectBuilder().add("csv", csv).build());
    String error = Logins.error(answer);
    if (error != null) {
      return Json.createObjectBuilder().add("error", error).build();
    }
    JsonObject r = answer.getJsonObject("data").getJsonObject("importKeyTranslations");
    return Json.createObjectBuilder()
        .add(
            "result", r.getInt("created") + " " + r.getInt("updated") + " " + r.getInt("unchanged"))
        .build();
  }

  static JsonObject importAgents(String csv) throws Exception {
    return as(
        admin,
        "mutation($csv: String!) { importAgentTranslations(csv: $csv) { created updated unchanged } }",
        Json.createObjectBuilder().add("csv", csv).build());
  }

  static String importAgentsMutation(String csv) {
    return "mutation { importAgentTranslations(csv: "
        + Json.createValue(csv)
        + ") { created updated unchanged } }";
  }

  @Test
  void theLinuxAgentsKeysShipWithEnglishLabels() throws Exception {
    JsonObject data =
        ok(plain, "{ keyTranslations(group: 1, language: \"en\") { key translation units } }");
    assertThat(data.getJsonArray("keyTranslations").getValuesAs(JsonObject.class))
        .extracting(
            t ->
                t.getString("key")
                    + "="
                    + t.getString("translation")
                    + " ["
                    + t.getString("units")
                    + "]")
        .contains(
            "pattoo_agent_linux_uptime=Uptime [seconds]",
            "pattoo_agent_linux_memory_available=Memory available [bytes]");
  }
}
