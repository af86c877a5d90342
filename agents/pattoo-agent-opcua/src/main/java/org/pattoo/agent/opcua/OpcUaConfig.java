package org.pattoo.agent.opcua;

import java.net.URI;
import java.net.URISyntaxException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.eclipse.milo.opcua.stack.core.security.SecurityPolicy;
import org.eclipse.milo.opcua.stack.core.types.enumerated.MessageSecurityMode;
import org.pattoo.agent.run.ConfigException;
import org.pattoo.agent.run.ConfigNode;

/**
 * Reads the agent's section: {@code pki_directory} and {@code polling_groups}, each group in the
 * original layout ({@code ip_target}, {@code ip_port}, {@code username}, {@code password}, {@code
 * nodes} with {@code address} and {@code multiplier}) or with an {@code endpoint}, security, trust,
 * browse paths and a subscription mode.
 */
record OpcUaConfig(Path pkiDirectory, List<Group> groups) {

  static final String DEFAULT_PKI = "/var/lib/pattoo-agent-opcua/pki";

  static OpcUaConfig read(ConfigNode section) throws ConfigException {
    Path pki = Path.of(section.string("pki_directory").orElse(DEFAULT_PKI));
    List<ConfigNode> nodes = section.list("polling_groups");
    if (nodes.isEmpty()) {
      throw new ConfigException(
          where(section, "polling_groups") + ": expecting at least one group");
    }
    List<Group> groups = new ArrayList<>();
    for (ConfigNode g : nodes) {
      groups.add(group(g, pki));
    }
    return new OpcUaConfig(pki, groups);
  }

  private static Group group(ConfigNode g, Path pki) throws ConfigException {
    Optional<String> groupName = g.string("group_name");
    URI endpoint = endpoint(g);
    SecurityPolicy policy = policy(g);
    MessageSecurityMode mode = securityMode(g, policy);
    Optional<String> user = g.string("username").filter(u -> !u.isEmpty());
    String password = g.string("password").orElse("");
    Path trust = g.string("trust_directory").map(Path::of).orElse(pki.resolve("trusted"));
    boolean tofu = g.bool("trust_on_first_use", false);
    Mode how = how(g);
    double sampling = g.decimal("sampling_interval", 1000, 0, 3_600_000);
    Optional<Double> deadband =
        g.string("deadband").isPresent()
            ? Optional.of(g.decimal("deadband", 0, 0, Double.MAX_VALUE))
            : Optional.empty();
    long timeout = g.integer("timeout", 5, 1, 600) * 1000;
    Map<String, String> namespaces = namespaces(g);
    List<NodeSpec> specs = new ArrayList<>();
    for (ConfigNode n : g.list("nodes")) {
      specs.add(node(n, namespaces));
    }
    g.finish();
    String name = groupName.orElse(endpoint.getHost() + ":" + endpoint.getPort());
    try {
      return new Group(
          name,
          endpoint,
          policy,
          mode,
          new Identity(user, password),
          trust,
          tofu,
          how,
          sampling,
          deadband,
          timeout,
          namespaces,
          specs);
    } catch (IllegalArgumentException e) {
      throw new ConfigException(g.path() + "." + e.getMessage());
    }
  }

  private static URI endpoint(ConfigNode g) throws ConfigException {
    Optional<String> url = g.string("endpoint");
    Optional<String> host = g.string("ip_target");
    long port = g.integer("ip_port", Group.DEFAULT_PORT, 1, 65535);
    if (url.isPresent() == host.isPresent()) {
      throw new ConfigException(
          g.path() + ": expecting either endpoint (opc.tcp://host:port) or ip_target");
    }
    String text =
        url.orElseGet(
            () -> {
              String h = host.get();
              return "opc.tcp://" + (h.contains(":") ? "[" + h + "]" : h) + ":" + port;
            });
    try {
      URI uri = new URI(text);
      if (!"opc.tcp".equals(uri.getScheme()) || uri.getHost() == null) {
        throw new URISyntaxException(text, "not opc.tcp");
      }
      return uri;
    } catch (URISyntaxException e) {
      throw new ConfigException(
          where(g, url.isPresent() ? "endpoint" : "ip_target")
              + ": expecting opc.tcp://host:port, found \""
              + text
              + "\"");
    }
  }

