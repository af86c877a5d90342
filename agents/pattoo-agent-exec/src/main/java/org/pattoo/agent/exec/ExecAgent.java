package org.pattoo.agent.exec;

import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.logging.Logger;
import org.pattoo.agent.Collector;
import org.pattoo.agent.run.AgentMain;
import org.pattoo.agent.run.ConfigException;
import org.pattoo.agent.run.ConfigNode;

/** {@code java -jar pattoo-agent-exec.jar}: runs the configured commands and posts their output. */
public final class ExecAgent implements AgentMain.Agent {

  static final String PROGRAM = "pattoo_agent_exec";

  private static final Logger LOG = Logger.getLogger(ExecAgent.class.getPackageName());

  public static void main(String[] args) {
    AgentMain.main(new ExecAgent(), ExecAgent.class.getPackage().getImplementationVersion(), args);
  }

  @Override
  public String program() {
    return PROGRAM;
  }

  @Override
  public List<Collector> collectors(ConfigNode section) throws ConfigException {
    List<Collector> collectors = new ArrayList<>();
    for (Command c : ExecConfig.commands(section)) {
      LOG.info(c.describe());
      collectors.add(new CommandCollector(c, Clock.systemUTC()));
    }
    return collectors;
  }
}
