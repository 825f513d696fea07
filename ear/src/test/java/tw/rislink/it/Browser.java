package tw.rislink.it;

import java.io.IOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Assertions;
import org.junit.jupiter.api.Assumptions;
import org.openqa.selenium.By;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.WebDriverException;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.logging.LogEntry;
import org.openqa.selenium.logging.LogType;
import org.openqa.selenium.support.ui.ExpectedCondition;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;
import tw.rislink.certificate.boundary.CompanyCertificates;
import tw.rislink.platform.boundary.DemoDataSeeder;

/**
 * Headless Debian Chromium for screen tests. Without a browser the tests are skipped on a
 * developer's machine, but fail under CI=true: a screen test must never pass by not running.
 * Every page a helper here waits for or signs in on is checked by {@link Axe} (WCAG 2.1 AA).
 */
public final class Browser {

    private static final Path CHROMIUM = Path.of(System.getProperty("rislink.chromium", "/usr/bin/chromium"));
    private static final Path DRIVER = Path.of(System.getProperty("rislink.chromedriver", "/usr/bin/chromedriver"));

    private Browser() {}

    public static ChromeDriver start(String language) throws Exception {
        if (!Files.isExecutable(CHROMIUM) || !Files.isExecutable(DRIVER)) {
            String missing =
                    "No browser: need " + CHROMIUM + " and " + DRIVER + " (apt-get install chromium chromium-driver)";
            if ("true".equals(System.getenv("CI"))) {
                Assertions.fail(missing);
            }
            Assumptions.abort(missing);
        }
        ChromeOptions options = new ChromeOptions();
        options.setBinary(CHROMIUM.toFile());
        options.setAcceptInsecureCerts(true);
        options.addArguments(
                "--headless=new",
                "--no-sandbox",
                "--disable-gpu",
                "--disable-quic",
                "--no-first-run",
                "--disable-background-networking",
                "--disable-component-update",
                "--disable-sync",
                "--disable-dev-shm-usage",
                "--window-size=1280,900",
                "--lang=" + language,
                "--user-data-dir=" + Files.createTempDirectory("rislink-chromium"));
        options.setExperimentalOption("prefs", Map.of("intl.accept_languages", language));
        // The console log, for Content-Security-Policy violations (cspViolations).
        options.setCapability("goog:loggingPrefs", Map.of("browser", "ALL"));
        ChromeDriverService service = new ChromeDriverService.Builder()
                .usingDriverExecutable(DRIVER.toFile())
                .build();
        ChromeDriver driver = new ChromeDriver(service, options);
        driver.manage().timeouts().pageLoadTimeout(Duration.ofSeconds(60));
        return driver;
    }

    /**
     * What the browser's console said about the Content-Security-Policy since the last call (reading
     * empties the log): a refused inline script or handler is a screen that silently stops working.
     */
    public static List<String> cspViolations(ChromeDriver browser) {
        return browser.manage().logs().get(LogType.BROWSER).getAll().stream()
                .map(LogEntry::getMessage)
                .filter(message -> message.contains("Content Security Policy"))
                .toList();
    }

    /** Signs a demo user in through the sign-in page and waits for the home page. */
    public static void signIn(ChromeDriver browser, URI base, String username) {
        browser.manage().deleteAllCookies();
        browser.get(base.resolve("login.xhtml").toString());
        Axe.checkNewPage(browser);
        browser.findElement(By.id("signIn:username")).sendKeys(username);
        browser.findElement(By.id("signIn:password")).sendKeys(DemoDataSeeder.DEMO_PASSWORD);
        browser.findElement(By.id("signIn:submit")).click();
        waitFor(browser, ExpectedConditions.presenceOfElementLocated(By.id("homeTitle")));
    }

    /** A demo card the test server's test CA wrote (CompanyCertificates), e.g. "04595252-revoked". */
    public static Path demoCard(String name) {
        return Path.of(System.getProperty("rislink.it.data.dir"), "company-ca", "cards", name + ".card.json");
    }

