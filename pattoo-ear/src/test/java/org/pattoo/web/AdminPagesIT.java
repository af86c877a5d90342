package org.pattoo.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.pattoo.testing.Browser;
import org.pattoo.testing.IngestDeployment;
import org.pattoo.testing.TestDatabase;
import org.pattoo.testing.TestServer;
import org.pattoo.testing.TestUsers;

/**
 * The administrators' pages in the browser: an admin creates a user, an agent token (whose secret
 * then posts, until it is revoked) and labels (typed in, and imported from a CSV file); the new
 * plain user must choose a password, sees no admin link, and an admin page tells them it is not
 * theirs while the server refuses them its data.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class AdminPagesIT {

  @Deployment(testable = false)
  static EnterpriseArchive ear() {
    return IngestDeployment.ear();
  }

  static final String ADMIN = "it-admin-web";
  static final String PASSWORD = "admin pages password";
  static final String PLAIN = "it-web-plain";
  static final String FIRST_PASSWORD = "first password of plain";
  static final String AGENT = "it-admin-pages";
  static final String PROGRAM = "pattoo_agent_itadmin";
  static final String TOKEN = "it-web-token";

  @BeforeAll
  static void seed() throws Exception {
    TestUsers.ensure(ADMIN, PASSWORD, "ADMIN");
    TestDatabase.execute("DELETE FROM app_user WHERE username = ?", PLAIN);
    TestDatabase.execute("DELETE FROM agent_token WHERE name = ?", TOKEN);
    TestDatabase.execute("DELETE FROM key_translation WHERE key LIKE ?", PROGRAM + "%");
    WebSeed.agent(AGENT, PROGRAM, "admin-1");
  }

  @Test
  void anAdminManagesUsersTokensAndLabelsAPlainUserCannotReachThosePages() throws Exception {
    try (Browser b = new Browser(Browser.DESKTOP)) {
      b.logIn(ADMIN, PASSWORD, "#/agents");
      b.await(By.linkText("Admin")).click();
      b.awaitHash("#/admin/users");
      b.await(By.id("new-username")).sendKeys(PLAIN);
      b.driver().findElement(By.id("new-full-name")).sendKeys("Plain User");
      b.driver().findElement(By.id("new-password")).sendKeys(FIRST_PASSWORD);
      b.driver().findElement(By.cssSelector("form[aria-labelledby=new-user-title] button")).click();
      WebElement row = b.await(By.cssSelector("tr[data-user='" + PLAIN + "']"));
      assertThat(row.getText()).contains("Plain User", "must change");
      assertThat(
              TestDatabase.rows(
                  "SELECT role, password_expired FROM app_user WHERE username = ?", PLAIN))
          .containsExactly(java.util.List.of("USER", "t"));
      b.screenshot("admin-users");

      String secret = agentToken(b);
      labels(b);

      b.driver().manage().window().setSize(Browser.PHONE);
      b.open("/pattoo/#/admin/users");
      b.await(By.cssSelector("tr[data-user='" + PLAIN + "']"));
      assertThat(b.widerThanTheWindow())
          .as("what makes the users page wider than a phone")
          .isEmpty();
      b.screenshot("admin-users-phone");
      assertThat(b.consoleErrors()).as("errors in the browser console").isEmpty();
      assertThat(secret).isNotBlank();
    }

    try (Browser b = new Browser(Browser.DESKTOP)) {
      b.logIn(PLAIN, FIRST_PASSWORD, "#/login");
      b.await(By.id("current")).sendKeys(FIRST_PASSWORD);
      b.driver().findElement(By.id("new")).sendKeys("second password of plain");
      b.driver().findElement(By.id("again")).sendKeys("second password of plain");
      b.driver().findElement(By.cssSelector("form button[type=submit]")).click();
      b.awaitHash("#/agents");
      b.await(By.linkText("Dashboard"));
      assertThat(b.driver().findElement(By.cssSelector("header .admin-only")).isDisplayed())
          .as("the admin link for a plain user")
          .isFalse();
      for (String page : new String[] {"users", "tokens", "translations"}) {
        b.open("/pattoo/#/admin/" + page);
        b.until(
            "the refusal on " + page,
            () -> b.await(By.cssSelector("#view h1")).getText().equals("Administrators only"));
        assertThat(b.driver().findElements(By.cssSelector("#view table"))).isEmpty();
      }
      b.screenshot("admin-refused");
      String answer =
          (String)
              b.driver()
                  .executeAsyncScript(
                      "const done = arguments[arguments.length - 1];"
                          + " const token = sessionStorage.getItem('pattoo.accessToken');"
                          + " fetch('api/v1/web/graphql', {method: 'POST', headers:"
                          + " {'Content-Type': 'application/json', Authorization: 'Bearer ' + token},"
                          + " body: JSON.stringify({query: '{ users { username } }'})})"
                          + ".then(r => r.text()).then(done, e => done(String(e)));");
      assertThat(answer)
          .as("the server's answer to a plain user's users query")
          .contains("errors")
          .doesNotContain(ADMIN);
    }
  }

  /** Makes an agent token: its secret, shown once, posts; once revoked it is refused. */
  static String agentToken(Browser b) throws Exception {
    b.driver().findElement(By.linkText("Agent tokens")).click();
    b.awaitHash("#/admin/tokens");
    b.await(By.id("token-name")).sendKeys(TOKEN);
    b.driver().findElement(By.cssSelector("form[aria-labelledby=new-token-title] button")).click();
    String secret = b.await(By.id("token-secret")).getText();
    assertThat(secret).startsWith("pattoo_agent_");
    assertThat(post(secret).statusCode()).as("posting with the new secret").isEqualTo(204);
    b.screenshot("admin-tokens");
    b.await(By.cssSelector("button[aria-label='Revoke " + TOKEN + "']")).click();
    b.driver().switchTo().alert().accept();
    b.until(
        "shown as revoked",
        () ->
            b.await(By.cssSelector("tr[data-token='" + TOKEN + "']"))
                .getText()
                .contains("revoked"));
    b.until("the revoked secret refused", () -> post(secret).statusCode() == 401);
    return secret;
  }

  /** A label typed in and one imported from a file; the agent's cards show both. */
  static void labels(Browser b) throws Exception {
    b.driver().findElement(By.linkText("Translations")).click();
    b.awaitHash("#/admin/translations");
    b.await(By.id("new-key")).sendKeys(PROGRAM + "_bytes");
    b.driver().findElement(By.id("new-label")).sendKeys("Bytes moved");
    b.driver().findElement(By.id("new-units")).sendKeys("B");
    b.driver().findElement(By.cssSelector("form[aria-labelledby=new-key-title] button")).click();
    b.await(By.cssSelector("tr[data-key='" + PROGRAM + "_bytes']"));

    Path csv = Files.createTempFile("labels", ".csv");
    Files.writeString(
        csv, "language,key,translation,units\nen," + PROGRAM + "_temperature,Room air,°C\n");
    b.driver().findElement(By.id("csv-file")).sendKeys(csv.toAbsolutePath().toString());
    b.driver().findElement(By.cssSelector("form[aria-labelledby=csv-title] button")).click();
    WebElement imported = b.await(By.cssSelector("tr[data-key='" + PROGRAM + "_temperature']"));
    assertThat(imported.findElement(By.cssSelector("input")).getAttribute("value"))
        .isEqualTo("Room air");
    Files.delete(csv);
    b.screenshot("admin-translations");

    b.open("/pattoo/#/agent?id=" + AGENT + "&target=admin-1");
    b.until("the cards", () -> b.driver().findElements(By.cssSelector(".datapoint")).size() == 3);
    String cards = b.driver().findElement(By.cssSelector(".cards")).getText();
    assertThat(cards).contains("Bytes moved", "B/s", "Room air", "°C");
  }

  static HttpResponse<String> post(String secret) throws Exception {
    return TestServer.post(
        "/pattoo/api/v2/write?bucket=it-admin-pages-token&precision=ms",
        ("tokened value=1 " + System.currentTimeMillis()).getBytes(StandardCharsets.UTF_8),
        "Authorization",
        "Token " + secret);
  }
}
