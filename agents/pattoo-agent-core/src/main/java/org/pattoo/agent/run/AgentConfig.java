package org.pattoo.agent.run;

import java.io.IOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.snakeyaml.engine.v2.api.Load;
import org.snakeyaml.engine.v2.api.LoadSettings;
import org.snakeyaml.engine.v2.exceptions.YamlEngineException;

/**
 * What every agent's YAML holds besides its own section: where to post, with which token, where to
 * keep state. The original pattoo layout ({@code pattoo_agent_api.ip_address/ip_bind_port}) is
 * understood too; {@code server_url} wins when both are given.
 *
 * @param agentSection the agent's own section, named after its program, for the agent to read
 * @param serve passive mode: serve data points to a hub at this address instead of posting
 * @param spokes hub mode: spokes to poll and relay, besides this agent's own collectors
 * @param caFile PEM certificates to trust for an https server_url signed by a private CA
 * @param logLevel java.util.logging level for the agent's log
 * @param concurrentPolls how many collectors (for protocol agents: devices) poll at the same time
 */
public record AgentConfig(
    URI serverUrl,
    Optional<String> token,
    Path stateDirectory,
    long spoolMaxBytes,
    long pollingIntervalSeconds,
    ConfigNode agentSection,
    Optional<Spoke> serve,
    List<Spoke> spokes,
    Optional<Path> caFile,
    java.util.logging.Level logLevel,
    int concurrentPolls) {

  /** Enough to keep a few dead devices from holding up the rest, few enough for a small host. */
  public static final int DEFAULT_CONCURRENT_POLLS = 16;

  /** Reads and checks a file; the agent then reads {@code agentSection} and calls finish(). */
  public static AgentConfig load(Path file, String program) throws ConfigException {
    return load(file, program, List.of());
  }

  /**
   * As {@link #load(Path, String)}, reading the agent's section under one of {@code formerNames}
   * (the original pattoo's, e.g. pattoo_agent_modbustcpd) when the file has none named {@code
   * program}: the original's configuration files keep working.
   */
  public static AgentConfig load(Path file, String program, List<String> formerNames)
      throws ConfigException {
    String text;
    try {
      text = Files.readString(file, StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new ConfigException(
          "cannot read: "
              + (e instanceof java.nio.file.NoSuchFileException ? "no such file" : e.getMessage()));
    }
    Object doc;
    try {
      doc =
          new Load(LoadSettings.builder().setAllowDuplicateKeys(false).build())
              .loadFromString(text);
    } catch (YamlEngineException e) {
      throw new ConfigException(
          "not valid YAML: "
              + String.join(
                  "; ",
                  e.getMessage()
                      .lines()
                      .filter(l -> !l.isBlank() && (!l.startsWith(" ") || l.contains(", line ")))
                      .map(String::strip)
                      .toList()));
    }
    if (doc != null && !(doc instanceof Map)) {
      throw new ConfigException("expecting a mapping at the top");
    }
    ConfigNode root = ConfigNode.root((Map<?, ?>) doc);
    URI url = serverUrl(root);
    Optional<String> token = token(root);
    Path state =
        Path.of(root.string("state_directory").orElse("/var/lib/" + program.replace('_', '-')));
    long spool = root.integer("spool_max_bytes", 100L * 1024 * 1024, 1024 * 1024, Long.MAX_VALUE);
    Optional<ConfigNode> named = root.section(program);
    for (String former : formerNames) {
      if (named.isEmpty()) {
        named = root.section(former);
      }
    }
    ConfigNode section =
        named.orElseThrow(
            () -> new ConfigException(program + ": missing section (with polling_interval)"));
    long interval = section.integer("polling_interval", 300, 1, 86_400);
    int concurrent = (int) section.integer("concurrent_polls", DEFAULT_CONCURRENT_POLLS, 1, 1024);
    Optional<Spoke> serve =
        spoke(root.section("spoke"), "listen_address", "listen_port", "0.0.0.0", 5000);
    List<Spoke> spokes = new ArrayList<>();
    Optional<ConfigNode> hub = root.section("hub");
    if (hub.isPresent()) {
      for (ConfigNode s : hub.get().list("spokes")) {
        spokes.add(spoke(Optional.of(s), "ip_address", "ip_bind_port", null, 5000).orElseThrow());
      }
      hub.get().finish();
    }
    Optional<Path> ca = root.string("ca_file").map(Path::of);
    if (ca.isPresent() && !Files.isReadable(ca.get())) {
      throw new ConfigException("ca_file: cannot read " + ca.get());
    }
    java.util.logging.Level level = logLevel(root.string("log_level").orElse("info"));
    root.finish();
    return new AgentConfig(
        url, token, state, spool, interval, section, serve, spokes, ca, level, concurrent);
  }

  private static java.util.logging.Level logLevel(String name) throws ConfigException {
    return switch (name.toLowerCase(java.util.Locale.ROOT)) {
      case "debug" -> java.util.logging.Level.FINE;
      case "info" -> java.util.logging.Level.INFO;
      case "warning" -> java.util.logging.Level.WARNING;
      case "error" -> java.util.logging.Level.SEVERE;
      default ->
          throw new ConfigException(
              "log_level: expecting debug, info, warning or error, found \"" + name + "\"");
    };
  }

  private static Optional<Spoke> spoke(
      Optional<ConfigNode> node,
      String addressKey,
      String portKey,
      String defaultAddress,
      long defaultPort)
      throws ConfigException {
    if (node.isEmpty()) {
      return Optional.empty();
    }
    ConfigNode n = node.get();
    Optional<String> address = n.string(addressKey).or(() -> Optional.ofNullable(defaultAddress));
    long port = n.integer(portKey, defaultPort, 1, 65535);
    Optional<String> token = n.string("token").filter(t -> !t.isBlank());
    n.finish();
    if (address.isEmpty()) {
      throw new ConfigException(addressKeyPath(n, addressKey) + ": missing");
    }
    return Optional.of(new Spoke(address.get(), (int) port, token));
  }

  private static String addressKeyPath(ConfigNode n, String key) {
    return n.path().isEmpty() ? key : n.path() + "." + key;
  }

  private static URI serverUrl(ConfigNode root) throws ConfigException {
    Optional<String> url = root.string("server_url");
    Optional<ConfigNode> api = root.section("pattoo_agent_api");
    String host = "localhost";
    long port = 20201;
    if (api.isPresent()) {
      host = api.get().string("ip_address").orElse(host);
      port = api.get().integer("ip_bind_port", port, 1, 65535);
      api.get().finish();
    }
    String chosen =
        url.orElse(
            "http://" + (host.contains(":") ? "[" + host + "]" : host) + ":" + port + "/pattoo");
    if (!chosen.startsWith("http://") && !chosen.startsWith("https://")) {
      throw new ConfigException(
          "server_url: expecting an http:// or https:// URL, found \"" + chosen + "\"");
    }
    return URI.create(chosen);
  }

  private static Optional<String> token(ConfigNode root) throws ConfigException {
    Optional<String> token = root.string("token");
    Optional<String> file = root.string("token_file");
    if (token.isPresent() && file.isPresent()) {
      throw new ConfigException("token_file: give either token or token_file, not both");
    }
    if (file.isPresent()) {
      try {
        return Optional.of(
            Files.readString(Path.of(file.get())).lines().findFirst().orElse("").strip());
      } catch (IOException e) {
        throw new ConfigException("token_file: cannot read " + file.get() + ": " + e.getMessage());
      }
    }
    return token.filter(t -> !t.isBlank());
  }
}
