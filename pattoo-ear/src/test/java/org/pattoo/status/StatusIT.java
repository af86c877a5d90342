package org.pattoo.status;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.pattoo.testing.PattooEar;
import org.pattoo.testing.TestServer;

@ExtendWith(ArquillianExtension.class)
class StatusIT {

  @Deployment(testable = false)
  static EnterpriseArchive ear() {
    return PattooEar.asBuilt();
  }

  @Test
  void agentApiAnswersWithTheOriginalText() throws Exception {
    HttpResponse<String> response = TestServer.get("/pattoo/api/v1/agent/status");

    assertThat(response.statusCode()).isEqualTo(200);
    assertThat(response.body()).isEqualTo("The Pattoo Agent API is Operational.\n");
    assertThat(response.headers().firstValue("Content-Type"))
        .hasValueSatisfying(t -> assertThat(t).startsWith("text/plain"));
  }

  @Test
  void webApiAnswersWithTheOriginalText() throws Exception {
    HttpResponse<String> response = TestServer.get("/pattoo/api/v1/web/status");

    assertThat(response.statusCode()).isEqualTo(200);
    assertThat(response.body()).isEqualTo("The Pattoo Web API is Operational.\n");
  }

  @Test
  void unknownApiPathIs404() throws Exception {
    assertThat(TestServer.get("/pattoo/api/v1/agent/nosuch").statusCode()).isEqualTo(404);
  }
}
