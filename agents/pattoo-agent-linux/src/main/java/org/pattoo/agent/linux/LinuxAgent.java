package org.pattoo.agent.linux;

import java.util.List;
import org.pattoo.agent.Collector;
import org.pattoo.agent.run.AgentMain;
import org.pattoo.agent.run.ConfigNode;

/** {@code java -jar pattoo-agent-linux.jar}: polls this host and posts to pattoo. */
public final class LinuxAgent implements AgentMain.Agent {

  static final String PROGRAM = "pattoo_agent_linux";

  public static void main(String[] args) {
    AgentMain.main(
        new LinuxAgent(), LinuxAgent.class.getPackage().getImplementationVersion(), args);
  }

  @Override
  public String program() {
    return PROGRAM;
  }

  @Override
  public List<Collector> collectors(ConfigNode section) {
    return List.of(new HostCollector());
  }
}
