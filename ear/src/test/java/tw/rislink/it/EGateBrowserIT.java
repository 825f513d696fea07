package tw.rislink.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URI;
import java.net.URL;
import java.net.http.HttpClient;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;
import tw.rislink.calendar.entity.RocDate;
import tw.rislink.platform.boundary.DemoDataSeeder;
import tw.rislink.query.boundary.DemoAgency;
import tw.rislink.register.control.InMemoryRegister;
import tw.rislink.register.control.RegisterSink;

/**
 * The electronic-gate workbench as an officer of a linked agency uses it (the demo agency
 * 臺北市政府社會局 and its officer, approved for household items on the e-gate channel): a query
 * that needs its case number, the answer under its watermark, the print page as paper shows it,
 * the code confirmed on the verification page, the query in the officer's own history, a doubt
 * about it raised and answered by DHR; and an officer of another agency, who can open neither the
 * result nor the code's details.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class EGateBrowserIT {

    private static ChromeDriver browser;

    @Deployment(testable = false)
    static EnterpriseArchive deployment() {
        return Deployments.ear();
    }

    @ArquillianResource
    private URL deployment;

    private URI base;

    @BeforeAll
    static void startBrowser() throws Exception {
        browser = Browser.start("zh-TW");
    }

    @AfterAll
    static void stopBrowser() {
        if (browser != null) {
            browser.quit();
        }
    }

    @BeforeEach
    void setUp() {
        base = Https.https(deployment, 0);
    }

    @AfterEach
    void noContentSecurityPolicyViolation() {
        assertEquals(List.of(), Browser.cspViolations(browser));
    }

    @Test
    void an_officer_queries_prints_verifies_and_finds_the_query_in_the_history_another_agency_sees_nothing()
            throws Exception {
        InMemoryRegister register = TestRegister.of(deployment);
        RegisterSink.Person person = register.persons.stream()
                .filter(p -> !p.removed() && p.householdNumber() != null)
                .findFirst()
                .orElseThrow();
        Browser.signIn(browser, base, DemoAgency.OFFICER);
        browser.findElement(By.cssSelector("[data-menu='menu-egate-query']")).click();
        choose("RQ02");

        ask(person.id(), "", "", "社會救助資格審查");
        Browser.waitFor(
                browser, ExpectedConditions.textToBePresentInElementLocated(By.id("query:caseNumberMessage"), "案號"));
        assertTrue(browser.findElements(By.id("answer")).isEmpty(), "nothing asked without a case number or reason");

        ask(person.id(), "北市社助字第1150001號", "", "社會救助資格審查");
        WebElement answer = Browser.waitFor(browser, ExpectedConditions.presenceOfElementLocated(By.id("answer")));
        String code = browser.findElement(By.id("answerCode")).getText().strip();
        assertTrue(code.matches("[2-9A-Z]{4}(-[2-9A-Z]{4}){3}"), code);
        assertEquals(code, answer.getAttribute("data-code"));
        assertEquals(person.name(), field("name"));
        assertEquals(RocDate.format(person.birthDate()), field("birthDate"));
        String today = RocDate.format(LocalDate.now(ZoneId.of("Asia/Taipei")));
        String watermark = watermark();
        assertTrue(watermark.contains(DemoAgency.OFFICER), watermark);
        assertTrue(watermark.contains(DemoAgency.CODE), watermark);
        assertTrue(watermark.contains(today), watermark);
        String digest = browser.findElement(By.id("answerDigest")).getText().strip();
        assertTrue(digest.matches("[0-9a-f]{64}"), digest);
        Browser.screenshot(browser, "egate-answer");

        browser.get(browser.findElement(By.id("printPage")).getAttribute("href"));
        Browser.waitFor(browser, ExpectedConditions.presenceOfElementLocated(By.id("answer")));
        assertEquals(code, browser.findElement(By.id("answerCode")).getText().strip());
        assertEquals(
                digest, browser.findElement(By.id("answerDigest")).getText().strip());
        assertEquals(person.name(), field("name"));
        browser.executeCdpCommand("Emulation.setEmulatedMedia", Map.of("media", "print"));
        try {
            assertFalse(browser.findElement(By.cssSelector(".rl-header")).isDisplayed(), "no header on paper");
            assertFalse(browser.findElement(By.id("menu")).isDisplayed(), "no menu on paper");
            assertFalse(browser.findElement(By.id("print")).isDisplayed(), "no print button on paper");
            assertTrue(browser.findElement(By.id("answer")).isDisplayed());
            assertEquals(person.name(), field("name"));
            assertTrue(watermark().contains(DemoAgency.OFFICER), "the watermark is printed");
        } finally {
            browser.executeCdpCommand("Emulation.setEmulatedMedia", Map.of("media", ""));
        }
        Browser.screenshot(browser, "egate-print");

        browser.findElement(By.cssSelector("[data-menu='menu-verify']")).click();
        WebElement typed = Browser.waitFor(browser, ExpectedConditions.presenceOfElementLocated(By.id("verify:code")));
        // As a reader types it from paper: lower case, no dashes.
        typed.sendKeys(code.replace("-", "").toLowerCase(Locale.ROOT));
        WebElement check = browser.findElement(By.id("verify:check"));
        check.click();
        Browser.waitForNewPage(browser, check);
        assertEquals(code, browser.findElement(By.id("confirmedCode")).getText().strip());
        assertTrue(browser.findElement(By.id("confirmedUser")).getText().contains(DemoAgency.OFFICER));
        assertTrue(browser.findElement(By.id("confirmedAgency")).getText().contains(DemoAgency.CODE));
        assertTrue(browser.findElement(By.id("confirmedTransaction")).getText().startsWith("RQ02"));
        assertEquals(
                digest, browser.findElement(By.id("confirmedDigest")).getText().strip());
        assertFalse(browser.getPageSource().contains(person.name()), "the verification page never shows the answer");
        Browser.screenshot(browser, "egate-verify");

        browser.findElement(By.cssSelector("[data-menu='menu-egate-history']")).click();
        WebElement row = Browser.waitFor(
                browser, ExpectedConditions.presenceOfElementLocated(By.cssSelector("a[data-code='" + code + "']")));
        assertTrue(row.findElement(By.xpath("ancestor::tr")).getText().contains(person.id()));
        Browser.screenshot(browser, "egate-history");

        browser.findElement(By.cssSelector("[data-menu='menu-egate-doubts']")).click();
        Browser.waitFor(browser, ExpectedConditions.presenceOfElementLocated(By.id("doubt:code")))
                .sendKeys(code);
        WebElement load = browser.findElement(By.id("doubt:load"));
        load.click();
        Browser.waitForNewPage(browser, load);
        type("doubt:reason", "出生日期與本機關受理之申請書不符");
        WebElement raise = browser.findElement(By.id("doubt:raise"));
        raise.click();
        Browser.waitForNewPage(browser, raise);
        java.util.regex.Matcher said = java.util.regex.Pattern.compile("#(\\d+)")
                .matcher(browser.findElement(By.id("messages")).getText());
        assertTrue(said.find(), "the doubt's number is told");
        String doubt = said.group(1);
        WebElement raised = browser.findElement(By.cssSelector("#doubts [data-doubt='" + doubt + "']"));
        assertTrue(raised.findElement(By.xpath("ancestor::tr")).getText().contains("待答復"));
        Browser.screenshot(browser, "egate-doubts");

        Browser.signIn(browser, base, "dhr");
        browser.findElement(By.cssSelector("[data-menu='menu-dhr-doubts']")).click();
        Browser.waitFor(
                        browser,
                        ExpectedConditions.elementToBeClickable(By.cssSelector("button[data-doubt='" + doubt + "']")))
                .click();
        Browser.waitFor(browser, ExpectedConditions.presenceOfElementLocated(By.id("review:answer")))
                .sendKeys("經查戶籍登記之出生日期無誤，請依戶籍資料辦理。");
        WebElement send = browser.findElement(By.id("review:send"));
        send.click();
        Browser.waitForNewPage(browser, send);
        assertTrue(browser.findElement(By.cssSelector("#list\\:doubts span[data-doubt='" + doubt + "']"))
                .findElement(By.xpath("ancestor::tr"))
                .getText()
                .contains("已答復"));
        Browser.screenshot(browser, "dhr-doubts");

        Browser.signIn(browser, base, "officer");
        browser.get(base.resolve("egate/print.xhtml?code=" + code).toString());
        Browser.waitFor(browser, ExpectedConditions.textToBePresentInElementLocated(By.id("messages"), "查無此查詢結果"));
        assertTrue(browser.findElements(By.id("answer")).isEmpty());
        assertFalse(browser.getPageSource().contains(person.name()));
        browser.get(base.resolve("verify.xhtml").toString());
        Browser.waitFor(browser, ExpectedConditions.presenceOfElementLocated(By.id("verify:code")))
                .sendKeys(code);
        check = browser.findElement(By.id("verify:check"));
        check.click();
        Browser.waitForNewPage(browser, check);
        assertTrue(browser.findElement(By.id("verify:codeMessage")).getText().contains("查無此驗證碼"));
        assertTrue(browser.findElements(By.id("confirmation")).isEmpty());
        assertFalse(browser.getPageSource().contains(DemoAgency.OFFICER), "nothing of the asker is told");
        Browser.signOut(browser, base);
    }

    @Test
    void an_officer_approved_for_photos_sees_the_cards_photo_on_screen_and_paper_the_welfare_officer_is_not_offered_it()
            throws Exception {
        InMemoryRegister register = TestRegister.of(deployment);
        Set<String> living = register.persons.stream()
                .filter(p -> !p.removed() && p.householdNumber() != null)
                .map(RegisterSink.Person::id)
                .collect(Collectors.toSet());
        String carded = register.cards.stream()
                .map(RegisterSink.IdCard::personId)
                .filter(living::contains)
                .findFirst()
                .orElseThrow();
        Browser.signIn(browser, base, DemoAgency.PHOTO_OFFICER);
        browser.findElement(By.cssSelector("[data-menu='menu-egate-query']")).click();
        Browser.waitFor(browser, ExpectedConditions.presenceOfElementLocated(By.id("query:transaction")));
        List<String> offered = offered();
        assertEquals(1, offered.size(), offered.toString());
        assertTrue(offered.get(0).startsWith("PH01"), offered.toString());

        ask(carded, "刑偵字第1150001號", "", "刑案偵查身分辨識");
        Browser.waitFor(browser, ExpectedConditions.presenceOfElementLocated(By.id("answer")));
        WebElement photo = browser.findElement(By.cssSelector("#watermarked [data-field='image'] img"));
        assertEquals("當事人最近一次領用國民身分證之相片", photo.getAttribute("alt"));
        assertTrue(photo.getAttribute("src").startsWith("data:image/png;base64,"));
        assertEquals(84L, shownWidth(photo), "the card's photo decoded and drawn (84 px wide)");
        assertTrue(watermark().contains(DemoAgency.PHOTO_OFFICER), "the photo is under the watermark too");
        Browser.screenshot(browser, "egate-photo");

        browser.get(browser.findElement(By.id("printPage")).getAttribute("href"));
        Browser.waitFor(browser, ExpectedConditions.presenceOfElementLocated(By.id("answer")));
        browser.executeCdpCommand("Emulation.setEmulatedMedia", Map.of("media", "print"));
        try {
            WebElement printed = browser.findElement(By.cssSelector("#watermarked [data-field='image'] img"));
            assertTrue(printed.isDisplayed(), "the photo is printed");
            assertEquals(84L, shownWidth(printed));
        } finally {
            browser.executeCdpCommand("Emulation.setEmulatedMedia", Map.of("media", ""));
        }

        Browser.signIn(browser, base, DemoAgency.OFFICER);
        browser.findElement(By.cssSelector("[data-menu='menu-egate-query']")).click();
        Browser.waitFor(browser, ExpectedConditions.presenceOfElementLocated(By.id("query:transaction")));
        List<String> welfare = offered();
        assertTrue(welfare.stream().anyMatch(l -> l.startsWith("RQ02")), welfare.toString());
        assertTrue(welfare.stream().noneMatch(l -> l.startsWith("PH01")), "no photos for a welfare office: " + welfare);
        Browser.signOut(browser, base);
    }

    /**
     * Picks an offered transaction in the workbench's menu and waits for the form of its fields;
     * nothing to do if it is already the one shown.
     */
    private void choose(String transaction) {
        WebElement personField =
                Browser.waitFor(browser, ExpectedConditions.presenceOfElementLocated(By.id("query:personId")));
        List<String> offered = offered();
        String label = offered.stream()
                .filter(t -> t.startsWith(transaction))
                .findFirst()
                .orElseThrow(() -> new AssertionError(transaction + " not in " + offered));
        if (browser.findElement(By.id("query:transaction_label"))
                .getText()
                .strip()
                .equals(label)) {
            return;
        }
        Browser.choose(browser, "query:transaction", label);
        Browser.waitFor(browser, ExpectedConditions.stalenessOf(personField));
    }

    /** The transactions the workbench's menu offers, as labelled. */
    private List<String> offered() {
        return browser.findElements(By.cssSelector("#query\\:transaction_input option")).stream()
                .map(o -> o.getAttribute("textContent").strip())
                .toList();
    }

    /** The image's own width once the browser has loaded it (0 for a broken image). */
    private long shownWidth(WebElement image) {
        Number width = new WebDriverWait(browser, Duration.ofSeconds(20)).until(driver -> (Number)
                browser.executeScript("return arguments[0].complete ? arguments[0].naturalWidth : null;", image));
        return width.longValue();
    }

    @Test
    void register_pages_are_never_stored_by_the_browser_and_carry_the_policy() throws Exception {
        HttpClient client = Https.client();
        assertTrue(new SignInForm(client, base)
                .signIn(DemoAgency.OFFICER, DemoDataSeeder.DEMO_PASSWORD)
                .signedIn());
        for (String page : List.of("egate/query.xhtml", "egate/history.xhtml", "egate/print.xhtml", "verify.xhtml")) {
            HttpResponse<String> response = Https.get(client, base.resolve(page), "zh-TW");
            assertEquals(200, response.statusCode(), page);
            assertEquals(List.of("no-store"), response.headers().allValues("Cache-Control"), page);
            String policy =
                    response.headers().firstValue("Content-Security-Policy").orElse("");
            assertTrue(policy.contains("script-src") && policy.contains("frame-ancestors 'none'"), page + " " + policy);
        }
    }

    private void ask(String personId, String caseNumber, String reason, String businessItem) {
        type("query:personId", personId);
        type("query:caseNumber", caseNumber);
        type("query:reason", reason);
        type("query:businessItem", businessItem);
        WebElement ask = browser.findElement(By.id("query:ask"));
        ask.click();
        Browser.waitForNewPage(browser, ask);
    }

    private void type(String id, String text) {
        WebElement input = browser.findElement(By.id(id));
        input.clear();
        input.sendKeys(text);
    }

    private String field(String name) {
        return browser.findElement(By.cssSelector("#watermarked [data-field='" + name + "']"))
                .getText()
                .strip();
    }

    /** The watermark as CSS draws it over the answer. */
    private String watermark() {
        return String.valueOf(browser.executeScript(
                "return getComputedStyle(document.getElementById('watermarked'), '::before').content;"));
    }
}
