package org.pattoo.agent.example;

import java.net.URI;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.pattoo.agent.DataType;
import org.pattoo.agent.Metadata;
import org.pattoo.agent.run.ConfigException;
import org.pattoo.agent.run.ConfigNode;

/** Reads and checks the agent's section, once, at startup: every error names its YAML path. */
final class ExampleConfig {

  private ExampleConfig() {}

  // tag::config[]
  static List<Endpoint> endpoints(ConfigNode section) throws ConfigException {
    List<Endpoint> endpoints = new ArrayList<>();
    for (ConfigNode node : section.list("endpoints")) {
      String url = node.string("url").orElseThrow(() -> missing(node, "url"));
      String target = node.string("name").orElse(url);
      long timeout = node.integer("timeout", 5, 1, 60);
      List<Field> fields = new ArrayList<>();
      for (ConfigNode f : node.list("fields")) {
        fields.add(field(f));
      }
      Map<String, String> labels = node.mapping("metadata");
      node.finish(); // a misspelt key is an error, not a silently ignored option
      try {
        List<Metadata> metadata = new ArrayList<>();
        labels.forEach((k, v) -> metadata.add(Metadata.of(k, v)));
        endpoints.add(
            new Endpoint(target, uri(url), Duration.ofSeconds(timeout), fields, metadata));
      } catch (IllegalArgumentException e) {
        throw new ConfigException(node.path() + "." + e.getMessage());
      }
    }
    if (endpoints.isEmpty()) {
      throw new ConfigException(section.path() + ".endpoints: expecting at least one endpoint");
    }
    return endpoints;
  }

  // end::config[]

  private static Field field(ConfigNode node) throws ConfigException {
    String pointer = node.string("pointer").orElseThrow(() -> missing(node, "pointer"));
    String key = node.string("key").orElse(pointer.replaceFirst("^/", "").replace('/', '_'));
    String type = node.string("type").orElse("float");
    node.finish();
    try {
      return new Field(pointer, key, dataType(type));
    } catch (IllegalArgumentException e) {
      throw new ConfigException(node.path() + "." + e.getMessage());
    }
  }

  private static URI uri(String url) {
    try {
      return new URI(url);
    } catch (java.net.URISyntaxException e) {
      throw new IllegalArgumentException("url: expecting a URL, found \"" + url + "\"");
    }
  }

  private static DataType dataType(String name) {
    return switch (name.toLowerCase(Locale.ROOT)) {
      case "int" -> DataType.INT;
      case "float" -> DataType.FLOAT;
      case "counter" -> DataType.COUNTER32;
      case "counter64" -> DataType.COUNTER64;
      case "string" -> DataType.STRING;
      default ->
          throw new IllegalArgumentException(
              "type: expecting int, float, counter, counter64 or string, found \"" + name + "\"");
    };
  }

  private static ConfigException missing(ConfigNode node, String key) {
    return new ConfigException(node.path() + "." + key + ": missing");
  }
}
