package tw.rislink.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URI;
import java.net.URL;
import java.nio.file.Files;
import java.security.PrivateKey;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.ExpectedCondition;
import org.openqa.selenium.support.ui.ExpectedConditions;
import tw.rislink.calendar.entity.RocDate;
import tw.rislink.certificate.boundary.CompanyCertificates;
import tw.rislink.certificate.control.SoftCard;
import tw.rislink.register.control.InMemoryRegister;
import tw.rislink.register.control.RegisterSink;

/**
 * A company applies for the ID-card verification API in the browser, MOI approves it, the
 * company reads its Iss key from the progress query and checks a card of the register with a
 * JWT signed by its own key. Then it asks to move its host, and the old host keeps working until
 * MOI approves the change.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class IdCardApiBrowserIT {

    private static ChromeDriver browser;

    @Deployment(testable = false)
    static EnterpriseArchive deployment() {
        return Deployments.ear();
    }

    @ArquillianResource
    private URL deployment;

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

    @Test
    void a_company_applies_is_approved_and_checks_a_card_with_its_iss_key() throws Exception {
        URI base = Https.https(deployment, 0);
        // The card's own key verifies the API calls unless the company gives another one.
        PrivateKey key = SoftCard.open(
                        Files.readString(Browser.demoCard(CompanyCertificates.DEMO_COMPANY)),
                        CompanyCertificates.DEMO_PIN.toCharArray())
                .key();

        Browser.signInDemoCompany(browser, base);
        browser.findElement(By.cssSelector("[data-menu='menu-company-apply']")).click();
        assertEquals(
                "04595252",
                browser.findElement(By.id("request:businessId")).getAttribute("value"),
                "the company of the certificate");
        assertTrue(
                browser.findElement(By.id("request:publicKey"))
                        .getAttribute("value")
                        .contains("BEGIN CERTIFICATE"),
                "the certificate's key by default");
        fill("request:businessId", "04595252");
        fill("request:companyName", "示範商業銀行股份有限公司");
        fill("request:hostAddresses", "127.0.0.1 ::1");
        fill("request:contactName", "鄭經辦");
        fill("request:landline", "02-23565005#123");
        fill("request:mobile", "0912-345-678");
        fill("request:email", "api@bank.example.com.tw");
        fill("request:purpose", "開戶時核對客戶身分證領補換資料");
        fill("request:legalBasis", "洗錢防制法第7條");
        submit();
        assertTrue(
                browser.findElement(By.id("messages")).getText().contains("management rules"), "consent is required");
        browser.findElement(By.cssSelector("#request\\:consent .ui-chkbox-box")).click();
        submit();
        WebElement confirmation = wait(ExpectedConditions.presenceOfElementLocated(By.id("confirmation")));
        String request = confirmation.getAttribute("data-request");
        assertTrue(
                confirmation.getText().matches("(?s).*\\d{3}/\\d{2}/\\d{2} \\d{2}:\\d{2}:\\d{2}.*"), "ROC date-time");
        screenshot("company-apply-confirmation");
        signOut(base);

        approve(base, request);

        Browser.signInDemoCompany(browser, base);
        browser.findElement(By.cssSelector("[data-menu='menu-company-progress']"))
                .click();
        WebElement credential = wait(ExpectedConditions.presenceOfElementLocated(
                By.cssSelector(".rl-credential[data-request='" + request + "']")));
        String account = credential.findElement(By.className("rl-account")).getText();
        String iss = credential.findElement(By.className("rl-iss")).getText();
        assertTrue(account.matches("AW\\d{3}"), account);
        assertTrue(iss.matches("[A-Za-z0-9]{32}"), iss);
        screenshot("company-progress-approved");

        CompanyClient client = new CompanyClient(base, "04595252", account, iss);
        Map<String, String> card = currentCard();
        assertEquals("1", client.check(card, "teller01", key).code());

        browser.findElement(By.cssSelector("[data-menu='menu-company-apply']")).click();
        chooseType("ADDRESS_CHANGE");
        fill("request:businessId", "04595252");
        fill("request:companyName", "示範商業銀行股份有限公司");
        fill("request:hostAddresses", "10.20.30.40");
        fill("request:contactName", "鄭經辦");
        fill("request:landline", "02-23565005");
        fill("request:mobile", "0912345678");
        fill("request:email", "api@bank.example.com.tw");
        fill("request:purpose", "主機搬遷");
        fill("request:legalBasis", "洗錢防制法第7條");
        browser.findElement(By.cssSelector("#request\\:consent .ui-chkbox-box")).click();
        submit();
        List<WebElement> confirmed = browser.findElements(By.id("confirmation"));
        assertEquals(
                1,
                confirmed.size(),
                "no confirmation: " + browser.findElement(By.id("messages")).getText());
        String change = confirmed.get(0).getAttribute("data-request");
        signOut(base);
        assertEquals("1", client.check(card, "teller01", key).code(), "the old host until approval");

        approve(base, change);
        CompanyClient.Answer moved = client.check(card, "teller01", key);
        assertEquals(403, moved.status());
        assertEquals("RS3811", moved.rdCode(), "after approval only the new host is accepted");
    }

    @Test
    void only_a_current_trusted_card_of_the_company_typed_signs_in() throws Exception {
        URI base = Https.https(deployment, 0);
        String bank = CompanyCertificates.DEMO_COMPANY;
        String pin = CompanyCertificates.DEMO_PIN;

        Browser.signInWithCard(browser, base, bank, Browser.demoCard(bank), "000000");
        assertEquals(
                "憑證密碼錯誤。",
                wait(ExpectedConditions.visibilityOfElementLocated(By.id("cardError")))
                        .getText());
        assertTrue(browser.findElement(By.id("pin")).getAttribute("value").isEmpty(), "the PIN is wiped");

        assertEquals("此憑證已廢止。", refusal(base, bank, bank + "-revoked", pin));
        assertEquals("此憑證已逾有效期限。", refusal(base, bank, bank + "-expired", pin));
        assertEquals("憑證之營利事業統一編號與所輸入者不符。", refusal(base, "96979933", bank, pin));
        screenshot("certificate-sign-in-refused");

        // The company's account exists now (first card sign-in); a password cannot open it.
        Browser.signInDemoCompany(browser, base);
        signOut(base);
        browser.get(base.resolve("login.xhtml").toString());
        browser.findElement(By.id("signIn:username")).sendKeys(bank);
        browser.findElement(By.id("signIn:password")).sendKeys("anything");
        browser.findElement(By.id("signIn:submit")).click();
        assertTrue(wait(ExpectedConditions.presenceOfElementLocated(By.cssSelector(".ui-messages-error")))
                .getText()
                .contains("工商憑證"));
    }

    /** Signs in with a card the server should refuse and returns the refusal shown. */
    private String refusal(URI base, String typed, String card, String pin) {
        Browser.signInWithCard(browser, base, typed, Browser.demoCard(card), pin);
        return wait(ExpectedConditions.visibilityOfElementLocated(
                        By.cssSelector("#messages .ui-messages-error-summary")))
                .getText();
    }

    private void approve(URI base, String request) throws Exception {
        signIn(base, "moi");
        browser.findElement(By.cssSelector("[data-menu='menu-moi-review']")).click();
        WebElement approve = wait(
                ExpectedConditions.elementToBeClickable(By.cssSelector(".rl-approve[data-request='" + request + "']")));
        screenshot("moi-review-queue");
        approve.click();
        wait(ExpectedConditions.textToBePresentInElementLocated(By.id("messages"), request));
        signOut(base);
    }

    /** The current card of the first person of the regenerated register who has one not reported lost. */
    private Map<String, String> currentCard() throws Exception {
        InMemoryRegister register = TestRegister.of(deployment);
        Map<String, List<RegisterSink.IdCard>> byPerson =
                register.cards.stream().collect(Collectors.groupingBy(RegisterSink.IdCard::personId));
        RegisterSink.Person person = register.persons.stream()
                .filter(p -> !p.removed() && byPerson.containsKey(p.id()))
                .filter(p -> latest(byPerson.get(p.id())).reportedLostOn() == null)
                .findFirst()
                .orElseThrow();
        RegisterSink.IdCard card = latest(byPerson.get(person.id()));
        Map<String, String> query = new TreeMap<>();
        query.put("personId", person.id());
        query.put("applyCode", String.valueOf(card.applyCode()));
        query.put("applyYyymmdd", RocDate.formatCompact(card.issuedOn()));
        query.put("issueSiteId", card.issueSite());
        return query;
    }

    private static RegisterSink.IdCard latest(List<RegisterSink.IdCard> cards) {
        return cards.stream()
                .max(Comparator.comparing(RegisterSink.IdCard::issuedOn))
                .orElseThrow();
    }

    /** Picks the request type in PrimeFaces' menu through its underlying select, which the form submits. */
    private void chooseType(String type) {
        browser.executeScript("document.getElementById('request:type_input').value = arguments[0];", type);
    }

    private void fill(String id, String text) {
        WebElement field = browser.findElement(By.id(id));
        field.clear();
        field.sendKeys(text);
    }

    /** Submits the form and waits for the page that answers it (the form is posted, not sent by Ajax). */
    private void submit() {
        WebElement button = browser.findElement(By.id("request:submit"));
        button.click();
        wait(ExpectedConditions.stalenessOf(button));
    }

    private void signIn(URI base, String username) {
        Browser.signIn(browser, base, username);
    }

    private void signOut(URI base) {
        Browser.signOut(browser, base);
    }

    private static <T> T wait(ExpectedCondition<T> condition) {
        return Browser.waitFor(browser, condition);
    }

    private static void screenshot(String name) throws Exception {
        Browser.screenshot(browser, name);
    }
}
