package org.jointcultivation.portal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * The pages in a real browser: Debian's {@code chromium} and {@code chromium-driver}, headless.
 * Each role signs in and sees what its rights give it, and only that; a tutor records a meeting
 * through the page and sees the duty turn fulfilled. Screenshots go to {@code
 * target/screenshots}. Without the browser the tests are skipped, except under CI ({@code
 * CI=true}), where they fail: CI installs the browser, so a missing one is a broken CI.
 */
class PortalBrowserTest {
  private static final Path CHROMIUM = Path.of("/usr/bin/chromium");
  private static final Path CHROMEDRIVER = Path.of("/usr/bin/chromedriver");
  private static final Path SCREENSHOTS = Path.of("target", "screenshots");

  @TempDir
  static Path profile;

  @TempDir
  Path data;

  private Portal portal;
  private WebDriver browser;

  @BeforeAll
  static void findTheBrowser() throws IOException {
    boolean present = Files.isExecutable(CHROMIUM) && Files.isExecutable(CHROMEDRIVER);
    if (!present && "true".equals(System.getenv("CI"))) {
      fail("CI=true but " + CHROMIUM + " or " + CHROMEDRIVER + " is missing: .ci/run installs chromium and chromium-driver");
    }
    Assumptions.assumeTrue(present, "no chromium and chromedriver here; install Debian's chromium and chromium-driver");
    Files.createDirectories(SCREENSHOTS);
  }

