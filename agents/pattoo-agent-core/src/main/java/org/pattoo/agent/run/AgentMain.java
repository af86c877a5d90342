package org.pattoo.agent.run;

import java.io.IOException;
import java.io.InputStream;
import java.io.PrintStream;
import java.io.PrintWriter;
import java.net.InetAddress;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.logging.Logger;
import org.pattoo.agent.Collector;
import org.pattoo.agent.DataPoint;
import org.pattoo.agent.Metadata;
import org.pattoo.agent.TargetData;
import org.pattoo.agent.wire.AgentIdFile;
import org.pattoo.agent.wire.AgentIdentity;
import org.pattoo.agent.wire.Json;
import org.pattoo.agent.wire.Poster;
import org.pattoo.agent.wire.Spool;
import org.pattoo.agent.wire.TrustedCa;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** The command line every agent shares: {@code --config}, {@code --check}, {@code --once}. */
@Command(mixinStandardHelpOptions = true, sortOptions = false)
public final class AgentMain implements Callable<Integer> {

  /** What an agent adds to the core: its name and how to build its collectors. */
  public interface Agent {
    /**
     * The program name: the YAML section, the key prefix on the server, e.g. pattoo_agent_linux.
     */
    String program();

    /** The original pattoo's names for this agent's section, read when the file has no other. */
    default List<String> formerSections() {
      return List.of();
    }

    /** Builds collectors from the agent's validated section, without network I/O. */
    List<Collector> collectors(ConfigNode section) throws ConfigException;
  }

  private static final Logger LOG = Logger.getLogger(AgentMain.class.getName());

  @Option(
      names = "--config",
      paramLabel = "FILE",
      description = "YAML configuration (default: ${DEFAULT-VALUE})")
  private Path config;

  @Option(
      names = "--sample-config",
      description = "print the commented sample configuration and exit")
  private boolean sampleConfig;

  @Option(
      names = "--check",
      description = "validate the configuration and exit: 0 when valid, 2 when not")
  private boolean check;

  @Option(
      names = "--once",
      description = "poll once and print the data points as JSON lines; post nothing")
  private boolean once;

  @Spec private CommandSpec spec;

  private final Agent agent;
  private final Path defaultConfig;

  private AgentMain(Agent agent, Path defaultConfig) {
    this.agent = agent;
    this.defaultConfig = defaultConfig;
    this.config = defaultConfig;
  }

  private static String name(Agent agent) {
    return agent.program().replace('_', '-');
  }

  /** Runs the command line and exits with its status. */
  public static void main(Agent agent, String version, String[] args) {
    Path defaultConfig = Path.of("/etc/pattoo/" + name(agent) + ".yaml");
    System.exit(commandLine(agent, version, defaultConfig).execute(args));
  }

  /** The command line with its default configuration path; tests give one of their own. */
  public static CommandLine commandLine(Agent agent, String version, Path defaultConfig) {
    CommandLine cli = new CommandLine(new AgentMain(agent, defaultConfig));
    cli.getCommandSpec().name(name(agent));
    cli.getCommandSpec().version(name(agent) + " " + version);
    cli.getCommandSpec()
        .usageMessage()
        .description("Polls and posts data points to a pattoo server.");
    return cli;
  }

  /** Where errors go: the command line's error writer, so tests can read them. */
  private PrintWriter err() {
    return spec.commandLine().getErr();
  }

  /** The sample YAML shipped in the agent's jar, as in its source tree. */
  private int printSample() throws IOException {
    String resource = "/" + name(agent) + ".yaml";
    try (InputStream in = agent.getClass().getResourceAsStream(resource)) {
      if (in == null) {
        err().println("this build carries no sample configuration (" + resource + ")");
        return 2;
      }
      System.out.write(in.readAllBytes());
      System.out.flush();
      return 0;
    }
  }

