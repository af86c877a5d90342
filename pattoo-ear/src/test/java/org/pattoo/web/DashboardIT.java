package org.pattoo.web;

import static org.assertj.core.api.Assertions.assertThat;

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
import org.pattoo.testing.TestDatabase;
import org.pattoo.testing.TestUsers;

/**
 * Building a dashboard in the browser, as a plain user: pick datapoints on an agent's page, chart
 * them, save charts and make them favorites, see them drawn side by side, reorder them by dragging
 * and by keyboard, edit a chart; the order and contents the server keeps are read back from the
 * database.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class DashboardIT {

  @Deployment(testable = false)
  static EnterpriseArchive ear() {
    return IngestDeployment.ear();
  }

  static final String USER = "it-dash-user";
  static final String PASSWORD = "dashboard test password";
  static final String AGENT = "it-dash";
  static final String PROGRAM = "pattoo_agent_itdash";

  @BeforeAll
  static void seed() throws Exception {
    TestUsers.ensure(USER, PASSWORD, "USER");
    TestDatabase.execute(
        "DELETE FROM chart WHERE owner_id = (SELECT id FROM app_user WHERE username = ?)", USER);
    WebSeed.agent(AGENT, PROGRAM, "dash-1");
    WebSeed.translateTemperature(PROGRAM);
  }

  @Test
  void aUserBuildsReordersAndEditsADashboard() throws Exception {
    try (Browser b = new Browser(Browser.DESKTOP)) {
      b.logIn(USER, PASSWORD, "#/agents");
      b.script("sessionStorage.removeItem('pattoo.selection')");
      openAgent(b);
      pick(b, "Temperature");
      pick(b, PROGRAM + "_bytes");
      assertThat(b.await(By.cssSelector(".selection")).getText()).contains("2 datapoints picked");
      b.screenshot("agent-picked");
      b.driver().findElement(By.id("chart-selected")).click();
      b.awaitHash("#/chart?ids=");
      b.awaitViewData("drawnAt", "the picked datapoints' chart");
      assertThat(b.await(By.id("chart-title")).getText())
          .isEqualTo("Temperature, " + PROGRAM + "_bytes");
      assertThat(b.driver().findElement(By.cssSelector(".plot .u-legend")).getText())
          .contains("Temperature", PROGRAM + "_bytes");
      saveAndFavorite(b, "Dash pair");
      assertThat(b.script("return sessionStorage.getItem('pattoo.selection')"))
          .as("the pick is used up once saved")
          .isEqualTo("[]");

      openAgent(b);
      b.await(By.linkText(PROGRAM + "_state")).click();
      b.awaitHash("#/chart?ids=");
      b.awaitViewData("drawnAt", "the state's chart");
      saveAndFavorite(b, "Dash state");
      openAgent(b);
      b.await(By.linkText("Temperature")).click();
      b.awaitHash("#/chart?ids=");
      b.awaitViewData("drawnAt", "the temperature chart");
      saveAndFavorite(b, "Dash temperature");

      b.open("/pattoo/#/dashboard");
      b.awaitViewData("drawnAt", "the dashboard");
      assertThat(dashboard(b)).containsExactly("Dash pair", "Dash state", "Dash temperature");
      assertThat(card(b, "Dash pair").findElements(By.cssSelector("canvas"))).isNotEmpty();
      assertThat(card(b, "Dash state").findElements(By.cssSelector(".state-span"))).isNotEmpty();
      assertThat(card(b, "Dash temperature").findElements(By.cssSelector("canvas"))).isNotEmpty();
      b.screenshot("dashboard");

      new Actions(b.driver())
          .clickAndHold(card(b, "Dash temperature").findElement(By.cssSelector(".handle")))
          .moveToElement(card(b, "Dash pair"))
          .release()
          .perform();
      b.until(
          "dragged to the front",
          () -> dashboard(b).equals(List.of("Dash temperature", "Dash pair", "Dash state")));
      assertThat(keptOrder()).containsExactly("Dash temperature", "Dash pair", "Dash state");

      WebElement up = b.driver().findElement(By.cssSelector("[aria-label='Move Dash pair up']"));
      b.script("arguments[0].focus()", up);
      new Actions(b.driver()).sendKeys(Keys.ENTER).perform();
      b.until(
          "moved up by keyboard",
          () -> dashboard(b).equals(List.of("Dash pair", "Dash temperature", "Dash state")));
      assertThat(keptOrder()).containsExactly("Dash pair", "Dash temperature", "Dash state");

      b.driver()
          .findElement(By.cssSelector("[aria-label='Remove Dash state from the dashboard']"))
          .click();
      b.until("removed", () -> dashboard(b).equals(List.of("Dash pair", "Dash temperature")));
      assertThat(keptOrder()).containsExactly("Dash pair", "Dash temperature");

      editPair(b);

      b.driver().manage().window().setSize(Browser.PHONE);
      b.open("/pattoo/#/dashboard?range=1h");
      b.driver().navigate().refresh();
      b.awaitViewData("drawnAt", "the dashboard on a phone");
      assertThat(b.widerThanTheWindow())
          .as("what makes the dashboard wider than a phone")
          .isEmpty();
      b.screenshot("dashboard-phone");
      assertThat(b.consoleErrors()).as("errors in the browser console").isEmpty();
    }
  }

  /** The pair's chart renamed and its counter dropped, in the form under the chart. */
  static void editPair(Browser b) throws Exception {
    card(b, "Dash pair").findElement(By.linkText("Dash pair")).click();
    b.awaitHash("#/chart?chart=");
    String drawn = b.awaitViewData("drawnAt", "the pair's chart");
    b.await(By.cssSelector(".edit-chart summary")).click();
    WebElement name = b.await(By.id("edit-name"));
    name.clear();
    name.sendKeys("Dash temperature alone");
    long bytes = TestDatabase.datapointId(AGENT, PROGRAM + "_bytes");
    b.driver().findElement(By.id("keep-" + bytes)).click();
    b.driver().findElement(By.cssSelector(".edit button[type=submit]")).click();
    b.until(
        "renamed", () -> b.await(By.id("chart-title")).getText().equals("Dash temperature alone"));
    b.awaitRedrawn("redrawn with one series", drawn);
    assertThat(
            TestDatabase.rows(
                "SELECT cd.datapoint_id FROM chart_datapoint cd JOIN chart c ON c.id = cd.chart_id"
                    + " WHERE c.name = 'Dash temperature alone'"))
        .containsExactly(
            List.of(String.valueOf(TestDatabase.datapointId(AGENT, PROGRAM + "_temperature"))));
    b.screenshot("chart-edited");
  }

  static void openAgent(Browser b) {
    b.open("/pattoo/#/agent?id=" + AGENT + "&target=dash-1");
    b.until("the cards", () -> b.driver().findElements(By.cssSelector(".datapoint")).size() == 3);
  }

  static void pick(Browser b, String label) {
    b.driver()
        .findElement(By.cssSelector("input[aria-label='Pick " + label + " for a chart']"))
        .click();
  }

  /** Saves the chart on screen under this name, opens it and makes it a favorite. */
  static void saveAndFavorite(Browser b, String name) {
    b.await(By.id("chart-name")).sendKeys(name);
    b.driver().findElement(By.cssSelector("form.save button")).click();
    b.awaitHash("#/chart?chart=");
    b.until("the saved chart", () -> b.await(By.id("chart-title")).getText().equals(name));
    b.await(By.id("favorite")).click();
    b.until(
        "a favorite", () -> "true".equals(b.await(By.id("favorite")).getAttribute("aria-pressed")));
  }

  /** The chart names on the dashboard, in order. */
  static List<String> dashboard(Browser b) {
    return b.driver().findElements(By.cssSelector("ol.dashboard > li h2")).stream()
        .map(WebElement::getText)
        .toList();
  }

  static WebElement card(Browser b, String name) {
    return b.driver()
        .findElement(By.xpath("//ol[@class='dashboard']/li[.//h2/a[text()='" + name + "']]"));
  }

  /** The favorites' order the server keeps. */
  static List<String> keptOrder() throws Exception {
    return TestDatabase.rows(
            "SELECT c.name FROM favorite f JOIN chart c ON c.id = f.chart_id"
                + " JOIN app_user u ON u.id = f.user_id WHERE u.username = ? ORDER BY f.position",
            USER)
        .stream()
        .map(r -> r.get(0))
        .toList();
  }
}
