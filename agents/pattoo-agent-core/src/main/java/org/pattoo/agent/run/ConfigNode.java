package org.pattoo.agent.run;

import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * One mapping of a YAML document, read strictly: typed getters name the YAML path in every error,
 * and {@link #finish()} refuses keys nobody asked for, so a misspelt option never goes unnoticed.
 */
public final class ConfigNode {

  private static final Pattern ENV = Pattern.compile("\\$\\{([A-Za-z_][A-Za-z0-9_]*)}");

  private final String path;
  private final Map<?, ?> values;
  private final Set<String> read = new LinkedHashSet<>();

  ConfigNode(String path, Map<?, ?> values) {
    this.path = path;
    this.values = values;
  }

  /** A scalar as text, {@code ${NAME}} expanded from the environment; empty when absent. */
  public Optional<String> string(String key) throws ConfigException {
    Object v = raw(key);
    if (v == null) {
      return Optional.empty();
    }
    if (v instanceof Map || v instanceof List) {
      throw new ConfigException(where(key) + ": expecting a string, found a " + kind(v));
    }
    return Optional.of(expandEnvironment(key, v.toString()));
  }

  /** A whole number in {@code min..max}, or {@code fallback} when absent. */
  public long integer(String key, long fallback, long min, long max) throws ConfigException {
    Object v = raw(key);
    if (v == null) {
      return fallback;
    }
    if (!(v instanceof Number n) || n.doubleValue() != n.longValue()) {
      throw new ConfigException(
          where(key) + ": expecting an integer " + min + "-" + max + ", found " + quoted(v));
    }
    if (n.longValue() < min || n.longValue() > max) {
      throw new ConfigException(
          where(key) + ": expecting an integer " + min + "-" + max + ", found " + n.longValue());
    }
    return n.longValue();
  }

  /** A number with a fraction allowed, e.g. a multiplier; integers are accepted as they are. */
  public double decimal(String key, double fallback, double min, double max)
      throws ConfigException {
    Object v = raw(key);
    if (v == null) {
      return fallback;
    }
    String expected =
        min <= -Double.MAX_VALUE && max >= Double.MAX_VALUE
            ? "a number"
            : "a number " + min + "-" + max;
    if (!(v instanceof Number n) || !Double.isFinite(n.doubleValue())) {
      throw new ConfigException(where(key) + ": expecting " + expected + ", found " + quoted(v));
    }
    if (n.doubleValue() < min || n.doubleValue() > max) {
      throw new ConfigException(where(key) + ": expecting " + expected + ", found " + n);
    }
    return n.doubleValue();
  }

  /** {@code true} or {@code false}, or {@code fallback} when absent. */
  public boolean bool(String key, boolean fallback) throws ConfigException {
    Object v = raw(key);
    if (v == null) {
      return fallback;
    }
    if (!(v instanceof Boolean b)) {
      throw new ConfigException(where(key) + ": expecting true or false, found " + quoted(v));
    }
    return b;
  }

  /**
   * A list of scalars, e.g. {@code ip_targets: [10.0.0.1, rtr1]}; a single scalar is a list of one;
   * empty when absent.
   */
  public List<String> strings(String key) throws ConfigException {
    Object v = raw(key);
    if (v == null) {
      return List.of();
    }
    if (!(v instanceof Map) && !(v instanceof List)) {
      return List.of(expandEnvironment(key, v.toString()));
    }
    if (!(v instanceof List<?> items)) {
      throw new ConfigException(where(key) + ": expecting a list, found " + quoted(v));
    }
    List<String> out = new java.util.ArrayList<>();
    for (int i = 0; i < items.size(); i++) {
      Object item = items.get(i);
      if (item == null || item instanceof Map || item instanceof List) {
        throw new ConfigException(
            where(key) + "[" + i + "]: expecting a string, found " + quoted(item));
      }
      out.add(expandEnvironment(key, item.toString()));
    }
    return out;
  }

  /**
   * A mapping of scalars, e.g. {@code metadata: {site: lab}}, in the document's order; empty when
   * absent. Values expand {@code ${NAME}} as strings do.
   */
  public Map<String, String> mapping(String key) throws ConfigException {
    Object v = raw(key);
    if (v == null) {
      return Map.of();
    }
    if (!(v instanceof Map<?, ?> m)) {
      throw new ConfigException(where(key) + ": expecting a mapping, found " + quoted(v));
    }
    Map<String, String> out = new LinkedHashMap<>();
    for (Map.Entry<?, ?> e : m.entrySet()) {
      String name = String.valueOf(e.getKey());
      Object item = e.getValue();
      if (item == null || item instanceof Map || item instanceof List) {
        throw new ConfigException(
            where(key) + "." + name + ": expecting a string, found " + quoted(item));
      }
      out.put(name, expandEnvironment(key + "." + name, item.toString()));
    }
    return out;
  }

  /** A nested mapping, to read with the same getters and {@link #finish()}; empty when absent. */
  public Optional<ConfigNode> section(String key) throws ConfigException {
    Object v = raw(key);
    if (v == null) {
      return Optional.empty();
    }
    if (!(v instanceof Map<?, ?> m)) {
      throw new ConfigException(where(key) + ": expecting a mapping, found " + quoted(v));
    }
    return Optional.of(new ConfigNode(where(key), m));
  }

  /** Where this mapping is in the document, e.g. {@code hub.spokes[1]}; empty at the top. */
  public String path() {
    return path;
  }

  /** A list of mappings, e.g. {@code spokes: [{ip_address: ..}, ..]}; empty when absent. */
  public List<ConfigNode> list(String key) throws ConfigException {
    Object v = raw(key);
    if (v == null) {
      return List.of();
    }
    if (!(v instanceof List<?> items)) {
      throw new ConfigException(where(key) + ": expecting a list, found " + quoted(v));
    }
    List<ConfigNode> out = new java.util.ArrayList<>();
    for (int i = 0; i < items.size(); i++) {
      if (!(items.get(i) instanceof Map<?, ?> m)) {
        throw new ConfigException(
            where(key) + "[" + i + "]: expecting a mapping, found " + quoted(items.get(i)));
      }
      out.add(new ConfigNode(where(key) + "[" + i + "]", m));
    }
    return out;
  }

  /** Fails on the first key that no getter asked for. */
  public void finish() throws ConfigException {
    for (Object key : values.keySet()) {
      if (!read.contains(String.valueOf(key))) {
        throw new ConfigException(
            where(String.valueOf(key)) + ": unknown key (expecting one of " + read + ")");
      }
    }
  }

  private Object raw(String key) {
    read.add(key);
    return values.get(key);
  }

  private String where(String key) {
    return path.isEmpty() ? key : path + "." + key;
  }

  private String expandEnvironment(String key, String text) throws ConfigException {
    Matcher m = ENV.matcher(text);
    StringBuilder out = new StringBuilder();
    while (m.find()) {
      String value = System.getenv(m.group(1));
      if (value == null) {
        throw new ConfigException(
            where(key) + ": environment variable " + m.group(1) + " is not set");
      }
      m.appendReplacement(out, Matcher.quoteReplacement(value));
    }
    return m.appendTail(out).toString();
  }

  private static String kind(Object v) {
    return v instanceof Map ? "mapping" : "list";
  }

  private static String quoted(Object v) {
    return v instanceof String
        ? "\"" + v + "\""
        : v instanceof Map || v instanceof List ? "a " + kind(v) : String.valueOf(v);
  }

  static ConfigNode root(Map<?, ?> values) {
    return new ConfigNode("", values == null ? new LinkedHashMap<>() : values);
  }
}
