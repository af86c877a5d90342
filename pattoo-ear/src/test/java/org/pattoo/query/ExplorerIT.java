package org.pattoo.query;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.pattoo.testing.PattooEar;
import org.pattoo.testing.TestServer;

/**
 * The web UI and the GraphiQL explorer are served from the WAR, bundled at build time: nothing
 * comes from elsewhere at run time. (The browser tests show they work.)
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class ExplorerIT {

  @Deployment(testable = false)
  static EnterpriseArchive ear() {
    return PattooEar.asBuilt();
  }

  @Test
  void theExplorerAndItsBundleAreServed() throws Exception {
    HttpResponse<String> page = TestServer.get("/pattoo/explorer/");
    assertThat(page.statusCode()).isEqualTo(200);
    assertThat(page.body()).contains("explorer.js", "explorer.css", "id=\"graphiql\"");
    HttpResponse<String> script = TestServer.get("/pattoo/explorer/explorer.js");
    assertThat(script.statusCode()).isEqualTo(200);
    assertThat(script.body()).as("GraphiQL, bundled").contains("graphiql-container");
    HttpResponse<String> css = TestServer.get("/pattoo/explorer/explorer.css");
    assertThat(css.statusCode()).isEqualTo(200);
    assertThat(css.body()).as("no style fetched from elsewhere").doesNotContain("url(http");
  }

  @Test
  void theAppAndItsChartLibraryAreServed() throws Exception {
    HttpResponse<String> index = TestServer.get("/pattoo/");
    assertThat(index.statusCode()).isEqualTo(200);
    assertThat(index.body()).contains("app/main.js", "vendor/uplot.css");
    assertThat(TestServer.get("/pattoo/app/main.js").statusCode()).isEqualTo(200);
    HttpResponse<String> uplot = TestServer.get("/pattoo/vendor/uplot.js");
    assertThat(uplot.statusCode()).isEqualTo(200);
    assertThat(uplot.body()).as("an ES module").contains("export{");
  }
}
