package tw.rislink.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.ServerSetupTest;
import jakarta.mail.internet.MimeMessage;
import java.math.BigInteger;
import java.net.URI;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Date;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import org.bouncycastle.asn1.x500.X500Name;
import org.bouncycastle.asn1.x509.Extension;
import org.bouncycastle.asn1.x509.KeyUsage;
import org.bouncycastle.cert.jcajce.JcaX509CertificateConverter;
import org.bouncycastle.cert.jcajce.JcaX509v3CertificateBuilder;
import org.bouncycastle.operator.jcajce.JcaContentSignerBuilder;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;
import tw.rislink.calendar.entity.RocDate;
import tw.rislink.calendar.entity.TaiwanTime;

/**
 * The linking application as its five parties work it, each signed in as itself in a browser of
 * its own: an e-gate-over-VPN application (with a return for completion, an address conflict and
 * a failed link test that is retried) and a Web Service API application (no carrier: the agency
 * links again), each walked from the officer's draft to go-live.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class LinkingBrowserIT {

    /** A real SMTP server: each party is mailed when a step opens for it (port 3025, arquillian.xml). */
    @RegisterExtension
    static final GreenMailExtension MAIL = new GreenMailExtension(ServerSetupTest.SMTP);

    /** One browser per demo user, signed in once. */
    private static final Map<String, ChromeDriver> BROWSERS = new LinkedHashMap<>();

    @Deployment(testable = false)
    static EnterpriseArchive deployment() {
        return Deployments.ear();
    }

    @ArquillianResource
    private URL deployment;

    private URI base;

    @AfterAll
    static void stopBrowsers() {
        BROWSERS.values().forEach(ChromeDriver::quit);
        BROWSERS.clear();
    }

    @AfterEach
    void noContentSecurityPolicyViolation() {
        for (Map.Entry<String, ChromeDriver> browser : BROWSERS.entrySet()) {
            assertEquals(List.of(), Browser.cspViolations(browser.getValue()), browser.getKey());
        }
    }

    @Test
    void an_e_gate_over_vpn_application_passes_every_party_to_go_live() throws Exception {
        base = Https.https(deployment, 0);
        // The first host is inside the register network (10.250.0.0/16): DIS's assignment finds it.
        long id = apply("E_GATE_VPN", true, false, "10.250.7.20, 163.29.40.10", "PERSON_NAME", "ADDRESS");
        String number = caseNumber(id);
        screenshot("officer", "linking-application");
        queueShows("ciso", number, "SUBMISSION");
        screenshot("ciso", "linking-queue-ciso");
        queueShows("supervisor", number, "SUBMISSION");
        screenshot("supervisor", "linking-queue-supervisor");
        signOff(id);
        submit(id);
        assertTrue(mailed("local@demo.rislink.invalid", number), "the local unit is told the case waits for it");

        queueShows("local", number, "COMPLETENESS");
        screenshot("local", "linking-queue-local");
        act("local", id, "RETURN_FOR_COMPLETION", "法令依據請引用條號", null);
        assertTrue(mailed("officer@demo.rislink.invalid", number), "the officer is told of the return");
        // Changing the application voids the supervisor's approval, which is given again.
        ChromeDriver officer = as("officer");
        officer.get(base.resolve("officer/application.xhtml?id=" + id).toString());
        Browser.waitFor(officer, ExpectedConditions.presenceOfElementLocated(By.id("application:purpose")));
        WebElement basis = itemRow(officer, "PERSON_NAME").findElement(By.cssSelector("input.rl-basis"));
        basis.clear();
        basis.sendKeys("戶籍法第65條第1項");
        WebElement save = officer.findElement(By.id("application:save"));
        save.click();
        Browser.waitForNewPage(officer, save);
        assertEquals(
                "尚未完成",
                officer.findElement(By.id("supervisorApproval")).getText().strip());
        signOff(id);
        submit(id);

        act("local", id, "ACCEPT_AS_COMPLETE", null, null);
        act("local", id, "PROPOSE_REVIEW_RESULT", "核准姓名及戶籍地址兩項", null);
        queueShows("officer", number, "CO_CONFIRMATION");
        screenshot("officer", "linking-queue-officer");
        act("officer", id, "CO_CONFIRM", "同意", null);
        queueShows("dhr", number, "DHR_REVIEW");
        screenshot("dhr", "linking-queue-dhr");
        act("dhr", id, "APPROVE", null, null);

        queueShows("dis", number, "ADDRESS_ASSIGNMENT");
        screenshot("dis", "linking-queue-dis");
        String conflict = act(
                "dis",
                id,
                "ASSIGN_ADDRESSES",
                null,
                b -> ranges(b, "163.29.40.0/28", "163.29.40.16/28", "163.29.40.32/28"));
        assertTrue(conflict.contains("10.250.7.20") && conflict.contains("10.250.0.0/16"), conflict);
        assertEquals(List.of("ADDRESS_CHANGE"), openSteps("officer", id), "back to the applicant");
        act("officer", id, "CHANGE_ADDRESSES", "改用機關對外位址", b -> type(b, "case:hostAddresses", "163.29.40.20"));
        act(
                "dis",
                id,
                "ASSIGN_ADDRESSES",
                null,
                b -> ranges(b, "163.29.40.0 255.255.255.240", "163.29.40.16/28", "163.29.40.32/28"));
        screenshot("dis", "linking-case-assigned");

        act("dhr", id, "ISSUE_PASSWORD_TABLE", null, null);
        ChromeDriver dhr = as("dhr");
        WebElement table = dhr.findElement(By.id("passwordTable"));
        String password =
                table.findElement(By.cssSelector(".rl-password")).getText().strip();
        assertEquals(16, password.length(), table.getText());
        assertTrue(
                table.getText().contains(number) && table.getText().contains(RocDate.format(today())), table.getText());
        screenshot("dhr", "linking-password-table");
        dhr.navigate().refresh();
        Browser.waitFor(dhr, ExpectedConditions.presenceOfElementLocated(By.id("caseTitle")));
        assertTrue(dhr.findElements(By.id("passwordTable")).isEmpty(), "shown once");
        assertFalse(dhr.getPageSource().contains(password), "the password is nowhere after the first showing");

        // Steps 8–15 side by side: the link test date opens only once all of them are done.
        assertEquals(List.of("ITEM_REGISTRATION", "FIREWALL", "VPN_SETUP", "KEY_SUBMISSION"), openSteps("officer", id));
        queueShows("telecom", number, "VPN_SETUP");
        screenshot("telecom", "linking-queue-telecom");
        act("telecom", id, "SET_UP_VPN", null, null);
        act("local", id, "REGISTER_ITEMS", null, null);
        act("officer", id, "SUBMIT_PUBLIC_KEY", null, b -> type(b, "case:certificate", certificate()));
        act("dis", id, "CONFIGURE_FIREWALL", null, null);
        act("local", id, "RELAY_KEY_TO_DHR", null, null);
        act("dhr", id, "RELAY_KEY_TO_DIS", null, null);
        act("dis", id, "ISSUE_ISS_KEY", null, null);
        assertEquals(List.of("CIRCUIT"), openSteps("dis", id), "the link test waits for the circuit");
        act("telecom", id, "PASS_LINE_TEST", null, null);
        assertEquals(List.of("LINK_TEST_DATE"), openSteps("local", id));

        String day = RocDate.format(today());
        act("local", id, "SCHEDULE_LINK_TEST", null, b -> type(b, "case:linkTestOn", day));
        act("local", id, "RECORD_LINK_TEST_FAILED", "安全閘道未放行 443 埠", null);
        assertEquals(List.of("LINK_TEST_DATE"), openSteps("local", id), "a failed test is agreed again");
        act("local", id, "SCHEDULE_LINK_TEST", null, b -> type(b, "case:linkTestOn", day));
        act("local", id, "RECORD_LINK_TEST_PASSED", null, null);
        act("local", id, "CONFIRM_GO_LIVE_LOCAL", null, null);
        act("officer", id, "CONFIRM_GO_LIVE_APPLICANT", null, null);

        ChromeDriver local = as("local");
        open(local, id);
        assertEquals("LIVE", local.findElement(By.id("caseTitle")).getAttribute("data-status"));
        String history = local.findElement(By.id("history")).getText();
        for (String shown : List.of("退回補件", "法令依據請引用條號", "位址衝突", "測試失敗", "安全閘道未放行 443 埠", "確認上線")) {
            assertTrue(history.contains(shown), shown + " in " + history);
        }
        assertTrue(
                local.findElement(By.id("issKey")).getText().strip().matches("[A-Za-z0-9]{32}"),
                "the Iss key is shown to the parties");
        screenshot("local", "linking-case-live");

        // DIS replaces the live agency's key; the old one keeps working for its grace period.
        ChromeDriver dis = as("dis");
        open(dis, id);
        String before = dis.findElement(By.id("issKey")).getText().strip();
        dis.findElement(By.id("rotation:rotate")).click();
        Browser.waitFor(
                dis, ExpectedConditions.visibilityOfElementLocated(By.cssSelector(".ui-messages-info-summary")));
        String after = dis.findElement(By.id("issKey")).getText().strip();
        assertTrue(after.matches("[A-Za-z0-9]{32}") && !after.equals(before), before + " -> " + after);
    }

    @Test
    void a_web_service_api_application_of_an_agency_that_links_again_needs_no_carrier() throws Exception {
        base = Https.https(deployment, 0);
        // Taipei's data only: the permissions granted at go-live cover that county.
        long id = apply("WEB_SERVICE_API", false, true, "163.29.41.10", "PERSON_NAME", "BIRTH_DATE");
        String number = caseNumber(id);
        signOff(id);
        submit(id);

        // A forged post: the officer asks for DHR's approval by hand; refused, nothing changes.
        ChromeDriver officer = as("officer");
        open(officer, id);
        ((JavascriptExecutor) officer)
                .executeScript(
                        "PrimeFaces.ab({s:arguments[0],f:'case',p:'@form',u:'page messages',"
                                + "pa:[{name:'rlAction',value:'APPROVE'}]});",
                        officer.findElement(By.cssSelector("button[data-action='WITHDRAW']"))
                                .getAttribute("id"));
        String refusal = Browser.waitFor(
                        officer,
                        ExpectedConditions.visibilityOfElementLocated(By.cssSelector(".ui-messages-error-summary")))
                .getText();
        assertTrue(refusal.contains("此動作屬於本案的其他單位"), refusal);
        assertEquals(List.of("COMPLETENESS"), openSteps("officer", id), "nothing changed");

        act("local", id, "ACCEPT_AS_COMPLETE", null, null);
        act("local", id, "PROPOSE_REVIEW_RESULT", "同意姓名、出生日期", null);
        act("officer", id, "DISAGREE", "出生日期為必要項目，請再審酌", null);
        act("local", id, "PROPOSE_REVIEW_RESULT", "同意姓名、出生日期兩項", null);
        act("officer", id, "CO_CONFIRM", null, null);
        act("dhr", id, "APPROVE", null, null);
        act(
                "dis",
                id,
                "ASSIGN_ADDRESSES",
                null,
                b -> ranges(b, "163.29.41.0/28", "163.29.41.16/28", "163.29.41.32/28"));
        act("dhr", id, "ISSUE_PASSWORD_TABLE", null, null);
        assertEquals(
                List.of("ITEM_REGISTRATION", "FIREWALL", "KEY_SUBMISSION"), openSteps("dhr", id), "no carrier steps");
        assertTrue(queueLacks("telecom", number), "the carrier has nothing to do with this case");
        act("local", id, "REGISTER_ITEMS", null, null);
        act("dis", id, "CONFIGURE_FIREWALL", null, null);
        act("officer", id, "SUBMIT_PUBLIC_KEY", null, b -> type(b, "case:certificate", certificate()));
        act("local", id, "RELAY_KEY_TO_DHR", null, null);
        act("dhr", id, "RELAY_KEY_TO_DIS", null, null);
        act("dis", id, "ISSUE_ISS_KEY", null, null);
        act("local", id, "SCHEDULE_LINK_TEST", null, b -> type(b, "case:linkTestOn", RocDate.format(today())));
        act("local", id, "RECORD_LINK_TEST_PASSED", null, null);
        act("officer", id, "CONFIRM_GO_LIVE_APPLICANT", null, null);
        act("local", id, "CONFIRM_GO_LIVE_LOCAL", null, null);
        assertEquals("LIVE", as("local").findElement(By.id("caseTitle")).getAttribute("data-status"));
        assertTrue(as("local").findElement(By.id("coverage")).getText().contains("臺北市"));
        assertTrue(mailed("officer@demo.rislink.invalid", number + "：CONFIRM_GO_LIVE_LOCAL"), "go-live is mailed");
        ChromeDriver officerAfter = as("officer");
        officerAfter.get(base.resolve("officer/link.xhtml").toString());
        String permissions = Browser.waitFor(
                        officerAfter,
                        ExpectedConditions.presenceOfElementLocated(By.cssSelector("[id$='permissions']")))
                .getText();
        assertTrue(
                permissions.lines().anyMatch(l -> l.contains("BIRTH_DATE") && l.contains("臺北市")),
                "the API permissions cover Taipei only: " + permissions);
    }

    /** The officer fills in an application, uploads its documents, and the case's id is returned. */
    private long apply(String channel, boolean firstTime, boolean countyOnly, String hosts, String... items)
            throws Exception {
        ChromeDriver officer = as("officer");
        officer.get(base.resolve("officer/application.xhtml").toString());
        Browser.waitFor(officer, ExpectedConditions.presenceOfElementLocated(By.id("application:purpose")));
        Browser.choose(officer, "application:localUnit", "臺北市政府民政局");
        Browser.choose(officer, "application:channel", channelLabel(channel));
        if (!firstTime) {
            officer.findElement(By.cssSelector("#application\\:firstTime .ui-chkbox-box"))
                    .click();
        }
        if (countyOnly) {
            officer.findElement(By.cssSelector("#application\\:countyOnly .ui-chkbox-box"))
                    .click();
        }
        type(officer, "application:purpose", "辦理低收入戶資格審查");
        type(officer, "application:hostAddresses", hosts);
        type(officer, "application:contactName", "王承辦");
        type(officer, "application:contactPhone", "02-27256000#123");
        type(officer, "application:contactEmail", "officer@demo.rislink.invalid");
        type(officer, "application:supervisorName", "陳主管");
        for (String item : items) {
            WebElement row = itemRow(officer, item);
            row.findElement(By.cssSelector(".ui-chkbox-box")).click();
            row.findElement(By.cssSelector("input.rl-basis")).sendKeys("社會救助法第44條之2");
        }
        WebElement save = officer.findElement(By.id("application:save"));
        save.click();
        Browser.waitForNewPage(officer, save);
        String url = officer.getCurrentUrl();
        assertTrue(
                url.contains("id="),
                url + ": " + officer.findElement(By.id("messages")).getText());
        long id = Long.parseLong(url.replaceAll(".*[?&]id=(\\d+).*", "$1"));

        Path dir = Files.createTempDirectory("linking-documents");
        Path pdf = Files.write(dir.resolve("申請書.pdf"), "%PDF-1.4\n%scan\n".getBytes(StandardCharsets.US_ASCII));
        Path png = Files.write(dir.resolve("items.png"), new byte[] {(byte) 0x89, 'P', 'N', 'G', 13, 10, 26, 10, 0, 0});
        Path fake = Files.write(dir.resolve("rules.pdf"), "MZ this is a program".getBytes(StandardCharsets.US_ASCII));
        upload(officer, "MANAGEMENT_RULES", fake);
        assertTrue(
                officer.findElement(By.id("documents:fileMessage")).getText().contains("PDF"),
                "a file that is not what its name says is refused at the field");
        if (firstTime) {
            // 50 MB that says it is a PDF: refused at the field by its size, nothing stored.
            Path big = dir.resolve("掃描檔.pdf");
            try (java.io.RandomAccessFile file = new java.io.RandomAccessFile(big.toFile(), "rw")) {
                file.write("%PDF-1.4\n".getBytes(StandardCharsets.US_ASCII));
                file.setLength(50L * 1024 * 1024);
            }
            upload(officer, "APPLICATION_FORM", big);
            assertTrue(
                    officer.findElement(By.id("documents:fileMessage"))
                            .getText()
                            .contains("10 MB"),
                    officer.findElement(By.id("documents:fileMessage")).getText());
            assertTrue(officer.findElements(By.cssSelector("a.rl-document")).isEmpty(), "nothing stored");
        }
        upload(officer, "APPLICATION_FORM", pdf);
        upload(officer, "DATA_ITEM_LIST", png);
        upload(officer, "MANAGEMENT_RULES", pdf);
        upload(officer, "SECURITY_AGREEMENT", pdf);
        if (firstTime) {
            upload(officer, "GSN_VPN_FORM", pdf);
        }
        assertEquals("無", officer.findElement(By.id("missing")).getText().strip(), "every document the channel needs");
        return id;
    }

    private void upload(ChromeDriver officer, String kind, Path file) {
        Browser.choose(officer, "documents:kind", kindLabel(kind));
        officer.findElement(By.id("documents:file"))
                .sendKeys(file.toAbsolutePath().toString());
        WebElement upload = officer.findElement(By.id("documents:upload"));
        upload.click();
        Browser.waitForNewPage(officer, upload);
    }

    /** The CISO reviews the security agreement and the supervisor approves internal use. */
    private void signOff(long id) {
        ChromeDriver ciso = as("ciso");
        open(ciso, id);
        ciso.findElement(By.id("signoff:reviewAgreement")).click();
        Browser.waitFor(
                ciso, ExpectedConditions.visibilityOfElementLocated(By.cssSelector(".ui-messages-info-summary")));
        ChromeDriver supervisor = as("supervisor");
        open(supervisor, id);
        supervisor.findElement(By.id("signoff:approveUse")).click();
        Browser.waitFor(
                supervisor, ExpectedConditions.visibilityOfElementLocated(By.cssSelector(".ui-messages-info-summary")));
    }

    private void submit(long id) {
        ChromeDriver officer = as("officer");
        officer.get(base.resolve("officer/application.xhtml?id=" + id).toString());
        WebElement submit =
                Browser.waitFor(officer, ExpectedConditions.elementToBeClickable(By.id("submission:submit")));
        submit.click();
        Browser.waitForNewPage(officer, submit);
        assertTrue(
                officer.findElements(By.id("caseTitle")).size() == 1,
                "submitted: " + officer.findElement(By.id("messages")).getText());
    }

    /**
     * A party opens the case and takes one action, with a remark and what else it fills in; the
     * answer's message is returned (an action the platform turned into another is a warning).
     */
    private String act(String user, long id, String action, String remark, Consumer<ChromeDriver> fill) {
        ChromeDriver browser = as(user);
        open(browser, id);
        List<WebElement> button = browser.findElements(By.cssSelector("button[data-action='" + action + "']"));
        assertEquals(
                1,
                button.size(),
                user + " is offered " + action + " on "
                        + browser.findElement(By.id("page")).getText());
        if (remark != null) {
            type(browser, "case:remark", remark);
        }
        if (fill != null) {
            fill.accept(browser);
        }
        button.get(0).click();
        WebElement message = Browser.waitFor(
                browser,
                ExpectedConditions.visibilityOfElementLocated(By.cssSelector(
                        ".ui-messages-info-summary, .ui-messages-warn-summary, .ui-messages-error-summary")));
        assertTrue(
                browser.findElements(By.cssSelector(".ui-messages-error-summary"))
                        .isEmpty(),
                user + " " + action + ": " + message.getText());
        return message.getText();
    }

    private void open(ChromeDriver browser, long id) {
        browser.get(base.resolve("linking/case.xhtml?id=" + id).toString());
        Browser.waitFor(browser, ExpectedConditions.presenceOfElementLocated(By.id("caseTitle")));
    }

    private List<String> openSteps(String user, long id) {
        ChromeDriver browser = as(user);
        open(browser, id);
        List<String> steps = new ArrayList<>();
        browser.findElements(By.cssSelector("li.rl-open-step")).forEach(li -> steps.add(li.getAttribute("data-step")));
        return steps;
    }

    private String caseNumber(long id) {
        ChromeDriver officer = as("officer");
        open(officer, id);
        return officer.findElement(By.id("caseTitle")).getAttribute("data-case");
    }

    /** The party's home page lists the case at the step, with its deadline. */
    private void queueShows(String user, String number, String step) {
        ChromeDriver browser = home(user);
        List<WebElement> link =
                browser.findElements(By.cssSelector("a.rl-case[data-case='" + number + "'][data-step='" + step + "']"));
        assertEquals(
                1,
                link.size(),
                user + "'s queue: " + browser.findElement(By.id("queue")).getText());
    }

    private boolean queueLacks(String user, String number) {
        return home(user)
                .findElements(By.cssSelector("a.rl-case[data-case='" + number + "']"))
                .isEmpty();
    }

    private ChromeDriver home(String user) {
        ChromeDriver browser = as(user);
        browser.get(base.resolve("index.xhtml").toString());
        Browser.waitFor(browser, ExpectedConditions.presenceOfElementLocated(By.id("homeTitle")));
        return browser;
    }

    private ChromeDriver as(String user) {
        return BROWSERS.computeIfAbsent(user, name -> {
            try {
                ChromeDriver browser = Browser.start("zh-TW");
                Browser.signIn(browser, base, name);
                return browser;
            } catch (Exception e) {
                throw new IllegalStateException(e);
            }
        });
    }

    private void screenshot(String user, String name) throws Exception {
        Browser.screenshot(as(user), name);
    }

    private boolean mailed(String address, String text) throws Exception {
        long until = System.currentTimeMillis() + 20_000;
        while (System.currentTimeMillis() < until) {
            for (MimeMessage message : MAIL.getReceivedMessages()) {
                if (message.getAllRecipients()[0].toString().equalsIgnoreCase(address)
                        && message.getSubject().contains(text)) {
                    return true;
                }
            }
            Thread.sleep(200);
        }
        return false;
    }

    private static WebElement itemRow(ChromeDriver browser, String code) {
        return browser.findElement(By.xpath("//tr[.//span[@class='rl-code' and text()='" + code + "']]"));
    }

    private static void type(ChromeDriver browser, String id, String text) {
        WebElement field = browser.findElement(By.id(id));
        field.clear();
        field.sendKeys(text);
    }

    private static void ranges(ChromeDriver browser, String equipment, String gateway, String server) {
        Map<String, String> ranges =
                Map.of("EQUIPMENT", equipment, "SECURITY_GATEWAY", gateway, "GATEWAY_SERVER", server);
        ranges.forEach((purpose, range) -> {
            WebElement field = browser.findElement(By.cssSelector("input[data-purpose='" + purpose + "']"));
            field.clear();
            field.sendKeys(range);
        });
    }

    private static String channelLabel(String channel) {
        return switch (channel) {
            case "E_GATE_VPN" -> "電子閘門（GSN VPN）";
            case "WEB_SERVICE_API" -> "Web Service API";
            case "E_GATE" -> "電子閘門";
            default -> "聯結介面";
        };
    }

    private static String kindLabel(String kind) {
        return switch (kind) {
            case "APPLICATION_FORM" -> "申請書";
            case "DATA_ITEM_LIST" -> "資料項目表";
            case "MANAGEMENT_RULES" -> "使用戶役政資訊管理規定";
            case "SECURITY_AGREEMENT" -> "安全協議書";
            default -> "GSN VPN 申請表";
        };
    }

    private static LocalDate today() {
        return TaiwanTime.now().toLocalDate();
    }

    /** An agency certificate: RSA 2048, valid now, for digital signatures, PEM. */
    static String certificate() {
        try {
            KeyPairGenerator generator = KeyPairGenerator.getInstance("RSA");
            generator.initialize(2048);
            KeyPair pair = generator.generateKeyPair();
            X500Name name = new X500Name("CN=臺北市政府衛生局,O=臺北市政府,C=TW");
            Instant now = Instant.now();
            JcaX509v3CertificateBuilder builder = new JcaX509v3CertificateBuilder(
                    name,
                    BigInteger.valueOf(now.toEpochMilli()),
                    Date.from(now.minus(1, ChronoUnit.DAYS)),
                    Date.from(now.plus(365, ChronoUnit.DAYS)),
                    name,
                    pair.getPublic());
            builder.addExtension(Extension.keyUsage, true, new KeyUsage(KeyUsage.digitalSignature));
            byte[] der = new JcaX509CertificateConverter()
                    .getCertificate(
                            builder.build(new JcaContentSignerBuilder("SHA256withRSA").build(pair.getPrivate())))
                    .getEncoded();
            return "-----BEGIN CERTIFICATE-----\n"
                    + Base64.getMimeEncoder(64, "\n".getBytes(StandardCharsets.US_ASCII))
                            .encodeToString(der)
                    + "\n-----END CERTIFICATE-----\n";
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }
}
