package tw.rislink.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.ServerSetupTest;
import jakarta.mail.internet.MimeMessage;
import java.net.URI;
import java.net.URL;
import java.nio.file.Files;
import java.security.PrivateKey;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Collectors;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.extension.RegisterExtension;
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
 * JWT signed by its own key. Then it asks to move its host, MOI asks for more information, the
 * company answers it on its progress screen, and the old host keeps working until MOI approves
 * the change.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class IdCardApiBrowserIT {

    private static ChromeDriver browser;

    /** A real SMTP server: every decision is e-mailed to the company (port 3025, arquillian.xml). */
    @RegisterExtension
    static final GreenMailExtension MAIL = new GreenMailExtension(ServerSetupTest.SMTP);

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

    /** Every screen the test went through ran under the Content-Security-Policy without a refusal. */
    @AfterEach
    void noContentSecurityPolicyViolation() {
        assertEquals(List.of(), Browser.cspViolations(browser));
    }

    @Test
    void a_company_applies_is_approved_and_checks_a_card_with_its_iss_key() throws Exception {
        URI base = Https.https(deployment, 0);
        CompanyClient client = applyAndApprove(base, true);
        Map<String, String> card = cards(0, 1).get(0);
        assertEquals("1", client.check(card, "teller01", cardKey()).code());

        Browser.signInDemoCompany(browser, base);
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
        assertEquals("1", client.check(card, "teller01", cardKey()).code(), "the old host until approval");

        // MOI asks for more; the company answers on its progress screen and the change returns to the queue.
        askForMore(base, change, "請說明新主機之所在機房");
        assertTrue(mailed("申請 #" + change, "請說明新主機之所在機房"), "the question is e-mailed");
        Browser.signInDemoCompany(browser, base);
        browser.findElement(By.cssSelector("[data-menu='menu-company-progress']"))
                .click();
        WebElement send = wait(ExpectedConditions.elementToBeClickable(
                By.cssSelector(".rl-answer-send[data-request='" + change + "']")));
        fill("progress:answer", "新主機位於本行臺北第二機房。");
        screenshot("company-progress-asked");
        send.click();
        wait(ExpectedConditions.presenceOfElementLocated(
                By.cssSelector(".rl-status[data-request='" + change + "'][data-status='SUBMITTED']")));
        screenshot("company-progress-answered");
        signOut(base);

        approve(base, change);
        CompanyClient.Answer moved = client.check(card, "teller01", cardKey());
        assertEquals(403, moved.status());
        assertEquals("RS3811", moved.rdCode(), "after approval only the new host is accepted");
    }

    @Test
    void abnormal_use_is_explained_and_accepted_or_refused_and_a_plan_reopens_applications() throws Exception {
        URI base = Https.https(deployment, 0);
        CompanyClient client = applyAndApprove(base, false);
        PrivateKey key = cardKey();
        Map<String, String> good = cards(40, 1).get(0);

        misuse(client, "abuser1", cards(50, 8));
        String first = openedCase(base, "abuser1");
        signOut(base);
        assertEquals("8", client.check(good, "abuser1", key).code(), "the user is suspended");
        assertEquals("1", client.check(good, "clerk1", key).code(), "only that user");

        Browser.signInDemoCompany(browser, base);
        caseAction("menu-company-cases", first, "rl-explain", "測試人員誤用舊資料庫，已更正流程。", "ANSWERED");
        screenshot("company-case-explained");
        signOut(base);
        Browser.signIn(browser, base, "moi");
        caseAction("menu-moi-cases", first, "rl-accept", null, "ACCEPTED");
        signOut(base);
        assertEquals("1", client.check(good, "abuser1", key).code(), "accepted: the user checks again");

        misuse(client, "abuser2", cards(60, 8));
        String second = openedCase(base, "abuser2");
        assertEquals(
                1,
                browser.findElements(By.xpath("//tbody/tr[td[3][normalize-space()='abuser1']]"))
                        .size(),
                "the accepted user is not suspended again for the same day");
        signOut(base);
        Browser.signInDemoCompany(browser, base);
        caseAction("menu-company-cases", second, "rl-explain", "系統測試。", "ANSWERED");
        signOut(base);
        Browser.signIn(browser, base, "moi");
        caseAction("menu-moi-cases", second, "rl-refuse", "說明不足以排除不當查驗。", "REVOKED");
        screenshot("moi-case-refused");
        signOut(base);
        CompanyClient.Answer revoked = client.check(good, "clerk1", key);
        assertEquals("RS3811", revoked.rdCode(), "refused: the company's access is revoked");
        assertTrue(mailed("異常使用說明 #" + second, "說明不足以排除不當查驗"), "the refusal is e-mailed with its reason");

        Browser.signInDemoCompany(browser, base);
        fileApplication("127.0.0.1");
        assertTrue(
                browser.findElement(By.id("messages")).getText().contains("改善計畫"),
                "no application without an accepted improvement plan");
        caseAction("menu-company-cases", second, "rl-plan", "查驗僅限臨櫃開戶，每日檢核錯誤率並留存紀錄。", "IMPROVING");
        signOut(base);
        Browser.signIn(browser, base, "moi");
        caseAction("menu-moi-cases", second, "rl-accept-plan", null, "IMPROVED");
        signOut(base);
        Browser.signInDemoCompany(browser, base);
        fileApplication("127.0.0.1");
        assertEquals(1, browser.findElements(By.id("confirmation")).size(), "the plan accepted, applying again");
        signOut(base);
    }

    /**
     * Wrong checks of one user, three for each card: more than the 20 a day that count as abnormal,
     * even if another test has already locked one of the IDs for the company (answer 5).
     */
    private static void misuse(CompanyClient client, String user, List<Map<String, String>> cards) throws Exception {
        for (Map<String, String> card : cards) {
            Map<String, String> wrong = new TreeMap<>(card);
            wrong.put("applyCode", card.get("applyCode").equals("1") ? "2" : "1");
            for (int i = 0; i < 3; i++) {
                String code = client.check(wrong, user, cardKey()).code();
                assertTrue(Set.of("2", "3", "4", "5").contains(code), "a wrong check answers 2 to 5, not " + code);
            }
        }
    }

    /** MOI runs the detection on its cases screen; returns the new case of the user, MOI still signed in. */
    private String openedCase(URI base, String user) throws Exception {
        Browser.signIn(browser, base, "moi");
        browser.findElement(By.cssSelector("[data-menu='menu-moi-cases']")).click();
        WebElement scan = wait(ExpectedConditions.elementToBeClickable(By.id("cases:scan")));
        scan.click();
        wait(ExpectedConditions.textToBePresentInElementLocated(By.id("messages"), "新開案件"));
        WebElement row = wait(ExpectedConditions.presenceOfElementLocated(
                By.xpath("//tbody/tr[td[3][normalize-space()='" + user + "']][.//span[@data-status='OPEN']]")));
        return row.findElement(By.cssSelector(".rl-case-status")).getAttribute("data-case");
    }

    /** Opens a cases screen, writes the text (if any), presses the row's button and waits for the new status. */
    private void caseAction(String menu, String caseId, String button, String text, String status) {
        browser.findElement(By.cssSelector("[data-menu='" + menu + "']")).click();
        WebElement press = wait(
                ExpectedConditions.elementToBeClickable(By.cssSelector("." + button + "[data-case='" + caseId + "']")));
        if (text != null) {
            fill("cases:text", text);
        }
        press.click();
        wait(ExpectedConditions.presenceOfElementLocated(
                By.cssSelector(".rl-case-status[data-case='" + caseId + "'][data-status='" + status + "']")));
    }

    /**
     * The demo company applies (the card's key by default), MOI approves, and the company reads
     * its agency account and Iss key from the progress query.
     */
    private CompanyClient applyAndApprove(URI base, boolean look) throws Exception {
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
        fill("request:hostAddresses", "127.0.0.1 ::1");
        fill("request:contactName", "鄭經辦");
        fill("request:landline", "02-23565005#123");
        fill("request:mobile", "0912-345-678");
        fill("request:email", "api@bank.example.com.tw");
        fill("request:purpose", "開戶時核對客戶身分證領補換資料");
        fill("request:legalBasis", "洗錢防制法第7條");
        submit();
        assertEquals(
                "須同意管理規定。",
                browser.findElement(By.id("request:consentMessage")).getText(),
                "consent is required, said at the box");
        browser.findElement(By.cssSelector("#request\\:consent .ui-chkbox-box")).click();
        submit();
        WebElement confirmation = wait(ExpectedConditions.presenceOfElementLocated(By.id("confirmation")));
        String request = confirmation.getAttribute("data-request");
        assertTrue(
                confirmation.getText().matches("(?s).*\\d{3}/\\d{2}/\\d{2} \\d{2}:\\d{2}:\\d{2}.*"), "ROC date-time");
        if (look) {
            screenshot("company-apply-confirmation");
        }
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
        if (look) {
            screenshot("company-progress-approved");
        }
        signOut(base);
        return new CompanyClient(base, "04595252", account, iss);
    }

    /** Files an application with the prefilled company and key; the caller reads the answer. */
    private void fileApplication(String host) {
        browser.findElement(By.cssSelector("[data-menu='menu-company-apply']")).click();
        fill("request:hostAddresses", host);
        fill("request:contactName", "鄭經辦");
        fill("request:landline", "02-23565005");
        fill("request:mobile", "0912345678");
        fill("request:email", "api@bank.example.com.tw");
        fill("request:purpose", "開戶時核對客戶身分證領補換資料");
        fill("request:legalBasis", "洗錢防制法第7條");
        browser.findElement(By.cssSelector("#request\\:consent .ui-chkbox-box")).click();
        submit();
    }

    /** Whether a mail to the company with the subject and the text in its body arrives. */
    private static boolean mailed(String subject, String text) throws Exception {
        long until = System.currentTimeMillis() + 20_000;
        while (System.currentTimeMillis() < until) {
            for (MimeMessage message : MAIL.getReceivedMessages()) {
                if (message.getSubject().contains(subject)
                        && String.valueOf(message.getContent()).contains(text)
                        && message.getAllRecipients()[0].toString().equals("api@bank.example.com.tw")) {
                    return true;
                }
            }
            Thread.sleep(200);
        }
        return false;
    }

    /** The demo card's private key: by default the key that signs the company's calls. */
    private static PrivateKey cardKey() throws Exception {
        return SoftCard.open(
                        Files.readString(Browser.demoCard(CompanyCertificates.DEMO_COMPANY)),
                        CompanyCertificates.DEMO_PIN.toCharArray())
                .key();
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

    private void askForMore(URI base, String request, String question) {
        signIn(base, "moi");
        browser.findElement(By.cssSelector("[data-menu='menu-moi-review']")).click();
        WebElement ask = wait(
                ExpectedConditions.elementToBeClickable(By.cssSelector(".rl-ask[data-request='" + request + "']")));
        fill("review:note", question);
        ask.click();
        wait(ExpectedConditions.textToBePresentInElementLocated(By.id("messages"), request));
        signOut(base);
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

    private static InMemoryRegister register;

    /**
     * Queries for the current cards (not reported lost) of living persons of the regenerated
     * register, skipping the first ones, so that each test checks cards of its own.
     */
    private List<Map<String, String>> cards(int skip, int count) throws Exception {
        if (register == null) {
            register = TestRegister.of(deployment);
        }
        Map<String, List<RegisterSink.IdCard>> byPerson =
                register.cards.stream().collect(Collectors.groupingBy(RegisterSink.IdCard::personId));
        return register.persons.stream()
                .filter(p -> !p.removed() && byPerson.containsKey(p.id()))
                .filter(p -> latest(byPerson.get(p.id())).reportedLostOn() == null)
                .skip(skip)
                .limit(count)
                .map(person -> {
                    RegisterSink.IdCard card = latest(byPerson.get(person.id()));
                    Map<String, String> query = new TreeMap<>();
                    query.put("personId", person.id());
                    query.put("applyCode", String.valueOf(card.applyCode()));
                    query.put("applyYyymmdd", RocDate.formatCompact(card.issuedOn()));
                    query.put("issueSiteId", card.issueSite());
                    return query;
                })
                .toList();
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
        Browser.waitForNewPage(browser, button);
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
