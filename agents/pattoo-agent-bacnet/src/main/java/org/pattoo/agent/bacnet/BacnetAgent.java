package org.pattoo.agent.bacnet;

import java.time.Clock;
import java.util.List;
import org.pattoo.agent.Collector;
import org.pattoo.agent.run.AgentMain;
import org.pattoo.agent.run.ConfigException;
import org.pattoo.agent.run.ConfigNode;

/** {@code java -jar pattoo-agent-bacnet.jar}: polls BACnet/IP devices and posts to pattoo. */
public final class BacnetAgent implements AgentMain.Agent {

  static final String PROGRAM = "pattoo_agent_bacnet";

  public static void main(String[] args) {
    AgentMain.main(
        new BacnetAgent(), BacnetAgent.class.getPackage().getImplementationVersion(), args);
  }

  @Override
  public List<String> formerSections() {
    return List.of("pattoo_agent_bacnetipd");
  }

  @Override
  public String program() {
    return PROGRAM;
  }

  @Override
  public List<Collector> collectors(ConfigNode section) throws ConfigException {
    return List.of(new BacnetCollector(BacnetConfig.read(section), Clock.systemUTC()));
  }
}
