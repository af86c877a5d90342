package org.pattoo.agent.exec;

import java.io.File;
import java.io.IOException;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * One run of a command within its bounds: killed with every process it started when its timeout
 * passes or its output grows past {@code max_output_bytes}. The outcome is its standard output or a
 * one-line problem that ends with the tail of its standard error.
 */
final class ProcessRun {

  /** Enough of standard error to show why a command failed, never a whole log. */
  static final int STDERR_TAIL_BYTES = 512;

  /** What a run gave: standard output when it succeeded, else the problem. */
  record Outcome(String stdout, String stderrTail, String problem) {
    boolean succeeded() {
      return problem == null;
    }
  }

  private ProcessRun() {}

  static Outcome run(Command c) throws InterruptedException {
    ProcessBuilder builder =
        new ProcessBuilder(c.argv())
            .redirectInput(ProcessBuilder.Redirect.from(new File("/dev/null")));
    if (!c.inheritEnvironment()) {
      builder.environment().clear();
    }
    builder.environment().putAll(c.environment());
    c.workingDirectory().ifPresent(d -> builder.directory(d.toFile()));
    Process p;
    try {
      p = builder.start();
    } catch (IOException e) {
      return new Outcome("", "", "cannot run " + c.argv().get(0) + ": " + reason(e));
    }
    long deadline = System.nanoTime() + c.timeout().toNanos();
    OutputReader out =
        OutputReader.bounded(
            p.getInputStream(), c.maxOutputBytes(), () -> killTree(p), "pattoo-agent-exec-stdout");
    OutputReader err =
        OutputReader.tail(p.getErrorStream(), STDERR_TAIL_BYTES, "pattoo-agent-exec-stderr");
    boolean exited = p.waitFor(c.timeout().toNanos(), TimeUnit.NANOSECONDS);
    if (!exited) {
      int children = killTree(p);
      p.waitFor(1, TimeUnit.SECONDS);
      err.awaitEnd(1000);
      return failed(
          err,
          "no exit within "
              + c.timeoutText()
              + ", killed"
              + (children > 0 ? " with the " + children + " process(es) it started" : ""));
    }
    boolean ended = out.awaitEnd(TimeUnit.NANOSECONDS.toMillis(deadline - System.nanoTime()));
    err.awaitEnd(Math.max(100, TimeUnit.NANOSECONDS.toMillis(deadline - System.nanoTime())));
    if (out.exceeded()) {
      return failed(err, "output exceeds max_output_bytes (" + c.maxOutputBytes() + "), killed");
    }
    if (!ended) {
      return failed(
          err, "exited, but a process it left running kept its output open past the timeout");
    }
    if (p.exitValue() != 0) {
      return failed(err, "exited with status " + p.exitValue());
    }
    return new Outcome(out.text(), err.text(), null);
  }

  /** Kills the process and everything it started; returns how many it had started. */
  static int killTree(Process p) {
    List<ProcessHandle> descendants = p.descendants().toList();
    p.destroyForcibly();
    descendants.forEach(ProcessHandle::destroyForcibly);
    return descendants.size();
  }

  private static Outcome failed(OutputReader err, String problem) {
    return new Outcome("", err.text(), problem + stderr(err.text()));
  }

  /** {@code ; stderr: "..."} in one line, or nothing when the command wrote none. */
  static String stderr(String tail) {
    String s = tail.strip();
    return s.isEmpty() ? "" : "; stderr: " + quoted(s);
  }

  /** In double quotes on one line: line breaks and control characters written as escapes. */
  static String quoted(String s) {
    StringBuilder out = new StringBuilder("\"");
    for (char c : s.toCharArray()) {
      switch (c) {
        case '"', '\\' -> out.append('\\').append(c);
        case '\n' -> out.append("\\n");
        case '\r' -> out.append("\\r");
        case '\t' -> out.append("\\t");
        default -> out.append(c < 0x20 ? String.format("\\u%04x", (int) c) : String.valueOf(c));
      }
    }
    return out.append('"').toString();
  }

  private static String reason(IOException e) {
    String m = String.valueOf(e.getMessage());
    int error = m.indexOf("error=");
    int comma = error < 0 ? -1 : m.indexOf(", ", error);
    return comma < 0 ? m : m.substring(comma + 2);
  }
}
