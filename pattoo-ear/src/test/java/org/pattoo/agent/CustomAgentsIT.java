package org.pattoo.agent;

import static org.assertj.core.api.Assertions.assertThat;

import com.sun.net.httpserver.HttpServer;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.pattoo.testing.AgentProcess;
import org.pattoo.testing.IngestDeployment;

/**
 * The agents a user writes without us: the exec agent running commands (key value and line protocol
 * output) and the example agent reading a JSON endpoint post to the deployed server, and their
 * values come back through GraphQL as the commands and the endpoint gave them.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class CustomAgentsIT {

  @Deployment(testable = false)
  static EnterpriseArchive ear() {
    return IngestDeployment.ear();
  }

  @TempDir Path dir;
  AgentProcess agent;
  HttpServer endpoint;

  @AfterEach
  void stop() throws Exception {
    if (agent != null) {
      agent.kill();
    }
    if (endpoint != null) {
      endpoint.stop(0);
    }
  }

  @Test
  void theExecAgentPostsWhatItsCommandsPrint() throws Exception {
    agent =
        new AgentProcess(
                "pattoo-agent-exec",
                dir,
                "pattoo_agent_exec",
                """
                pattoo_agent_exec:
                  polling_interval: 2
                  commands:
                    - name: queue
                      command: [/usr/bin/printf, 'queue_depth 42 int\\nload 1.5\\nmode "drain"\\n']
                    - name: disks
                      format: influx
                      command: [/bin/echo, 'disk,mount=/data used_percent=73.5,inodes=120i']
                """)
            .start();
    Map<String, Object> expected =
        Map.of(
            "pattoo_agent_exec_queue_depth", 42.0,
            "pattoo_agent_exec_load", 1.5,
            "pattoo_agent_exec_mode", "drain",
            "pattoo_agent_exec_disk_used_percent", 73.5,
            "pattoo_agent_exec_disk_inodes", 120.0);
    agent.await(
        "both commands' data through GraphQL",
        Duration.ofSeconds(40),
        () -> AgentValues.byKey(agent.agentId()).size() >= expected.size());
    assertThat(AgentValues.byKey(agent.agentId())).containsAllEntriesOf(expected);
  }

  @Test
  void theExampleAgentPostsTheFieldsOfAJsonEndpoint() throws Exception {
    endpoint = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
    endpoint.createContext(
        "/weather.json",
        exchange -> {
          byte[] body =
              """
              {"temperature": {"value": 21.5}, "rain": {"total_mm": 12},
               "station": {"status": "ok"}}"""
                  .getBytes(StandardCharsets.UTF_8);
          exchange.getResponseHeaders().add("Content-Type", "application/json");
          exchange.sendResponseHeaders(200, body.length);
          exchange.getResponseBody().write(body);
          exchange.close();
        });
    endpoint.start();
    agent =
        new AgentProcess(
                "pattoo-agent-example",
                dir,
                "pattoo_agent_example",
                "pattoo_agent_example:\n"
                    + "  polling_interval: 2\n"
                    + "  endpoints:\n"
                    + "    - url: http://127.0.0.1:"
                    + endpoint.getAddress().getPort()
                    + "/weather.json\n"
                    + "      name: roof-station\n"
                    + "      fields:\n"
                    + "        - {pointer: /temperature/value, key: temperature}\n"
                    + "        - {pointer: /rain/total_mm, key: rain, type: counter}\n"
                    + "        - {pointer: /station/status, key: status, type: string}\n")
            .start();
    Map<String, Object> expected =
        Map.of(
            "pattoo_agent_example_temperature", 21.5,
            "pattoo_agent_example_rain", 12.0,
            "pattoo_agent_example_status", "ok");
    agent.await(
        "the endpoint's fields through GraphQL",
        Duration.ofSeconds(40),
        () -> AgentValues.byKey(agent.agentId()).size() >= expected.size());
    assertThat(AgentValues.byKey(agent.agentId())).containsAllEntriesOf(expected);
  }
}
