package org.pattoo.agent.testing;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A protocol peer we did not write (snmpd, a pymodbus server) run for a test on loopback: started
 * with a bounded wait for the line that says it is ready, its output kept in a log file under
 * target/peers/, stopped by its own process handle.
 */
public final class PeerProcess implements AutoCloseable {

  private static final String ENDED = "\u0000ended";

  private final String name;
  private final Process process;
  private final Path log;
  private static final Pattern OK = Pattern.compile("^OK$");

  private final BlockingQueue<String> lines = new LinkedBlockingQueue<>();
  private final List<String> seen = new ArrayList<>();
  private final Writer stdin;
  private Matcher ready;

  private PeerProcess(String name, Process process, Path log) {
    this.name = name;
    this.process = process;
    this.log = log;
    this.stdin = process.outputWriter(StandardCharsets.UTF_8);
    Thread reader = new Thread(this::read, name + "-output");
    reader.setDaemon(true);
    reader.start();
  }

  /** Starts {@code command}; returns once a line of its output matches {@code ready}. */
  public static PeerProcess start(
      String name, List<String> command, Map<String, String> environment, Pattern ready)
      throws Exception {
    return start(name, command, environment, Path.of("."), ready);
  }

  /** As {@link #start(String, List, Map, Pattern)}, run in {@code directory}. */
  public static PeerProcess start(
      String name,
      List<String> command,
      Map<String, String> environment,
      Path directory,
      Pattern ready)
      throws Exception {
    Path log = Path.of("target", "peers", name + "-" + System.nanoTime() + ".log").toAbsolutePath();
    Files.createDirectories(log.getParent());
    ProcessBuilder builder =
        new ProcessBuilder(command)
            .directory(directory.toAbsolutePath().toFile())
            .redirectErrorStream(true);
    builder.environment().putAll(environment);
    PeerProcess peer = new PeerProcess(name, builder.start(), log);
    try {
      peer.ready = peer.awaitLine(ready, Duration.ofSeconds(20));
    } catch (AssertionError | Exception e) {
      peer.close();
      throw e;
    }
    return peer;
  }

  /** The line that said the peer was ready, matched (its groups, e.g. a port it chose). */
  public Matcher ready() {
    return ready;
  }

  /** The next line of output matching {@code pattern}, waited for at most {@code bound}. */
  public Matcher awaitLine(Pattern pattern, Duration bound) throws Exception {
    long deadline = System.nanoTime() + bound.toNanos();
    while (true) {
      String line = lines.poll(Math.max(0, deadline - System.nanoTime()), TimeUnit.NANOSECONDS);
      if (line == null || line.equals(ENDED)) {
        throw new AssertionError(
            name
                + (line == null ? ": no line matching " + pattern + " within " + bound : " ended")
                + "; its output:\n"
                + (Files.exists(log) ? Files.readString(log) : ""));
      }
      Matcher m = pattern.matcher(line);
      if (m.find()) {
        return m;
      }
    }
  }

  /** How many lines of the peer's output so far match {@code pattern} (e.g. requests it logged). */
  public int count(Pattern pattern) {
    synchronized (seen) {
      return (int) seen.stream().filter(l -> pattern.matcher(l).find()).count();
    }
  }

  /** Sends a command on standard input and waits (at most 10 s) for the peer's {@code OK}. */
  public void request(String command) throws Exception {
    send(command);
    awaitLine(OK, Duration.ofSeconds(10));
  }

  /** Writes a line to the peer's standard input. */
  public void send(String line) throws IOException {
    stdin.write(line + "\n");
    stdin.flush();
  }

  private void read() {
    try (BufferedReader out =
        new BufferedReader(
            new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8))) {
      for (String line = out.readLine(); line != null; line = out.readLine()) {
        Files.writeString(log, line + "\n", StandardOpenOption.CREATE, StandardOpenOption.APPEND);
        lines.add(line);
        synchronized (seen) {
          seen.add(line);
        }
      }
    } catch (IOException e) {
      // The process ended; awaitLine reports it.
    }
    lines.add(ENDED);
  }

  @Override
  public void close() throws Exception {
    process.destroy();
    if (!process.waitFor(10, TimeUnit.SECONDS)) {
      process.destroyForcibly().waitFor(10, TimeUnit.SECONDS);
    }
  }
}
