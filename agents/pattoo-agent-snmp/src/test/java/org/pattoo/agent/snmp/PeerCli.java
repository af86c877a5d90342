package org.pattoo.agent.snmp;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Net-snmp's own snmpwalk, the independent source of expected values: numeric OIDs, numeric enums,
 * no MIB files ({@code -m ''}).
 */
final class PeerCli {

  /** One line of snmpwalk output, e.g. {@code .1.3.6.1.2.1.1.5.0 = STRING: "golden-box"}. */
  record Row(String oid, String type, String value) {}

  private static final Pattern LINE =
      Pattern.compile("^(\\.[0-9.]+) = (?:([A-Za-z0-9-]+): )?(.*)$");

  private PeerCli() {}

  /**
   * @param agent as snmpwalk takes it, e.g. {@code 127.0.0.1:16161}
   * @param auth e.g. {@code -v2c -c public}
   */
  static List<Row> walk(String agent, List<String> auth, String oid) throws Exception {
    List<String> cmd =
        new ArrayList<>(List.of(Snmpd.tool("snmpwalk").toString(), "-m", "", "-On", "-Oe"));
    cmd.addAll(List.of("-t", "2", "-r", "1"));
    cmd.addAll(auth);
    cmd.add(agent);
    cmd.add(oid);
    ProcessBuilder pb = new ProcessBuilder(cmd);
    Path state = Path.of("target", "snmp-cli").toAbsolutePath();
    Files.createDirectories(state);
    pb.environment().put("SNMP_PERSISTENT_DIR", state.toString());
    // Its notes on stderr (e.g. "Created directory") are no part of the answer.
    Path err = state.resolve("stderr.txt");
    pb.redirectError(err.toFile());
    Process p = pb.start();
    byte[] out = p.getInputStream().readAllBytes();
    if (!p.waitFor(30, TimeUnit.SECONDS) || p.exitValue() != 0) {
      p.destroyForcibly();
      throw new IOException(
          cmd
              + " failed: "
              + new String(out, StandardCharsets.UTF_8)
              + Files.readString(err, StandardCharsets.UTF_8));
    }
    List<Row> rows = new ArrayList<>();
    for (String line : new String(out, StandardCharsets.UTF_8).split("\n")) {
      Matcher m = LINE.matcher(line.strip());
      if (!m.matches()) {
        throw new IOException("unexpected snmpwalk line: " + line);
      }
      String value = m.group(3);
      if (m.group(2) == null && value.startsWith("No Such")) {
        continue;
      }
      String type = m.group(2) == null ? "STRING" : m.group(2);
      if (type.equals("Timeticks")) {
        value = value.substring(1, value.indexOf(')')); // "(102) 0:00:01.02": the raw ticks
      }
      rows.add(new Row(m.group(1), type, value));
    }
    return rows;
  }

  /** A string value as net-snmp printed it: quoted text, or hex bytes (lower-case, colons). */
  static String text(Row r) {
    if (r.type().equals("Hex-STRING")) {
      return String.join(":", r.value().strip().toLowerCase(Locale.ROOT).split(" "));
    }
    String v = r.value();
    return v.startsWith("\"") && v.endsWith("\"") ? v.substring(1, v.length() - 1) : v;
  }
}
