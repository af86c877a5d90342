package org.pattoo.agent.snmp;

import java.time.Clock;
import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.logging.Logger;
import org.pattoo.agent.Collector;
import org.pattoo.agent.run.AgentMain;
import org.pattoo.agent.run.ConfigException;
import org.pattoo.agent.run.ConfigNode;

/**
 * {@code java -jar pattoo-agent-snmp.jar}: polls SNMP devices and posts to pattoo. The original's
 * two daemons are one program here: a polling group with {@code ifmib: true} is what
 * pattoo_agent_snmp_ifmibd polled, so one process, one set of auth groups and one bound on
 * concurrent polls serve both.
 */
public final class SnmpAgent implements AgentMain.Agent {

  static final String PROGRAM = "pattoo_agent_snmp";

  private static final Logger LOG = Logger.getLogger("org.pattoo.agent.snmp");

  private final Clock clock;

  public SnmpAgent() {
    this(Clock.systemUTC());
  }

  SnmpAgent(Clock clock) {
    this.clock = clock;
  }

  public static void main(String[] args) {
    AgentMain.main(new SnmpAgent(), SnmpAgent.class.getPackage().getImplementationVersion(), args);
  }

  @Override
  public List<String> formerSections() {
    return List.of("pattoo_agent_snmpd");
  }

  @Override
  public String program() {
    return PROGRAM;
  }

  /** One collector per device and polling group, so the core polls devices concurrently. */
  @Override
  public List<Collector> collectors(ConfigNode section) throws ConfigException {
    List<TargetPlan> plans = SnmpConfig.read(section);
    Map<AuthGroup, SnmpSession> sessions = new IdentityHashMap<>();
    List<Collector> collectors = new ArrayList<>();
    for (TargetPlan plan : plans) {
      SnmpSession session = sessions.computeIfAbsent(plan.auth(), SnmpSession::new);
      collectors.add(
          plan.ifmib()
              ? new IfMibCollector(plan, session, clock)
              : new OidCollector(plan, session, clock));
    }
    sessions.keySet().forEach(g -> LOG.info("auth group " + g.describe()));
    for (TargetPlan p : plans) {
      LOG.info(
          "polling "
              + targetName(p)
              + " ("
              + p.group()
              + ", "
              + p.auth().name()
              + "): "
              + (p.ifmib() ? "IF-MIB counters" : p.oids().size() + " OID(s)"));
    }
    return collectors;
  }

  /**
   * The polled target: the device as configured, with the port when it is not the standard 161, so
   * two agents on one host stay two targets.
   */
  static String targetName(TargetPlan plan) {
    int port = plan.auth().port();
    return port == 161 ? plan.host() : plan.host() + ":" + port;
  }
}
