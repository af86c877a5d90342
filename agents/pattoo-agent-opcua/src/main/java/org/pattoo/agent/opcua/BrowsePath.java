package org.pattoo.agent.opcua;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * A path of browse names from Objects (or Root), e.g. {@code Objects/plant:Plant/*}{@code
 * /Temperature}: {@code *} in a segment matches any characters; a segment may be qualified by a
 * namespace index ({@code 2:Plant}) or by an alias of the group's {@code namespaces}, resolved by
 * URI on the server; an unqualified segment matches the name in any namespace.
 *
 * @param text the path as configured
 * @param fromRoot true when it starts at Root, false when at Objects
 */
record BrowsePath(String text, boolean fromRoot, List<Segment> segments) {

  BrowsePath {
    if (segments.isEmpty()) {
      throw new IllegalArgumentException("path " + text + ": expecting a node below Objects");
    }
    segments = List.copyOf(segments);
  }

  /**
   * One step of the path.
   *
   * @param namespace an index ("2") or an alias, empty for any namespace
   */
  record Segment(Optional<String> namespace, String name, Pattern pattern) {

    boolean matches(String browseName) {
      return pattern.matcher(browseName).matches();
    }
  }

  /** Parses a configured path; aliases must be among {@code namespaces}. */
  static BrowsePath parse(String text, Map<String, String> namespaces) {
    String[] parts = text.strip().split("/", -1);
    boolean fromRoot = parts[0].equals("Root");
    if (!fromRoot && !parts[0].equals("Objects")) {
      throw new IllegalArgumentException(
          "path " + text + ": expecting a path starting with Objects/ or Root/");
    }
    List<Segment> segments = new ArrayList<>();
    for (int i = 1; i < parts.length; i++) {
      segments.add(segment(text, parts[i], namespaces));
    }
    return new BrowsePath(text, fromRoot, segments);
  }

  private static Segment segment(String text, String part, Map<String, String> namespaces) {
    if (part.isBlank()) {
      throw new IllegalArgumentException("path " + text + ": empty segment");
    }
    Optional<String> ns = Optional.empty();
    String name = part;
    int colon = part.indexOf(':');
    if (colon > 0) {
      String prefix = part.substring(0, colon);
      if (!prefix.chars().allMatch(Character::isDigit) && !namespaces.containsKey(prefix)) {
        throw new IllegalArgumentException(
            "path "
                + text
                + ": "
                + prefix
                + " is neither a namespace index nor an alias in namespaces "
                + namespaces.keySet());
      }
      ns = Optional.of(prefix);
      name = part.substring(colon + 1);
    }
    StringBuilder regex = new StringBuilder();
    for (String literal : name.split("\\*", -1)) {
      regex.append(regex.isEmpty() ? "" : ".*").append(Pattern.quote(literal));
    }
    return new Segment(ns, name, Pattern.compile(regex.toString()));
  }
}
