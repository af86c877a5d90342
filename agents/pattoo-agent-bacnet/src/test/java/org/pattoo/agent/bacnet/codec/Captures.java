package org.pattoo.agent.bacnet.codec;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HexFormat;
import java.util.List;
import java.util.stream.Stream;

/**
 * The byte captures under src/test/resources/testdata/: frames @bacnet-js/client sent as a client
 * and as a device (taken by src/test/peers/capture.js), and a few frames written by hand from the
 * clauses their comment names.
 */
public final class Captures {

  public static final Path DIR = Path.of("src/test/resources/testdata");

  private Captures() {}

  public static byte[] frame(String name) throws Exception {
    String hex =
        Files.readAllLines(DIR.resolve(name + ".hex")).stream()
            .filter(l -> !l.startsWith("#"))
            .findFirst()
            .orElseThrow()
            .replace(" ", "")
            .strip();
    return HexFormat.of().parseHex(hex);
  }

  public static List<String> names() throws Exception {
    try (Stream<Path> files = Files.list(DIR)) {
      return files
          .map(p -> p.getFileName().toString())
          .filter(n -> n.endsWith(".hex"))
          .map(n -> n.substring(0, n.length() - 4))
          .sorted()
          .toList();
    }
  }

  public static String hex(byte[] b) {
    return HexFormat.of().formatHex(b);
  }
}