  private static SecurityPolicy policy(ConfigNode g) throws ConfigException {
    String name = g.string("security_policy").orElse("None");
    return switch (name) {
      case "None" -> SecurityPolicy.None;
      case "Basic256Sha256" -> SecurityPolicy.Basic256Sha256;
      default ->
          throw new ConfigException(
              where(g, "security_policy")
                  + ": expecting None or Basic256Sha256, found \""
                  + name
                  + "\"");
    };
  }

  private static MessageSecurityMode securityMode(ConfigNode g, SecurityPolicy policy)
      throws ConfigException {
    String fallback = policy == SecurityPolicy.None ? "None" : "SignAndEncrypt";
    String name = g.string("security_mode").orElse(fallback);
    MessageSecurityMode mode =
        switch (name) {
          case "None" -> MessageSecurityMode.None;
          case "Sign" -> MessageSecurityMode.Sign;
          case "SignAndEncrypt" -> MessageSecurityMode.SignAndEncrypt;
          default ->
              throw new ConfigException(
                  where(g, "security_mode")
                      + ": expecting None, Sign or SignAndEncrypt, found \""
                      + name
                      + "\"");
        };
    if ((policy == SecurityPolicy.None) != (mode == MessageSecurityMode.None)) {
      throw new ConfigException(
          where(g, "security_mode")
              + ": "
              + name
              + " does not go with security_policy "
              + policy
              + " (None goes with None only)");
    }
    return mode;
  }

  private static Mode how(ConfigNode g) throws ConfigException {
    String name = g.string("mode").orElse("poll").toLowerCase(Locale.ROOT);
    return switch (name) {
      case "poll" -> Mode.POLL;
      case "subscribe" -> Mode.SUBSCRIBE;
      default ->
          throw new ConfigException(
              where(g, "mode") + ": expecting poll or subscribe, found \"" + name + "\"");
    };
  }

  /** {@code namespaces: [{alias: plant, uri: "urn:example:plant"}]}, for browse paths. */
  private static Map<String, String> namespaces(ConfigNode g) throws ConfigException {
    Map<String, String> aliases = new LinkedHashMap<>();
    for (ConfigNode n : g.list("namespaces")) {
      String alias = n.string("alias").orElse("");
      String uri = n.string("uri").orElse("");
      n.finish();
      if (alias.isEmpty() || alias.contains(":") || alias.chars().allMatch(Character::isDigit)) {
        throw new ConfigException(
            where(n, "alias")
                + ": expecting a name without a colon that is not a number, found \""
                + alias
                + "\"");
      }
      if (uri.isEmpty()) {
        throw new ConfigException(where(n, "uri") + ": expecting a namespace URI");
      }
      if (aliases.put(alias, uri) != null) {
        throw new ConfigException(where(n, "alias") + ": " + alias + " is given twice");
      }
    }
    return aliases;
  }

  private static NodeSpec node(ConfigNode n, Map<String, String> namespaces)
      throws ConfigException {
    Optional<String> address = n.string("address");
    Optional<String> path = n.string("path");
    double multiplier = n.decimal("multiplier", 1, -Double.MAX_VALUE, Double.MAX_VALUE);
    n.finish();
    try {
      return new NodeSpec(
          address.map(String::strip), path.map(p -> BrowsePath.parse(p, namespaces)), multiplier);
    } catch (IllegalArgumentException e) {
      throw new ConfigException(n.path() + ": " + e.getMessage());
    }
  }

  private static String where(ConfigNode node, String key) {
    return node.path().isEmpty() ? key : node.path() + "." + key;
  }
}