    /**
     * Fills the business-certificate sign-in page with a card file and its PIN and presses
     * sign in; the caller waits for what it expects (the home page or a refusal).
     */
    public static void signInWithCard(ChromeDriver browser, URI base, String businessId, Path card, String pin) {
        browser.manage().deleteAllCookies();
        browser.get(base.resolve("certificate-login.xhtml").toString());
        Axe.checkNewPage(browser);
        browser.findElement(By.id("certSignIn:businessId")).sendKeys(businessId);
        browser.findElement(By.id("card")).sendKeys(card.toAbsolutePath().toString());
        browser.findElement(By.id("pin")).sendKeys(pin);
        browser.findElement(By.id("certSignIn:sign")).click();
    }

    /** Signs the demo company in with its card and waits for its home page. */
    public static void signInDemoCompany(ChromeDriver browser, URI base) {
        signInWithCard(
                browser,
                base,
                CompanyCertificates.DEMO_COMPANY,
                demoCard(CompanyCertificates.DEMO_COMPANY),
                CompanyCertificates.DEMO_PIN);
        waitFor(
                browser,
                ExpectedConditions.or(
                        ExpectedConditions.presenceOfElementLocated(By.id("homeTitle")),
                        ExpectedConditions.visibilityOfElementLocated(
                                By.cssSelector(".ui-messages-error, #cardError"))));
        Assertions.assertFalse(
                browser.findElements(By.id("homeTitle")).isEmpty(),
                () -> "card sign-in refused: "
                        + browser.findElement(By.tagName("main")).getText());
    }

    /** Signs out where someone is signed in, and waits for the sign-in page. */
    public static void signOut(ChromeDriver browser, URI base) {
        browser.get(base.resolve("index.xhtml").toString());
        List<WebElement> button = browser.findElements(By.id("signOut:submit"));
        if (!button.isEmpty()) {
            button.get(0).click();
            waitFor(browser, ExpectedConditions.presenceOfElementLocated(By.id("signIn:username")));
        }
    }

    public static <T> T waitFor(ChromeDriver browser, ExpectedCondition<T> condition) {
        T result = new WebDriverWait(browser, Duration.ofSeconds(20)).until(condition);
        Axe.checkNewPage(browser);
        return result;
    }

    /**
     * Picks the item of a PrimeFaces menu (selectOneMenu) by its label, as a user does, clicking
     * again until the menu shows it: the list is drawn when the menu first opens, and a click while
     * it is still sliding open can miss it or land on another item.
     *
     * @param menu the menu's client id, e.g. "query:transaction"
     */
    public static void choose(ChromeDriver browser, String menu, String label) {
        String css = "#" + menu.replace(":", "\\:");
        new WebDriverWait(browser, Duration.ofSeconds(20), Duration.ofMillis(200)).until(driver -> {
            if (browser.findElement(By.cssSelector(css + "_label"))
                    .getText()
                    .strip()
                    .equals(label)) {
                return true;
            }
            List<WebElement> item = browser.findElements(By.xpath("//*[@id='" + menu + "_items']//li[@data-label='"
                    + label + "' or normalize-space(.)='" + label + "']"));
            try {
                (!item.isEmpty() && item.get(0).isDisplayed() ? item.get(0) : browser.findElement(By.cssSelector(css)))
                        .click();
            } catch (WebDriverException notYet) {
                // Still sliding open or shut, or redrawn by the choice: tried again at the next poll.
            }
            return false;
        });
    }

    /** Waits until the page that held the element has been replaced (a posted form's answer). */
    public static void waitForNewPage(ChromeDriver browser, WebElement element) {
        waitFor(browser, driver -> {
            try {
                element.isEnabled();
                return false;
            } catch (StaleElementReferenceException gone) {
                return true;
            } catch (WebDriverException e) {
                // Chromium reports an element of a document being replaced this way at times,
                // instead of as stale.
                if (String.valueOf(e.getMessage()).contains("does not belong to the document")) {
                    return true;
                }
                throw e;
            }
        });
    }

    /**
     * Saves what the browser shows to target/screenshots/NAME.png, for people to look at, after
     * checking it with axe as it is now (an opened dialog, an ajax answer).
     */
    public static void screenshot(ChromeDriver browser, String name) throws IOException {
        Axe.check(browser);
        Path dir = Path.of(System.getProperty("rislink.work.dir", "target"), "screenshots");
        Files.createDirectories(dir);
        Files.write(dir.resolve(name + ".png"), browser.getScreenshotAs(OutputType.BYTES));
    }
}
