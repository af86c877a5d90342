package org.pattoo.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.pattoo.testing.Browser;
import org.pattoo.testing.IngestDeployment;
import org.pattoo.testing.TestDatabase;
import org.pattoo.testing.TestServer;
import org.pattoo.testing.TestUsers;

/**
 * How fast the UI draws, measured in the browser from a real navigation and reported (figures, not
 * pass/fail timers): a chart of 50,000 points, an agent page of 100 cards. The figures land in
 * target/screenshots/figures.txt beside the screenshots.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class WebFiguresIT {

  @Deployment(testable = false)
  static EnterpriseArchive ear() {
    return IngestDeployment.ear();
  }

  static final String USER = "it-web-figures";
  static final String PASSWORD = "figures test password";

  @BeforeAll
  static void seed() throws Exception {
    TestUsers.ensure(USER, PASSWORD, "USER");
  }

  @Test
  void measuresAChartOf50000PointsAndAnAgentPageOf100Cards() throws Exception {
    TestDatabase.forgetAgents("influx:it-web-bulk", "influx:it-web-wide");
    long now = System.currentTimeMillis() / 1000 * 1000;
    long first = now - 50_000L * 10_000;
    for (int batch = 0; batch < 10; batch++) {
      StringBuilder lines = new StringBuilder();
      for (int i = batch * 5000; i < (batch + 1) * 5000; i++) {
        lines
            .append("bulk,host=bulk-1 value=")
            .append(String.format(Locale.ROOT, "%.2f", Math.sin(i / 500.0) * 50 + 50))
            .append(' ')
            .append(first + i * 10_000L)
            .append('\n');
      }
      post("it-web-bulk", lines.toString());
    }
    StringBuilder wide = new StringBuilder("wide,host=wide-1 ");
    for (int f = 0; f < 100; f++) {
      wide.append(f == 0 ? "" : ",").append(String.format(Locale.ROOT, "f%03d=%d", f, f));
    }
    for (int i = 0; i < 5; i++) {
      post("it-web-wide", wide + " " + (now - i * WebSeed.MIN) + "\n");
    }
    long bulk =
        TestDatabase.number(
            "SELECT d.idx_datapoint FROM datapoint d JOIN agent a USING (idx_agent)"
                + " WHERE a.agent_id = 'influx:it-web-bulk'");

    try (Browser b = new Browser(Browser.DESKTOP)) {
      b.logIn(USER, PASSWORD, "#/agents");
      b.open("/pattoo/#/chart?ids=" + bulk + "&resolution=RAW&from=" + first + "&to=" + (now + 1));
      b.driver().navigate().refresh(); // the figure runs from a navigation: the page's time origin
      double chartMs = Double.parseDouble(b.awaitViewData("drawnAt", "50,000 points drawn"));
      assertThat(b.viewData("points")).isEqualTo("50000");
      b.screenshot("chart-50000-points");

      b.open("/pattoo/#/agent?id=influx%3Ait-web-wide&target=wide-1&cards=100");
      b.driver().navigate().refresh();
      double agentMs =
          Double.parseDouble(b.awaitViewData("loadedAt", "100 cards with their charts"));
      assertThat(b.driver().findElements(By.cssSelector(".datapoint"))).hasSize(100);
      b.screenshot("agent-100-cards");

      String figures =
          String.format(
              Locale.ROOT,
              "navigation to a drawn chart of 50,000 points: %.0f ms%n"
                  + "navigation to an agent page of 100 cards with their charts: %.0f ms%n",
              chartMs,
              agentMs);
      System.out.print(figures);
      Files.createDirectories(Path.of("target", "screenshots"));
      Files.writeString(Path.of("target", "screenshots", "figures.txt"), figures);
      assertThat(b.consoleErrors()).isEmpty();
    }
  }

  static void post(String bucket, String lines) throws Exception {
    int status =
        TestServer.post(
                "/pattoo/api/v2/write?bucket=" + bucket + "&precision=ms",
                lines.getBytes(StandardCharsets.UTF_8),
                "Authorization",
                "Token " + IngestDeployment.TOKEN)
            .statusCode();
    assertThat(status).as("posting to " + bucket).isEqualTo(204);
  }
}
