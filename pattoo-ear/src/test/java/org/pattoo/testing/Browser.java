package org.pattoo.testing;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.logging.Level;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.logging.LogEntry;
import org.openqa.selenium.logging.LogType;
import org.openqa.selenium.logging.LoggingPreferences;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * A headless Chromium for browser tests: Debian's {@code chromium} driven by Debian's {@code
 * chromedriver}, both named explicitly so Selenium never downloads either. Screenshots go to {@code
 * target/screenshots/}.
 */
public final class Browser implements AutoCloseable {

  public static final Dimension DESKTOP = new Dimension(1280, 900);
  public static final Dimension PHONE = new Dimension(390, 844);
  private static final Path CHROMIUM = Path.of("/usr/bin/chromium");
  private static final Path CHROMEDRIVER = Path.of("/usr/bin/chromedriver");

  private final ChromeDriver driver;

  public Browser(Dimension size) {
    if (!Files.isExecutable(CHROMIUM) || !Files.isExecutable(CHROMEDRIVER)) {
      throw new IllegalStateException(
          "browser tests need Debian's chromium and chromium-driver (./pattoo test installs them)");
    }
    ChromeOptions options = new ChromeOptions();
    options.setBinary(CHROMIUM.toString());
    // --no-sandbox: tests may run as root, where Chromium's sandbox refuses to start.
    options.addArguments(
        "--headless=new",
        "--no-sandbox",
        "--disable-dev-shm-usage",
        "--window-size=" + size.getWidth() + "," + size.getHeight(),
        "--lang=en-US",
        // Chromium looks up Google's hosts in the background even under chromedriver: tests reach
        // loopback only, so every other name is left unresolved.
        "--host-resolver-rules=MAP * ~NOTFOUND , EXCLUDE localhost , EXCLUDE 127.0.0.1 , EXCLUDE [::1]");
    LoggingPreferences logs = new LoggingPreferences();
    logs.enable(LogType.BROWSER, Level.ALL);
    options.setCapability(ChromeOptions.LOGGING_PREFS, logs);
    ChromeDriverService service =
        new ChromeDriverService.Builder()
            .usingDriverExecutable(CHROMEDRIVER.toFile())
            .usingAnyFreePort()
            .build();
    driver = new ChromeDriver(service, options);
    driver.manage().window().setSize(size);
  }

  public ChromeDriver driver() {
    return driver;
  }

  /** Opens a path of the test server, e.g. {@code /pattoo/#/agents}. */
  public void open(String path) {
    driver.get(TestServer.uri(path).toString());
  }

  /** The element, once it is visible (at most 15 s). */
  public WebElement await(By by) {
    return new WebDriverWait(driver, Duration.ofSeconds(15))
        .until(ExpectedConditions.visibilityOfElementLocated(by));
  }

  /** Waits until the page's URL hash starts with {@code hash}. */
  public void awaitHash(String hash) {
    new WebDriverWait(driver, Duration.ofSeconds(15))
        .until(d -> String.valueOf(script("return location.hash")).startsWith(hash));
  }

  /** Logs in through the login page and waits for the page it leads to. */
  public void logIn(String username, String password, String landing) {
    open("/pattoo/");
    awaitHash("#/login");
    await(By.id("username")).sendKeys(username);
    driver.findElement(By.id("password")).sendKeys(password);
    driver.findElement(By.cssSelector("form button[type=submit]")).click();
    awaitHash(landing);
  }

  /** Something the test waits for (at most 20 s); exceptions while checking count as not yet. */
  public interface Check {
    boolean holds() throws Exception;
  }

  public void until(String what, Check check) {
    new WebDriverWait(driver, Duration.ofSeconds(20))
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

  /** A data attribute of the page's main view, or null while the page has not set it. */
  public String viewData(String name) {
    return (String) script("return document.getElementById('view').dataset." + name);
  }

  /**
   * Waits (at most a minute: for figures, not a timer) until the view sets this data attribute;
   * saves a screenshot and reports the page's text when it does not.
   */
  public String awaitViewData(String name, String what) {
    try {
      new WebDriverWait(driver, Duration.ofSeconds(60)).until(d -> viewData(name) != null);
      return viewData(name);
    } catch (org.openqa.selenium.TimeoutException e) {
      screenshot("timed-out-" + name);
      throw new AssertionError(
          what
              + ": not done after 60 s; the page says: "
              + driver.findElement(By.id("view")).getText(),
          e);
    }
  }

  /** Waits until the view was drawn again after {@code before} (its earlier drawnAt). */
  public void awaitRedrawn(String what, String before) {
    until(
        what,
        () -> {
          String now = viewData("drawnAt");
          return now != null && !now.equals(before);
        });
  }

  /**
   * What makes the page wider than the window (the outermost such elements, at most five, each with
   * its right edge); empty when the page does not scroll sideways. Content of an element that
   * scrolls by itself (a wide table in its scroll box) does not count.
   */
  @SuppressWarnings("unchecked")
  public List<String> widerThanTheWindow() {
    return (List<String>)
        script(
            "const root = document.documentElement, w = root.clientWidth;"
                + " if (root.scrollWidth <= w) return [];"
                + " const scrolls = (el) => { for (let p = el.parentElement; p && p !== document.body;"
                + "   p = p.parentElement) if (getComputedStyle(p).overflowX !== 'visible') return true;"
                + "   return false; };"
                + " const wide = (el) => el && el !== document.body"
                + "   && el.getBoundingClientRect().right > w + 1 && !scrolls(el);"
                + " return [...document.body.querySelectorAll('*')]"
                + "   .filter((el) => wide(el) && !wide(el.parentElement)).slice(0, 5)"
                + "   .map((el) => el.tagName.toLowerCase() + (el.id ? '#' + el.id : '')"
                + "     + (typeof el.className === 'string' && el.className ? '.' + el.className : '')"
                + "     + ' to ' + Math.round(el.getBoundingClientRect().right) + ' px of ' + w);");
  }

  public Object script(String js, Object... args) {
    return ((JavascriptExecutor) driver).executeScript(js, args);
  }

  /** Console errors and uncaught exceptions since the last call. */
  public List<String> consoleErrors() {
    return driver.manage().logs().get(LogType.BROWSER).getAll().stream()
        .filter(e -> e.getLevel().intValue() >= Level.SEVERE.intValue())
        .map(LogEntry::getMessage)
        .toList();
  }

  /** Saves the viewport as {@code target/screenshots/<name>.png}; returns the path. */
  public Path screenshot(String name) {
    try {
      Path dir = Path.of("target", "screenshots");
      Files.createDirectories(dir);
      Path file = dir.resolve(name + ".png");
      Files.write(file, driver.getScreenshotAs(OutputType.BYTES));
      return file.toAbsolutePath();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  @Override
  public void close() {
    driver.quit();
  }
}
