package org.pattoo.agent.modbus;

import java.time.Clock;
import java.util.List;
import org.pattoo.agent.Collector;
import org.pattoo.agent.run.AgentMain;
import org.pattoo.agent.run.ConfigException;
import org.pattoo.agent.run.ConfigNode;

/** {@code java -jar pattoo-agent-modbus.jar}: polls Modbus TCP devices and posts to pattoo. */
public final class ModbusAgent implements AgentMain.Agent {

  static final String PROGRAM = "pattoo_agent_modbus";

  public static void main(String[] args) {
    AgentMain.main(
        new ModbusAgent(), ModbusAgent.class.getPackage().getImplementationVersion(), args);
  }

  @Override
  public List<String> formerSections() {
    return List.of("pattoo_agent_modbustcpd");
  }

  @Override
  public String program() {
    return PROGRAM;
  }

  @Override
  public List<Collector> collectors(ConfigNode section) throws ConfigException {
    return List.of(new ModbusCollector(ModbusConfig.targets(section), Clock.systemUTC()));
  }
}
