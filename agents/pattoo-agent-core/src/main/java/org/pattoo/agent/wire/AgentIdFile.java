package org.pattoo.agent.wire;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.util.HexFormat;

/**
 * The agent id, created once and kept in the state directory (as the original's {@code
 * agent_id/<program>.agent_id}): losing it starts new series, so back it up.
 */
public final class AgentIdFile {

  private AgentIdFile() {}

  public static String load(Path stateDirectory, String program) throws IOException {
    Path file = stateDirectory.resolve(program + ".agent_id");
    if (Files.exists(file)) {
      String id = Files.readString(file, StandardCharsets.UTF_8).strip();
      if (!id.isEmpty()) {
        return id;
      }
    }
    byte[] random = new byte[32];
    new SecureRandom().nextBytes(random);
    String id = Sha.sha256(HexFormat.of().formatHex(random) + System.nanoTime());
    Files.createDirectories(stateDirectory);
    Path tmp = file.resolveSibling(file.getFileName() + ".tmp");
    Files.writeString(tmp, id + "\n", StandardCharsets.UTF_8);
    Files.move(tmp, file, java.nio.file.StandardCopyOption.ATOMIC_MOVE);
    return id;
  }
}
