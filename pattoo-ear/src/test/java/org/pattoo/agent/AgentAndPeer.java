package org.pattoo.agent;

import java.nio.file.Path;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.io.TempDir;
import org.pattoo.agent.testing.PeerProcess;
import org.pattoo.testing.AgentProcess;

/**
 * What a field agent's end-to-end test holds: a folder for the agent's state and the peer's files,
 * the protocol peer, the agent; both are stopped after each test, whatever happened.
 */
abstract class AgentAndPeer {

  @TempDir Path dir;
  PeerProcess peer;
  AgentProcess agent;

  @AfterEach
  void stopAgentAndPeer() throws Exception {
    if (agent != null) {
      agent.kill();
    }
    if (peer != null) {
      peer.close();
    }
  }
}