  @BeforeEach
  void start() throws IOException {
    portal = Portal.start(PortalConfig.h2(data, 0, Optional.of(PortalApiTest.DAY)), PortalApiTest.CLOCK);
    ChromeOptions options = new ChromeOptions();
    options.setBinary(CHROMIUM.toFile());
    // As root in CI Chromium needs --no-sandbox; the rest keep it from calling out of this closed network.
    options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
        "--disable-quic", "--no-first-run", "--disable-background-networking", "--disable-component-update",
        "--disable-sync", "--window-size=1280,1400",
        "--user-data-dir=" + Files.createTempDirectory(profile, "chromium"));
    // A driver service per browser: quitting a browser stops its service.
    ChromeDriverService service = new ChromeDriverService.Builder().usingDriverExecutable(CHROMEDRIVER.toFile())
        .usingAnyFreePort().build();
    browser = new ChromeDriver(service, options);
  }

  @AfterEach
  void stop() {
    if (browser != null) {
      browser.quit();
    }
    portal.close();
  }

  private WebDriverWait waiting() {
    return new WebDriverWait(browser, Duration.ofSeconds(20));
  }

  private void signIn(String username) {
    browser.get(portal.url());
    waiting().until(ExpectedConditions.visibilityOfElementLocated(By.id("username"))).sendKeys(username);
    browser.findElement(By.id("password")).sendKeys("demo");
    browser.findElement(By.id("sign-in-button")).click();
    waiting().until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector("#app section.card")));
  }

  private void screenshot(String name) throws IOException {
    File shot = ((TakesScreenshot) browser).getScreenshotAs(OutputType.FILE);
    Files.copy(shot.toPath(), SCREENSHOTS.resolve(name + ".png"), StandardCopyOption.REPLACE_EXISTING);
  }

  private String page() {
    return browser.findElement(By.tagName("body")).getText();
  }

  private String source() {
    return java.util.Objects.requireNonNull(browser.getPageSource(), "page source");
  }

  private static String attribute(WebElement element, String name) {
    return java.util.Objects.requireNonNull(element.getAttribute(name), name);
  }

  /** The row of {@code duty} in the trainee's duties the tutor's page shows. */
  private static By traineeDuty(String duty) {
    return By.cssSelector("#trainee-duties tr[data-duty='" + duty + "']");
  }

  private static By stateOf(String duty) {
    return By.cssSelector("#trainee-duties tr[data-duty='" + duty + "'] td.state");
  }

  private String stateShown(String duty) {
    return browser.findElement(stateOf(duty)).getText();
  }

  @Test
  void wrongPassword_staysOnTheSignInForm_withTheReason() {
    browser.get(portal.url());
    waiting().until(ExpectedConditions.visibilityOfElementLocated(By.id("username"))).sendKeys("office");
    browser.findElement(By.id("password")).sendKeys("guess");
    browser.findElement(By.id("sign-in-button")).click();
    waiting().until(ExpectedConditions.textToBePresentInElementLocated(By.id("sign-in-error"), "wrong password"));
    assertFalse(browser.findElement(By.id("app")).isDisplayed());
  }

  @Test
  void trainee_seesTheirDuties_withStateAndExplanation_theirHealthAdjustmentIncluded() throws IOException {
    signIn("s-14");
    waiting().until(ExpectedConditions.visibilityOfElementLocated(By.id("my-duties")));
    List<WebElement> rows = browser.findElements(By.cssSelector("#my-duties tr[data-duty]"));
    assertTrue(rows.size() > 10, "rows " + rows.size());
    assertTrue(rows.stream().allMatch(r -> attribute(r, "data-duty").contains("/S-14/")), "only their own");
    WebElement health = browser.findElement(By.cssSelector("tr[data-duty^='health-adjustment/S-14/']"));
    assertEquals("fulfilled", health.findElement(By.cssSelector("td.state")).getText());
    assertTrue(health.getText().contains("HealthAdjustmentMade within P10D"), health.getText());
    screenshot("trainee");
  }

  @Test
  void tutor_seesTheirTraineesAndWhatFallsDue_neverAnotherTraineesHealth() throws IOException {
    signIn("t-ymu-1");
    waiting().until(ExpectedConditions.visibilityOfElementLocated(By.id("my-trainees")));
    List<String> trainees = browser.findElements(By.cssSelector("#my-trainees tr[data-id]")).stream()
        .map(r -> attribute(r, "data-id")).toList();
    assertEquals(List.of("S-01", "S-05", "S-09", "S-13", "S-17", "S-21"), trainees);
    assertFalse(browser.findElements(By.cssSelector("#due-soon tr[data-duty]")).isEmpty(),
        "something falls due this month");
    String text = page() + source();
    assertFalse(text.contains("S-14"), "S-14, whose health adjustment this tutor may not see, is not on the page");
    assertFalse(text.contains("health-adjustment/"), "no health duty of anyone");
    screenshot("tutor");
  }

  @Test
  void tutor_recordsAMeetingThroughThePage_andSeesTheDutyTurnFulfilled() throws IOException {
    signIn("t-kmu-1");
    waiting().until(ExpectedConditions.visibilityOfElementLocated(By.id("record-meeting")));
    new Select(browser.findElement(By.id("meeting-student"))).selectByValue("S-01");
    waiting().until(ExpectedConditions.textToBePresentInElementLocated(
        stateOf(PortalApiTest.DEBRIEFING_DUTY), "in effect"));
    new Select(browser.findElement(By.id("meeting-kind"))).selectByValue("PROGRESS_DEBRIEFING");
    int before = portal.eventCount();

    browser.findElement(By.cssSelector("#record-meeting button[type=submit]")).click();

    waiting().until(ExpectedConditions.textToBePresentInElementLocated(By.id("meeting-message"), "Meeting recorded."));
    waiting().until(ExpectedConditions.textToBePresentInElementLocated(
        stateOf(PortalApiTest.DEBRIEFING_DUTY), "fulfilled"));
    assertEquals("fulfilled", stateShown(PortalApiTest.DEBRIEFING_DUTY));
    assertEquals(before + 1, portal.eventCount());
    ((org.openqa.selenium.JavascriptExecutor) browser).executeScript("arguments[0].scrollIntoView({block: 'center'})",
        browser.findElement(traineeDuty(PortalApiTest.DEBRIEFING_DUTY)));
    screenshot("meeting-recorded");
  }

  @Test
  void office_seesTheDashboard_withTheChart_complianceAndViolations_butNoHealthAndNoSanctions() throws IOException {
    signIn("office");
    waiting().until(ExpectedConditions.visibilityOfElementLocated(By.id("compliance-chart")));
    assertEquals(24, browser.findElements(By.cssSelector("#compliance-per-trainee tr[data-id]")).size());
    assertFalse(browser.findElements(By.cssSelector("#compliance-per-tutor tr[data-id]")).isEmpty());
    assertFalse(browser.findElements(By.cssSelector("#violations tr[data-duty]")).isEmpty());
    assertFalse(browser.findElements(By.cssSelector("#compliance-chart polyline")).isEmpty(), "the line is drawn");
    String source = source();
    assertFalse(source.contains("health-adjustment/"), "the office does not see health duties");
    assertFalse(source.contains("CRITICISM"), "nor the sanctions the disciplinary body decides");
    screenshot("office");
  }

  @Test
  void enterprise_seesTheMeetingsOfItsPlacements_andNothingElse() throws IOException {
    signIn("enterprise");
    waiting().until(ExpectedConditions.visibilityOfElementLocated(By.id("records-you-may-see")));
    List<WebElement> rows = browser.findElements(By.cssSelector("#records-you-may-see tr[data-event]"));
    assertFalse(rows.isEmpty(), "the meetings held while its trainees were placed with it");
    String text = page();
    assertTrue(text.contains("supervision meeting held"), text);
    for (String hidden : List.of("health", "feedback", "incident", "measure")) {
      assertFalse(text.toLowerCase(java.util.Locale.ROOT).contains(hidden), hidden + " on the enterprise's page");
    }
    assertFalse(text.contains("S-01"), "S-01 was never placed with it");
    screenshot("enterprise");
  }

  @Test
  void disciplinaryBody_decidesAProposal_andTheDecisionIsRecorded() throws IOException {
    signIn("discipline");
    WebElement approve = waiting().until(ExpectedConditions.elementToBeClickable(
        By.cssSelector("tr[data-proposal^='S-20|student-discipline|CRITICISM'] button[data-decide=APPROVED]")));
    screenshot("discipline");
    int before = portal.eventCount();

    approve.click();

    waiting().until(driver -> portal.eventCount() == before + 2);
    waiting().until(ExpectedConditions.visibilityOfElementLocated(By.id("compliance-over-time")));
  }
}
