package org.pattoo.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;
import static org.pattoo.web.WebSeed.MIN;
import static org.pattoo.web.WebSeed.SEEDED;

import java.util.List;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.interactions.Actions;
import org.pattoo.testing.Browser;
import org.pattoo.testing.IngestDeployment;
import org.pattoo.testing.TestUsers;

/**
 * The web UI in a real headless Chromium against the deployed EAR: log in, the agents list, an
 * agent's cards, a chart with its range presets and drag-zoom, a string datapoint's timeline, the
 * GraphiQL explorer, log out; an ended session goes back to login. Screenshots land in
 * target/screenshots/.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class BrowserIT {

  @Deployment(testable = false)
  static EnterpriseArchive ear() {
    return IngestDeployment.ear();
  }

  static final String USER = "it-web-admin";
  static final String PASSWORD = "browser test password";
  static final String AGENT = "it-web";
  static final String PROGRAM = "pattoo_agent_itweb";

  @BeforeAll
  static void seed() throws Exception {
    TestUsers.ensure(USER, PASSWORD, "ADMIN");
    WebSeed.agent(AGENT, PROGRAM, "web-1");
    WebSeed.translateTemperature(PROGRAM);
  }

  @Test
  void aUserLogsInBrowsesAnAgentZoomsIntoAChartAndLogsOut() throws Exception {
    try (Browser b = new Browser(Browser.DESKTOP)) {
      b.logIn(USER, PASSWORD, "#/agents");
      WebElement link = b.await(By.linkText(PROGRAM));
      WebElement row = link.findElement(By.xpath("ancestor::tr"));
      assertThat(row.getText()).contains("web-1", AGENT, "3");
      b.screenshot("agents");

      link.click();
      b.awaitHash("#/agent");
      b.until("3 cards", () -> b.driver().findElements(By.cssSelector(".datapoint")).size() == 3);
      b.until(
          "the small charts drawn",
          () -> b.driver().findElements(By.cssSelector(".datapoint canvas")).size() == 2);
      String cards = b.driver().findElement(By.cssSelector(".cards")).getText();
      assertThat(cards).contains("Temperature", "°C", "running", PROGRAM + "_bytes", "/s");
      b.screenshot("agent");

      b.driver().findElement(By.linkText("Temperature")).click();
      b.awaitHash("#/chart");
      String drawn = b.awaitViewData("drawnAt", "the day's chart");
      assertThat(b.await(By.id("chart-title")).getText()).isEqualTo("Temperature");
      assertThat(b.driver().findElements(By.cssSelector(".plot canvas"))).isNotEmpty();
      b.screenshot("chart-day");

      b.driver().findElement(By.xpath("//div[@class='presets']/button[text()='1h']")).click();
      b.awaitRedrawn("redrawn for the hour", drawn);
      assertThat(
              b.driver()
                  .findElement(By.xpath("//div[@class='presets']/button[text()='1h']"))
                  .getAttribute("aria-pressed"))
          .isEqualTo("true");
      assertThat(range(b)[1] - range(b)[0]).isEqualTo(3_600_000);
      assertThat(points(b)).as("the hour's samples").isEqualTo(seededWithin(range(b)));
      b.screenshot("chart-hour");

      // Drag across the middle half of the plot: the page asks for that range, at the finest
      // resolution for it (raw samples), and draws exactly the samples inside it.
      long[] hour = range(b);
      drawn = b.viewData("drawnAt");
      WebElement over = b.driver().findElement(By.cssSelector(".plot .u-over"));
      int width = over.getSize().getWidth();
      new Actions(b.driver())
          .moveToElement(over, -width / 4, 0)
          .clickAndHold()
          .moveByOffset(width / 2, 0)
          .release()
          .perform();
      b.awaitHash("#/chart?ids=");
      b.awaitRedrawn("redrawn for the zoomed range", drawn);
      long[] zoomed = range(b);
      assertThat(String.valueOf(b.script("return location.hash")))
          .contains("from=" + zoomed[0], "to=" + zoomed[1]);
      assertThat((double) (zoomed[1] - zoomed[0]))
          .as("half the hour")
          .isCloseTo(1_800_000, within(120_000.0));
      assertThat(zoomed[0]).isCloseTo(hour[0] + 900_000, within(120_000L));
      assertThat(points(b)).as("the zoomed range's samples").isEqualTo(seededWithin(zoomed));
      assertThat(b.driver().findElement(By.id("chart-caption")).getText()).contains("raw points");
      b.screenshot("chart-zoomed");

      // Pan back by half the range: the page asks for exactly that range, and draws its samples.
      drawn = b.viewData("drawnAt");
      b.driver().findElement(By.id("earlier")).click();
      b.awaitRedrawn("redrawn for the earlier range", drawn);
      double half = (zoomed[1] - zoomed[0]) / 2.0;
      assertThat(range(b))
          .containsExactly(Math.round(zoomed[0] - half), Math.round(zoomed[1] - half));
      assertThat(points(b)).as("the earlier range's samples").isEqualTo(seededWithin(range(b)));

      stateTimeline(b);

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

  /**
   * The string datapoint over the last hour: "starting" (the value holding when the hour began)
   * until the change to "running", then "running"; the change sits where the hand-worked fraction
   * of the range puts it.
   */
  static void stateTimeline(Browser b) throws Exception {
    b.open("/pattoo/#/agent?id=" + AGENT + "&target=web-1");
    b.await(By.linkText(PROGRAM + "_state")).click();
    b.awaitHash("#/chart");
    String drawn = b.awaitViewData("drawnAt", "the state's chart");
    b.driver().findElement(By.xpath("//div[@class='presets']/button[text()='1h']")).click();
    b.awaitRedrawn("the state's hour", drawn);
    List<WebElement> spans = b.driver().findElements(By.cssSelector(".state-span"));
    assertThat(spans)
        .extracting(s -> s.getAttribute("title").split(":")[0])
        .containsExactly("starting", "running");
    long[] hour = range(b);
    double left =
        Double.parseDouble(
            String.valueOf(b.script("return parseFloat(arguments[0].style.left)", spans.get(1))));
    double expected = (WebSeed.RUNNING_SINCE - hour[0]) * 100.0 / (hour[1] - hour[0]);
    assertThat(left).as("where the change is drawn, in %").isCloseTo(expected, within(0.01));
    assertThat(b.driver().findElement(By.cssSelector(".state-legend")).getText())
        .contains("starting", "running");
    assertThat(b.driver().findElements(By.cssSelector(".plot"))).as("no numeric plot").isEmpty();
    b.screenshot("chart-state-timeline");
  }

  @Test
  void anEndedSessionGoesBackToLoginAndTheKeyboardLogsInAgain() throws Exception {
    try (Browser b = new Browser(Browser.PHONE)) {
      b.logIn(USER, PASSWORD, "#/agents");
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

      // Keyboard only: the login page focuses the user name; Tab to the password, Enter submits;
      // then the page the user was going to opens.
      b.await(By.id("username"));
      b.until(
          "the user name focused",
          () -> "username".equals(b.script("return document.activeElement.id")));
      new Actions(b.driver())
          .sendKeys(USER)
          .sendKeys(Keys.TAB)
          .sendKeys(PASSWORD)
          .sendKeys(Keys.ENTER)
          .perform();
      b.await(By.cssSelector(".graphiql-container"));
      b.open("/pattoo/#/agents");
      b.await(By.linkText(PROGRAM));
      assertThat(b.widerThanTheWindow())
          .as("what makes the agents page wider than a phone")
          .isEmpty();
      b.open("/pattoo/#/agent?id=" + AGENT + "&target=web-1");
      b.until("cards", () -> b.driver().findElements(By.cssSelector(".datapoint")).size() == 3);
      assertThat(b.widerThanTheWindow())
          .as("what makes the agent page wider than a phone")
          .isEmpty();
      b.screenshot("agent-phone");
      b.await(By.linkText("Temperature")).click();
      b.awaitViewData("drawnAt", "the chart on a phone");
      assertThat(b.widerThanTheWindow())
          .as("what makes the chart page wider than a phone")
          .isEmpty();
      b.screenshot("chart-phone");
    }
  }

  /** The range the chart page drew, [from, to) in epoch ms. */
  static long[] range(Browser b) {
    return new long[] {Long.parseLong(b.viewData("from")), Long.parseLong(b.viewData("to"))};
  }

  static long points(Browser b) {
    return Long.parseLong(b.viewData("points"));
  }

  /** Seeded samples fall a minute apart, 120 to 1 minutes before SEEDED: those in the range. */
  static long seededWithin(long[] range) {
    long n = 0;
    for (int i = 1; i <= 120; i++) {
      long t = SEEDED - i * MIN;
      n += t >= range[0] && t < range[1] ? 1 : 0;
    }
    return n;
  }
}
