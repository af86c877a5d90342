package org.pattoo.agent.example;

import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import org.pattoo.agent.Collector;
import org.pattoo.agent.run.AgentMain;
import org.pattoo.agent.run.ConfigException;
import org.pattoo.agent.run.ConfigNode;

/** {@code java -jar pattoo-agent-example.jar}: polls HTTP JSON endpoints and posts to pattoo. */
// tag::agent[]
public final class ExampleAgent implements AgentMain.Agent {

  static final String PROGRAM = "pattoo_agent_example";

  public static void main(String[] args) {
    String version = ExampleAgent.class.getPackage().getImplementationVersion();
    AgentMain.main(new ExampleAgent(), version, args);
  }

  @Override
  public String program() {
    return PROGRAM; // the YAML section, and the prefix of every key on the server
  }

  @Override
  public List<Collector> collectors(ConfigNode section) throws ConfigException {
    List<Collector> collectors = new ArrayList<>();
    for (Endpoint endpoint : ExampleConfig.endpoints(section)) {
      collectors.add(new JsonCollector(endpoint, Clock.systemUTC()));
    }
    return collectors; // one per endpoint: the core polls them at the same time
  }
}
// end::agent[]
