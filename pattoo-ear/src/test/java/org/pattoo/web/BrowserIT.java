package org.pattoo.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.pattoo.testing.AgentPost;
import org.pattoo.testing.Browser;
import org.pattoo.testing.IngestDeployment;
import org.pattoo.testing.TestDatabase;
import org.pattoo.testing.TestServer;
import org.pattoo.testing.TestUsers;

/**
 * The web UI in a real headless Chromium against the deployed EAR: log in, the agents list, an
 * agent's cards, a chart and its range presets, the GraphiQL explorer, log out; an ended session
 * goes back to login. Screenshots land in target/screenshots/, with the measured figures.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class BrowserIT {

  @Deployment(testable = false)
  static EnterpriseArchive ear() {
    return IngestDeployment.ear();
  }

  static final String PASSWORD = "browser test password";
  static final String AGENT = "it-web";
  static final String PROGRAM = "pattoo_agent_itweb";
  static final long MIN = 60_000;
  static final long SEEDED = System.currentTimeMillis() / MIN * MIN;

  @BeforeAll
  static void seed() throws Exception {
    TestUsers.ensure("it-web-admin", PASSWORD, "ADMIN");
    TestDatabase.execute(
        "DELETE FROM chart WHERE owner_id = (SELECT id FROM app_user WHERE username = 'it-web-admin')");
    TestDatabase.forgetAgents(AGENT);
    AgentPost post = new AgentPost(AGENT, PROGRAM, "web-1");
    for (int i = 120; i > 0; i--) {
      post.add("temperature", 101, 20 + (i % 10) * 0.5, SEEDED - i * MIN);
      post.add("bytes", 64, 1_000_000L + 6_000L * (120 - i), SEEDED - i * MIN);
    }
    post.add(
        "state", 2, jakarta.json.Json.createValue("running"), SEEDED - MIN, java.util.Map.of());
    post.post();
    TestDatabase.execute(
        "INSERT INTO key_translation (translation_group_id, language_id, key, translation, units)"
            + " SELECT 1, id, ?, 'Temperature', '°C' FROM language WHERE code = 'en'"
            + " ON CONFLICT DO NOTHING",
        PROGRAM + "_temperature");
  }

  static void logIn(Browser b) {
    b.open("/pattoo/");
    b.awaitHash("#/login");
    b.await(By.id("username")).sendKeys("it-web-admin");
    b.driver().findElement(By.id("password")).sendKeys(PASSWORD);
    b.driver().findElement(By.cssSelector("form button[type=submit]")).click();
    b.awaitHash("#/agents");
  }

  @Test
  void aUserLogsInBrowsesAnAgentAndAChartAndLogsOut() throws Exception {
    try (Browser b = new Browser(Browser.DESKTOP)) {
      logIn(b);
      WebElement link = b.await(By.linkText(PROGRAM));
      WebElement row = link.findElement(By.xpath("ancestor::tr"));
      assertThat(row.getText()).contains("web-1", AGENT, "3");
      b.screenshot("agents");

      link.click();
      b.awaitHash("#/agent");
      await(b, "3 cards", () -> b.driver().findElements(By.cssSelector(".datapoint")).size() == 3);
      await(
          b,
          "the small charts drawn",
          () -> b.driver().findElements(By.cssSelector(".datapoint canvas")).size() == 2);
      String cards = b.driver().findElement(By.cssSelector(".cards")).getText();
      assertThat(cards).contains("Temperature", "°C", "running", PROGRAM + "_bytes", "/s");
      b.screenshot("agent");

      b.driver().findElement(By.linkText("Temperature")).click();
      b.awaitHash("#/chart");
      await(
          b,
          "the chart drawn",
          () -> b.script("return document.getElementById('view').dataset.drawnAt") != null);
      assertThat(b.await(By.id("chart-title")).getText()).isEqualTo("Temperature");
      assertThat(b.driver().findElements(By.cssSelector(".plot canvas"))).isNotEmpty();
      b.screenshot("chart-day");
      String drawn = (String) b.script("return document.getElementById('view').dataset.drawnAt");
      b.driver().findElement(By.xpath("//div[@class='presets']/button[text()='1h']")).click();
      await(
          b,
          "redrawn for the hour",
          () -> {
            Object now = b.script("return document.getElementById('view').dataset.drawnAt");
            return now != null && !now.equals(drawn);
          });
      assertThat(
              b.driver()
                  .findElement(By.xpath("//div[@class='presets']/button[text()='1h']"))
                  .getAttribute("aria-pressed"))
          .isEqualTo("true");
      // Samples were seeded a minute apart, from 120 minutes to 1 minute before SEEDED: count by
      // hand those in the hour the page drew.
      long from =
          Long.parseLong((String) b.script("return document.getElementById('view').dataset.from"));
      long to =
          Long.parseLong((String) b.script("return document.getElementById('view').dataset.to"));
      long expected = 0;
      for (int i = 1; i <= 120; i++) {
        long t = SEEDED - i * MIN;
        expected += t >= from && t < to ? 1 : 0;
      }
      assertThat(to - from).isEqualTo(3_600_000);
      assertThat(
              Long.parseLong(
                  (String) b.script("return document.getElementById('view').dataset.points")))
          .as("the hour's samples")
          .isEqualTo(expected);
      b.screenshot("chart-hour");

      saveAndFavorite(b, "Web temperature");
      b.open("/pattoo/#/agent?id=" + AGENT + "&target=web-1");
      b.await(By.linkText(PROGRAM + "_bytes")).click();
      b.awaitHash("#/chart");
      saveAndFavorite(b, "Web bytes");
      b.open("/pattoo/#/charts");
      await(b, "two favorites", () -> favorites(b).equals(List.of("Web temperature", "Web bytes")));
      b.screenshot("charts");
      b.driver().findElement(By.cssSelector("button[aria-label='Move Web bytes up']")).click();
      await(b, "reordered", () -> favorites(b).equals(List.of("Web bytes", "Web temperature")));
      assertThat(
              TestDatabase.rows(
                  "SELECT c.name FROM favorite f JOIN chart c ON c.id = f.chart_id"
                      + " JOIN app_user u ON u.id = f.user_id WHERE u.username = 'it-web-admin'"
                      + " ORDER BY f.position"))
          .as("the order the server keeps")
          .containsExactly(List.of("Web bytes"), List.of("Web temperature"));

      b.open("/pattoo/explorer/");
      b.await(By.cssSelector(".graphiql-container"));
      b.screenshot("explorer");

      b.open("/pattoo/#/agents");
      b.await(By.id("logout")).click();
      b.awaitHash("#/login");
      assertThat(b.script("return sessionStorage.getItem('pattoo.session')")).isNull();
      b.await(By.id("username"));
      b.screenshot("login");
      assertThat(b.consoleErrors()).as("errors in the browser console").isEmpty();
    }
  }

  @Test
  void anEndedSessionGoesBackToLogin() throws Exception {
    try (Browser b = new Browser(Browser.PHONE)) {
      logIn(b);
      b.script(
          "const s = JSON.parse(sessionStorage.getItem('pattoo.session'));"
              + " s.accessToken = 'ended'; s.refreshToken = 'ended';"
              + " sessionStorage.setItem('pattoo.session', JSON.stringify(s));");
      b.driver().navigate().refresh();
      b.awaitHash("#/login");
      b.await(By.id("username"));
      b.screenshot("login-after-session-ended-phone");
      b.open("/pattoo/explorer/");
      b.awaitHash("#/login");
    }
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
      wide.append(f == 0 ? "" : ",")
          .append("f")
          .append(String.format("%03d", f))
          .append('=')
          .append(f);
    }
    for (int i = 0; i < 5; i++) {
      post("it-web-wide", wide + " " + (now - i * MIN) + "\n");
    }
    long bulk =
        TestDatabase.number(
            "SELECT d.idx_datapoint FROM datapoint d JOIN agent a USING (idx_agent)"
                + " WHERE a.agent_id = 'influx:it-web-bulk'");

    try (Browser b = new Browser(Browser.DESKTOP)) {
      logIn(b);
      b.open("/pattoo/#/chart?ids=" + bulk + "&resolution=RAW&from=" + first + "&to=" + (now + 1));
      b.driver().navigate().refresh(); // the figure runs from a navigation: the page's time origin
      awaitDataset(b, "drawnAt", "50,000 points drawn");
      assertThat(b.script("return document.getElementById('view').dataset.points"))
          .isEqualTo("50000");
      double chartMs =
          Double.parseDouble(
              (String) b.script("return document.getElementById('view').dataset.drawnAt"));
      b.screenshot("chart-50000-points");

      b.open("/pattoo/#/agent?id=influx%3Ait-web-wide&target=wide-1&cards=100");
      b.driver().navigate().refresh();
      awaitDataset(b, "loadedAt", "100 cards with their charts");
      assertThat(b.driver().findElements(By.cssSelector(".datapoint"))).hasSize(100);
      double agentMs =
          Double.parseDouble(
              (String) b.script("return document.getElementById('view').dataset.loadedAt"));
      b.screenshot("agent-100-cards");

      String figures =
          String.format(
              Locale.ROOT,
              "navigation to a drawn chart of 50,000 points: %.0f ms%n"
                  + "navigation to an agent page of 100 cards with their charts: %.0f ms%n",
              chartMs,
              agentMs);
      System.out.print(figures);
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

  /** Saves the chart on screen under this name, opens it and makes it a favorite. */
  static void saveAndFavorite(Browser b, String name) {
    b.await(By.id("chart-name")).sendKeys(name);
    b.driver().findElement(By.cssSelector("form.save button")).click();
    b.awaitHash("#/chart?chart=");
    await(b, "the saved chart", () -> b.await(By.id("chart-title")).getText().equals(name));
    b.await(By.id("favorite")).click();
    await(
        b,
        "a favorite",
        () -> "true".equals(b.await(By.id("favorite")).getAttribute("aria-pressed")));
  }

  /** The names in the favorites list, in order. */
  static List<String> favorites(Browser b) {
    return b.driver().findElements(By.cssSelector("ol.favorites li a")).stream()
        .map(WebElement::getText)
        .toList();
  }

  /** Waits (at most a minute: a figure, not a timer) until the page sets this data attribute. */
  static void awaitDataset(Browser b, String name, String what) {
    try {
      new WebDriverWait(b.driver(), Duration.ofSeconds(60))
          .until(d -> b.script("return document.getElementById('view').dataset." + name) != null);
    } catch (org.openqa.selenium.TimeoutException e) {
      b.screenshot("timed-out-" + name);
      throw new AssertionError(
          what
              + ": not done after 60 s; the page says: "
              + b.driver().findElement(By.id("view")).getText(),
          e);
    }
  }

  interface Check {
    boolean holds() throws Exception;
  }

  static void await(Browser b, String what, Check check) {
    new WebDriverWait(b.driver(), Duration.ofSeconds(20))
        .withMessage(what)
        .until(
            d -> {
              try {
                return check.holds();
              } catch (Exception e) {
                return false;
              }
            });
  }
}
