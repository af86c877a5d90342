package org.pattoo.testing;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.File;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/** {@code ./pattoo admin} run as an operator runs it, against the test server. */
public final class AdminCli {

  /** What a run did: its exit status and what it printed. */
  public record Run(int exit, String out, String err) {}

  private AdminCli() {}

  /** {@code ./pattoo admin args...} logged in as {@code username}, with more environment. */
  public static Run as(String username, String password, Map<String, String> env, String... args)
      throws Exception {
    Map<String, String> all = new HashMap<>(env);
    all.put("PATTOO_USERNAME", username);
    all.put("PATTOO_PASSWORD", password);
    return run(all, args);
  }

  /** {@code ./pattoo admin args...} with this environment, stdin closed. */
  public static Run run(Map<String, String> env, String... args) throws Exception {
    List<String> command = new ArrayList<>(List.of("../pattoo", "admin"));
    command.addAll(List.of(args));
    ProcessBuilder pb = new ProcessBuilder(command);
    pb.environment().putAll(env);
    pb.environment().put("PATTOO_URL", TestServer.uri("/pattoo").toString());
    File out = File.createTempFile("admin", ".out");
    File err = File.createTempFile("admin", ".err");
    pb.redirectOutput(out)
        .redirectError(err)
        .redirectInput(ProcessBuilder.Redirect.from(new File("/dev/null")));
    Process p = pb.start();
    assertThat(p.waitFor(60, TimeUnit.SECONDS)).as("%s finished", command).isTrue();
    Run r = new Run(p.exitValue(), Files.readString(out.toPath()), Files.readString(err.toPath()));
    out.delete();
    err.delete();
    return r;
  }
}
