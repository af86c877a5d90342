package org.pattoo.web;

import jakarta.json.Json;
import java.util.Map;
import org.pattoo.testing.AgentPost;
import org.pattoo.testing.TestDatabase;

/**
 * The data the browser tests look at, posted as an agent would: a float gauge "temperature" and a
 * counter "bytes", a minute apart over the two hours before {@link #SEEDED}, and a string "state"
 * that was "starting" 90 minutes before it and "running" from 30 minutes before it.
 */
final class WebSeed {

  static final long MIN = 60_000;

  /** The minute the samples end at (exclusive). */
  static final long SEEDED = System.currentTimeMillis() / MIN * MIN;

  /** When the state turned "running". */
  static final long RUNNING_SINCE = SEEDED - 30 * MIN;

  private WebSeed() {}

  /** Forgets the agent, then posts its samples; returns its series' program. */
  static void agent(String agentId, String program, String target) throws Exception {
    TestDatabase.forgetAgents(agentId);
    AgentPost post = new AgentPost(agentId, program, target);
    for (int i = 120; i > 0; i--) {
      post.add("temperature", 101, temperature(i), SEEDED - i * MIN);
      post.add("bytes", 64, 1_000_000L + 6_000L * (120 - i), SEEDED - i * MIN);
    }
    post.add("state", 2, Json.createValue("starting"), SEEDED - 90 * MIN, Map.of());
    post.add("state", 2, Json.createValue("running"), RUNNING_SINCE, Map.of());
    post.post();
  }

  /** The temperature {@code minutesBefore} minutes before {@link #SEEDED}. */
  static double temperature(int minutesBefore) {
    return 20 + (minutesBefore % 10) * 0.5;
  }

  /** The English label "Temperature" in °C for the program's temperature key. */
  static void translateTemperature(String program) throws Exception {
    TestDatabase.execute(
        "INSERT INTO key_translation (translation_group_id, language_id, key, translation, units)"
            + " SELECT 1, id, ?, 'Temperature', '°C' FROM language WHERE code = 'en'"
            + " ON CONFLICT DO NOTHING",
        program + "_temperature");
  }
}