  @Override
  public Integer call() throws Exception {
    if (sampleConfig) {
      return printSample();
    }
    if (config.equals(defaultConfig) && !Files.exists(config)) {
      err()
          .println(
              "no configuration at "
                  + config
                  + ": write the commented sample there with `java -jar "
                  + name(agent)
                  + ".jar --sample-config > "
                  + config
                  + "`, edit it, or pass --config FILE");
      return 2;
    }
    AgentConfig cfg;
    List<Collector> collectors;
    try {
      cfg = AgentConfig.load(config, agent.program(), agent.formerSections());
      collectors = new ArrayList<>(agent.collectors(cfg.agentSection()));
      cfg.agentSection().finish();
      if (!cfg.spokes().isEmpty()) {
        collectors.add(
            new HubCollector(cfg.spokes(), cfg.pollingIntervalSeconds(), Duration.ofSeconds(10)));
      }
    } catch (ConfigException e) {
      err().println(config + ": " + e.getMessage());
      return 2;
    }
    if (check) {
      System.out.println(config + ": valid");
      return 0;
    }
    java.util.logging.Logger root = java.util.logging.Logger.getLogger("");
    root.setLevel(cfg.logLevel());
    for (java.util.logging.Handler h : root.getHandlers()) {
      h.setLevel(cfg.logLevel());
    }
    Optional<javax.net.ssl.SSLContext> tls;
    try {
      tls =
          cfg.caFile().isPresent()
              ? Optional.of(TrustedCa.sslContext(cfg.caFile().get()))
              : Optional.empty();
    } catch (java.security.GeneralSecurityException e) {
      err().println(config + ": ca_file: " + e.getMessage());
      return 2;
    }
    AgentIdentity identity = identity(cfg);
    Spool spool = new Spool(cfg.stateDirectory().resolve("spool"), cfg.spoolMaxBytes());
    Poster poster =
        new Poster(cfg.serverUrl(), identity.agentId(), cfg.token(), Duration.ofSeconds(10), tls);
    AgentRunner runner =
        new AgentRunner(
            identity, collectors, poster, spool, Clock.systemUTC(), cfg.concurrentPolls());
    if (once) {
      print(runner.poll(), System.out);
      return 0;
    }
    if (cfg.serve().isPresent()) {
      Spoke s = cfg.serve().get();
      try (SpokeServer server =
          new SpokeServer(s.address(), s.port(), s.token(), runner, identity, Clock.systemUTC())) {
        Thread.currentThread().join(); // serve until the process is stopped
      }
      return 0;
    }
    LOG.info(
        agent.program()
            + " "
            + identity.agentId()
            + ": polling "
            + collectors.size()
            + " collector(s) every "
            + cfg.pollingIntervalSeconds()
            + " s, posting to "
            + poster.url()
            + (cfg.token().isPresent() ? " with a token" : " without a token")
            + "; spool "
            + cfg.stateDirectory().resolve("spool")
            + " ("
            + spool.size()
            + " batches waiting)");
    runner.runForever();
    return 0;
  }

  private AgentIdentity identity(AgentConfig cfg) throws IOException {
    // The original used the FQDN; where name resolution only knows "localhost", the host name.
    InetAddress local = InetAddress.getLocalHost();
    String fqdn = local.getCanonicalHostName();
    String hostname =
        fqdn.startsWith("localhost") || fqdn.matches("[0-9.:]+") ? local.getHostName() : fqdn;
    return new AgentIdentity(
        AgentIdFile.load(cfg.stateDirectory(), agent.program()),
        agent.program(),
        hostname,
        cfg.pollingIntervalSeconds() * 1000);
  }

  /** One JSON object per data point, for humans and scripts. */
  static void print(List<TargetData> data, PrintStream out) {
    for (TargetData t : data) {
      for (DataPoint p : t.points()) {
        StringBuilder meta = new StringBuilder();
        for (Metadata m : p.metadata()) {
          meta.append(meta.isEmpty() ? "" : ",")
              .append(Json.string(m.key()))
              .append(':')
              .append(Json.string(m.value()));
        }
        out.println(
            "{\"target\":"
                + Json.string(t.target())
                + ",\"key\":"
                + Json.string(p.key())
                + ",\"type\":"
                + p.type().code()
                + ",\"value\":"
                + (p.text() != null ? Json.string(p.text()) : Json.number(p.number()))
                + ",\"timestamp\":"
                + p.timestamp()
                + ",\"metadata\":{"
                + meta
                + "}}");
      }
    }
  }
}
