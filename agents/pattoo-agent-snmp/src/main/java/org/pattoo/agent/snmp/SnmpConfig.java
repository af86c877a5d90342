package org.pattoo.agent.snmp;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.pattoo.agent.run.ConfigException;
import org.pattoo.agent.run.ConfigNode;

/**
 * Reads the original agent's section (original-pattoo.md §6.2): {@code polling_groups} say what to
 * poll on which devices, {@code auth_groups} how to reach them; a device polled must be in exactly
 * one auth group. Every error names the YAML path at fault.
 */
final class SnmpConfig {

  private SnmpConfig() {}

  static List<TargetPlan> read(ConfigNode section) throws ConfigException {
    Map<String, AuthGroup> authOf = new LinkedHashMap<>();
    Map<String, String> whereOf = new LinkedHashMap<>();
    for (ConfigNode n : section.list("auth_groups")) {
      AuthGroup g = authGroup(n);
      for (String t : g.targets()) {
        if (authOf.putIfAbsent(t, g) != null) {
          throw new ConfigException(
              n.path() + ".ip_targets: " + t + " is already in " + whereOf.get(t));
        }
        whereOf.put(t, n.path());
      }
    }
    List<ConfigNode> groups = section.list("polling_groups");
    if (groups.isEmpty()) {
      throw new ConfigException(
          where(section, "polling_groups") + ": expecting at least one group");
    }
    List<TargetPlan> plans = new ArrayList<>();
    for (ConfigNode n : groups) {
      String name = n.string("group_name").orElse(n.path());
      boolean ifmib = n.bool("ifmib", false);
      List<OidSpec> oids = new ArrayList<>();
      for (ConfigNode o : n.list("oids")) {
        oids.add(oid(o));
      }
      if (!ifmib && oids.isEmpty()) {
        throw new ConfigException(
            n.path() + ".oids: expecting at least one OID to walk (or ifmib: true)");
      }
      List<String> targets = n.strings("ip_targets");
      if (targets.isEmpty()) {
        throw new ConfigException(n.path() + ".ip_targets: expecting at least one device");
      }
      n.finish();
      for (int i = 0; i < targets.size(); i++) {
        AuthGroup auth = authOf.get(targets.get(i));
        if (auth == null) {
          throw new ConfigException(
              n.path()
                  + ".ip_targets["
                  + i
                  + "]: "
                  + targets.get(i)
                  + " is in no auth_groups' ip_targets");
        }
        plans.add(new TargetPlan(name, targets.get(i), auth, oids, ifmib));
      }
    }
    return plans;
  }

  private static OidSpec oid(ConfigNode o) throws ConfigException {
    String address =
        o.string("address").orElseThrow(() -> new ConfigException(o.path() + ".address: missing"));
    double multiplier = o.decimal("multiplier", 1, -1e12, 1e12);
    o.finish();
    try {
      return new OidSpec(address, multiplier);
    } catch (IllegalArgumentException e) {
      throw new ConfigException(o.path() + "." + e.getMessage());
    }
  }

  private static AuthGroup authGroup(ConfigNode n) throws ConfigException {
    String name = n.string("group_name").orElse(n.path());
    int version = (int) n.integer("snmp_version", 2, 1, 3);
    int port = (int) n.integer("snmp_port", 161, 1, 65535);
    Optional<String> community = n.string("snmp_community");
    Optional<String> secname = n.string("snmp_secname");
    Optional<String> authPassword = n.string("snmp_authpassword");
    Optional<String> privPassword = n.string("snmp_privpassword");
    // The original's defaults: a password alone means SHA, or AES for privacy.
    Optional<AuthProtocol> auth =
        protocol(
                n,
                "snmp_authprotocol",
                AuthProtocol::parse,
                "MD5, SHA, SHA-224, SHA-256, " + "SHA-384 or SHA-512")
            .or(() -> authPassword.map(p -> AuthProtocol.SHA));
    Optional<PrivProtocol> priv =
        protocol(n, "snmp_privprotocol", PrivProtocol::parse, "DES, AES, AES-192 or AES-256")
            .or(() -> privPassword.map(p -> PrivProtocol.AES));
    double timeout = n.decimal("snmp_timeout", 5, 0.1, 60);
    int retries = (int) n.integer("snmp_retries", 1, 0, 10);
    List<String> targets = n.strings("ip_targets");
    n.finish();
    try {
      Optional<UsmUser> user =
          version == 3 || secname.isPresent()
              ? Optional.of(new UsmUser(secname.orElse(""), auth, authPassword, priv, privPassword))
              : Optional.empty();
      return new AuthGroup(
          name,
          version,
          port,
          community,
          version == 3 ? user : Optional.empty(),
          (int) Math.round(timeout * 1000),
          retries,
          targets);
    } catch (IllegalArgumentException e) {
      throw new ConfigException(n.path() + "." + e.getMessage());
    }
  }

  private interface Parser<T> {
    Optional<T> parse(String name);
  }

  private static <T> Optional<T> protocol(
      ConfigNode n, String key, Parser<T> parser, String expected) throws ConfigException {
    Optional<String> name = n.string(key);
    if (name.isEmpty()) {
      return Optional.empty();
    }
    Optional<T> p = parser.parse(name.get());
    if (p.isEmpty()) {
      throw new ConfigException(
          where(n, key) + ": expecting " + expected + ", found \"" + name.get() + "\"");
    }
    return p;
  }

  private static String where(ConfigNode n, String key) {
    return n.path().isEmpty() ? key : n.path() + "." + key;
  }
}
