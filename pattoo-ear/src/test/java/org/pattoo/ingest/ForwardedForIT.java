package org.pattoo.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.asset.StringAsset;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.pattoo.testing.PattooEar;
import org.pattoo.testing.TestServer;

/** A client outside the open networks cannot get in by claiming an address in a header. */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class ForwardedForIT {

  @Deployment(testable = false)
  static EnterpriseArchive ear() {
    return PattooEar.withConfig(new StringAsset("pattoo.ingest.open-networks=10.0.0.0/8\n"));
  }

  @Test
  void xForwardedForInsideAnOpenNetworkIsNotBelieved() throws Exception {
    for (String header : new String[] {"X-Forwarded-For", "X-Real-IP", "Forwarded"}) {
      String value = header.equals("Forwarded") ? "for=10.1.2.3" : "10.1.2.3";
      HttpResponse<String> r =
          TestServer.post(
              "/pattoo/api/v2/write?bucket=it-forwarded&precision=ms",
              ("claimed value=1 " + System.currentTimeMillis()).getBytes(StandardCharsets.UTF_8),
              header,
              value);
      assertThat(r.statusCode()).as(header).isEqualTo(401);
    }
  }
}
