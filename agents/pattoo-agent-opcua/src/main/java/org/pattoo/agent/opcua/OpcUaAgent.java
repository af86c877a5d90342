package org.pattoo.agent.opcua;

import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import org.pattoo.agent.Collector;
import org.pattoo.agent.run.AgentMain;
import org.pattoo.agent.run.ConfigException;
import org.pattoo.agent.run.ConfigNode;

/** {@code java -jar pattoo-agent-opcua.jar}: reads OPC UA servers and posts to pattoo. */
public final class OpcUaAgent implements AgentMain.Agent {

  static final String PROGRAM = "pattoo_agent_opcua";

  public static void main(String[] args) {
    AgentMain.main(
        new OpcUaAgent(), OpcUaAgent.class.getPackage().getImplementationVersion(), args);
  }

  @Override
  public List<String> formerSections() {
    return List.of("pattoo_agent_opcuad");
  }

  @Override
  public String program() {
    return PROGRAM;
  }

  /** One collector per group: each server has its own session, polled beside the others. */
  @Override
  public List<Collector> collectors(ConfigNode section) throws ConfigException {
    OpcUaConfig config = OpcUaConfig.read(section);
    Pki pki = new Pki(config.pkiDirectory());
    List<Collector> collectors = new ArrayList<>();
    for (Group g : config.groups()) {
      collectors.add(new GroupCollector(g, pki, Clock.systemUTC()));
    }
    return collectors;
  }
}
