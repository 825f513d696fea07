package tw.rislink.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URI;
import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.ExpectedCondition;
import org.openqa.selenium.support.ui.ExpectedConditions;
import tw.rislink.account.entity.Role;
import tw.rislink.certificate.boundary.CompanyCertificates;
import tw.rislink.platform.boundary.DemoDataSeeder;
import tw.rislink.register.control.InMemoryRegister;
import tw.rislink.register.control.RegisterSink;

/** Every role signs in through a real browser and sees its own menu, and nothing else. */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class RoleScreensBrowserIT {

    private static final Pattern ROC_DATE = Pattern.compile("\\d{3}/\\d{2}/\\d{2}");

    /** The demo users of DemoDataSeeder, one per role. */
    private static final Map<Role, String> USERS = Map.ofEntries(
            Map.entry(Role.APPLICANT_OFFICER, "officer"),
            Map.entry(Role.CISO, "ciso"),
            Map.entry(Role.AGENCY_SUPERVISOR, "supervisor"),
            Map.entry(Role.LOCAL_REGISTRATION, "local"),
            Map.entry(Role.DHR_REVIEWER, "dhr"),
            Map.entry(Role.DIS_ENGINEER, "dis"),
            Map.entry(Role.TELECOM, "telecom"),
            Map.entry(Role.AUDITOR, "auditor"),
            Map.entry(Role.COMPANY_USER, CompanyCertificates.DEMO_COMPANY),
            Map.entry(Role.MOI_API_REVIEWER, "moi"),
            Map.entry(Role.SYSTEM_ADMIN, "admin"));

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
        browser.manage().deleteAllCookies();
    }

    @Test
    void each_role_sees_its_own_menu_and_is_refused_the_others_screens() throws Exception {
        for (Role role : Role.values()) {
            if (role == Role.COMPANY_USER) {
                Browser.signInDemoCompany(browser, base);
            } else {
                signIn(USERS.get(role));
            }
            assertTrue(browser.getCurrentUrl().endsWith(role.homeViewId()), browser.getCurrentUrl());
            assertEquals(expectedMenu(role), menu(), "menu of " + role);
            assertTrue(
                    ROC_DATE.matcher(browser.findElement(By.id("today")).getText())
                            .find(),
                    "ROC date shown");

            Role other = role == Role.SYSTEM_ADMIN ? Role.AUDITOR : Role.SYSTEM_ADMIN;
            browser.get(base.resolve(other.homeViewId().substring(1)).toString());
            assertEquals("access-denied", errorKind(), role + " opened " + other.homeViewId());
            signOut();
        }
    }

    @Test
    void screens_are_traditional_chinese_first_and_switch_to_english() throws Exception {
        signIn("local");
        assertTrue(browser.findElement(By.id("homeRole")).getText().contains("戶役政單位"));
        screenshot("local-home-zh");
        browser.findElement(By.id("language:en")).click();
        wait(ExpectedConditions.textToBePresentInElementLocated(By.id("homeRole"), "Local registration unit"));
        screenshot("local-home-en");
        signOut();
    }

    @Test
    void auditor_verifies_todays_audit_trail_and_finds_it_intact() throws Exception {
        signIn("auditor");
        browser.findElement(By.cssSelector("[data-menu='menu-auditor-verify']")).click();
        WebElement result = wait(ExpectedConditions.presenceOfElementLocated(By.id("result")));
        assertEquals("0", result.getAttribute("data-findings"));
        assertTrue(Integer.parseInt(result.getAttribute("data-records")) >= 1, "today's sign-ins are recorded");
        assertTrue(ROC_DATE.matcher(browser.findElement(By.id("range:from")).getAttribute("value"))
                .matches());
        screenshot("auditor-verify");
        signOut();
    }

    @Test
    void administrator_unlocks_an_account_that_five_wrong_passwords_locked() throws Exception {
        SignInForm form = new SignInForm(Https.client(), base);
        for (int i = 0; i < 5; i++) {
            form.signIn("supervisor", "wrong");
        }
        assertTrue(
                form.signIn("supervisor", DemoDataSeeder.DEMO_PASSWORD).error().contains("locked"));

        signIn("admin");
        browser.findElement(By.cssSelector("[data-menu='menu-admin-users']")).click();
        WebElement row = wait(ExpectedConditions.presenceOfElementLocated(
                By.xpath("//tr[.//span[@class='rl-username' and text()='supervisor']]")));
        screenshot("admin-users-locked");
        row.findElement(By.xpath(".//button[contains(@id,'unlock')]")).click();
        wait(ExpectedConditions.textToBePresentInElementLocated(By.id("messages"), "supervisor"));
        signOut();

        assertTrue(form.signIn("supervisor", DemoDataSeeder.DEMO_PASSWORD).signedIn());
    }

    @Test
    void registration_officer_looks_up_a_person_with_a_rare_name_and_the_household() throws Exception {
        InMemoryRegister register = TestRegister.of(deployment);
        RegisterSink.Person person = register.persons.stream()
                .filter(p -> !p.removed() && p.name().codePoints().anyMatch(c -> c > 0xFFFF || c == 0x5803))
                .findFirst()
                .orElseThrow();
        signIn("dhr");
        browser.findElement(By.cssSelector("[data-menu='menu-dhr-register']")).click();
        lookUpPerson("", person.id());
        wait(ExpectedConditions.textToBePresentInElementLocated(By.id("lookup:reasonMessage"), "查詢事由"));

        lookUpPerson("戶籍測試 115 年度查核", person.id());
        WebElement panel = wait(ExpectedConditions.presenceOfElementLocated(By.cssSelector("[data-person]")));
        assertEquals(person.id(), panel.getAttribute("data-person"));
        assertEquals(person.name(), browser.findElement(By.id("name")).getText());
        assertEquals(
                tw.rislink.calendar.entity.RocDate.format(person.birthDate()),
                browser.findElement(By.id("birthDate")).getText());
        assertEquals(
                register.eventsOf(person.id()).size(),
                browser.findElements(By.cssSelector("[id$='events_data'] tr")).size());
        WebElement household = browser.findElement(By.cssSelector("[data-household]"));
        assertEquals(person.householdNumber(), household.getAttribute("data-household"));
        assertEquals(
                register.persons.stream()
                        .filter(p -> !p.removed() && p.householdNumber().equals(person.householdNumber()))
                        .count(),
                browser.findElements(By.cssSelector("[id$='members_data'] tr")).size());
        screenshot("dhr-register-person");

        RegisterSink.RetiredId retired = register.retired.get(0);
        lookUpPerson("統號變更查核", retired.retiredId());
        wait(ExpectedConditions.textToBePresentInElementLocated(By.id("retired"), retired.personId()));

        String wrong = person.id().substring(0, 9) + (char) ('0' + (person.id().charAt(9) - '0' + 1) % 10);
        lookUpPerson("統號變更查核", wrong);
        wait(ExpectedConditions.textToBePresentInElementLocated(
                By.id("lookup:personIdMessage"), "檢查碼應為 " + person.id().charAt(9)));
        assertTrue(browser.findElements(By.cssSelector("[data-person]")).isEmpty(), "nothing shown for a bad ID");
        signOut();
    }

    @Test
    void registration_officer_sees_village_statistics_as_table_and_charts() throws Exception {
        InMemoryRegister register = TestRegister.of(deployment);
        java.util.Set<String> taipei = register.households.stream()
                .filter(h -> h.address().getCountyCode().equals("63000"))
                .map(RegisterSink.Household::number)
                .collect(Collectors.toSet());
        long persons = register.persons.stream()
                .filter(p -> !p.removed() && taipei.contains(p.householdNumber()))
                .count();
        signIn("dhr");
        browser.findElement(By.cssSelector("[data-menu='menu-dhr-statistics']")).click();
        WebElement summary = wait(ExpectedConditions.presenceOfElementLocated(By.id("summary")));
        assertEquals(String.valueOf(persons), summary.getAttribute("data-total"), "臺北市 at the end of 115/10");
        assertEquals(String.valueOf(taipei.size()), summary.getAttribute("data-households"));
        assertEquals(2, browser.findElements(By.cssSelector(".rl-chart canvas")).size());
        screenshot("dhr-statistics");
        signOut();
    }

    @Test
    void auditor_finds_a_lookup_by_person_sees_its_details_and_exports_excel_and_pdf() throws Exception {
        signIn("dhr");
        browser.findElement(By.cssSelector("[data-menu='menu-dhr-register']")).click();
        lookUpPerson("稽核抽查測試", "A123456789");
        wait(ExpectedConditions.textToBePresentInElementLocated(By.id("messages"), "A123456789"));
        signOut();

        signIn("auditor");
        browser.findElement(By.cssSelector("[data-menu='menu-auditor-search']")).click();
        browser.findElement(By.id("criteria:person")).sendKeys("A123456789");
        browser.findElement(By.id("criteria:search")).click();
        WebElement count = wait(ExpectedConditions.presenceOfElementLocated(By.id("count")));
        assertTrue(Integer.parseInt(count.getAttribute("data-count")) >= 1);
        assertEquals(1, browser.findElements(By.cssSelector(".rl-chart canvas")).size());
        browser.findElements(By.cssSelector("button.rl-details")).get(0).click();
        wait(ExpectedConditions.textToBePresentInElementLocated(By.id("detailSubject"), "A123456789"));
        assertEquals("稽核抽查測試", browser.findElement(By.id("detailReason")).getText());
        assertEquals("dhr", browser.findElement(By.id("detailUser")).getText(), "the signed-in user, not anonymous");
        assertEquals("A01010000C", browser.findElement(By.id("detailAgency")).getText());
        screenshot("auditor-search");
        browser.findElement(By.cssSelector(".ui-dialog-titlebar-close")).click();

        Path downloads = Files.createDirectories(Path.of(System.getProperty("rislink.work.dir", "target"), "downloads")
                .toAbsolutePath());
        try (var old = Files.list(downloads)) {
            for (Path file : old.toList()) {
                Files.delete(file);
            }
        }
        browser.executeCdpCommand(
                "Browser.setDownloadBehavior", Map.of("behavior", "allow", "downloadPath", downloads.toString()));
        browser.findElement(By.id("results:excel")).click();
        Path excel = download(downloads, ".xlsx");
        try (var workbook = new org.apache.poi.xssf.usermodel.XSSFWorkbook(Files.newInputStream(excel))) {
            var sheet = workbook.getSheetAt(0);
            assertEquals("時間", sheet.getRow(0).getCell(0).getStringCellValue());
            assertEquals("A123456789", sheet.getRow(1).getCell(7).getStringCellValue());
        }
        browser.findElement(By.id("results:pdf")).click();
        Path pdf = download(downloads, ".pdf");
        String text = new com.lowagie.text.pdf.parser.PdfTextExtractor(
                        new com.lowagie.text.pdf.PdfReader(Files.readAllBytes(pdf)))
                .getTextFromPage(1);
        assertTrue(text.contains("A123456789") && text.contains("稽核抽查測試"), text);
        signOut();
    }

    private static Path download(Path folder, String extension) throws Exception {
        long deadline = System.currentTimeMillis() + 20_000;
        while (System.currentTimeMillis() < deadline) {
            try (var files = Files.list(folder)) {
                var found = files.filter(f -> f.toString().endsWith(extension)).findFirst();
                if (found.isPresent() && Files.size(found.get()) > 0) {
                    return found.get();
                }
            }
            Thread.sleep(200);
        }
        throw new AssertionError("no " + extension + " downloaded into " + folder);
    }

    @Test
    void administrator_keeps_the_national_holidays_of_the_working_day_calendar() throws Exception {
        signIn("admin");
        browser.findElement(By.cssSelector("[data-menu='menu-admin-holidays']")).click();
        WebElement table = wait(ExpectedConditions.presenceOfElementLocated(By.id("holidays:table")));
        assertTrue(table.getText().contains("115/10/26"), "the seeded 2026 holidays");
        browser.findElement(By.id("holidays:date")).sendKeys("116/01/01");
        browser.findElement(By.id("holidays:name")).sendKeys("開國紀念日");
        browser.findElement(By.id("holidays:add")).click();
        wait(ExpectedConditions.textToBePresentInElementLocated(By.id("holidays:table"), "116/01/01"));
        browser.findElement(By.id("holidays:date")).sendKeys("116/01/01");
        browser.findElement(By.id("holidays:name")).sendKeys("重複");
        browser.findElement(By.id("holidays:add")).click();
        wait(ExpectedConditions.textToBePresentInElementLocated(By.id("holidays:dateMessage"), "116/01/01 已是假日"));
        screenshot("admin-holidays");
        signOut();
    }

    @Test
    void register_lookup_says_what_is_wrong_at_the_field_and_reads_ids_as_the_clerk_means_them() throws Exception {
        List<RegisterSink.Person> persons = TestRegister.of(deployment).persons.stream()
                .filter(p -> !p.removed() && !p.id().equals("A123456789"))
                .skip(7)
                .limit(2)
                .toList();
        RegisterSink.Person pasted = persons.get(0);
        RegisterSink.Person refused = persons.get(1);
        String wrong =
                refused.id().substring(0, 9) + (char) ('0' + (refused.id().charAt(9) - '0' + 1) % 10);
        signIn("dhr");
        browser.findElement(By.cssSelector("[data-menu='menu-dhr-register']")).click();

        lookUpPerson("欄位訊息測試", wrong);
        WebElement message = wait(ExpectedConditions.visibilityOfElementLocated(By.id("lookup:personIdMessage")));
        assertTrue(
                message.getText()
                        .contains("統一編號「" + wrong + "」的檢查碼應為 " + refused.id().charAt(9)),
                message.getText());
        WebElement field = browser.findElement(By.id("lookup:personId"));
        assertEquals("true", field.getAttribute("aria-invalid"));
        assertEquals(
                message.getText(),
                browser.findElement(By.id(field.getAttribute("aria-describedby")))
                        .getText());
        assertEquals(field, browser.switchTo().activeElement(), "focus on the invalid field");
        assertTrue(browser.findElement(By.id("messages")).getText().isEmpty(), "the summary does not repeat it");
        screenshot("dhr-register-field-error-zh");
        browser.findElement(By.id("language:en")).click();
        wait(ExpectedConditions.presenceOfElementLocated(By.cssSelector("html[lang='en']")));
        lookUpPerson("field message test", wrong);
        wait(ExpectedConditions.textToBePresentInElementLocated(
                By.id("lookup:personIdMessage"),
                "the check digit should be " + refused.id().charAt(9)));
        screenshot("dhr-register-field-error-en");
        browser.findElement(By.id("language:zh")).click();
        wait(ExpectedConditions.presenceOfElementLocated(By.cssSelector("html[lang='zh-Hant-TW']")));

        lookUpPerson("欄位訊息測試", " " + pasted.id().toLowerCase(java.util.Locale.ROOT));
        WebElement panel = wait(ExpectedConditions.presenceOfElementLocated(By.cssSelector("[data-person]")));
        assertEquals(pasted.id(), panel.getAttribute("data-person"));
        signOut();
    }

    private void lookUpPerson(String reason, String id) {
        WebElement reasonField = browser.findElement(By.id("lookup:reason"));
        reasonField.clear();
        reasonField.sendKeys(reason);
        WebElement idField = browser.findElement(By.id("lookup:personId"));
        idField.clear();
        idField.sendKeys(id);
        browser.findElement(By.id("lookup:findPerson")).click();
    }

    private void signIn(String username) {
        Browser.signIn(browser, base, username);
    }

    private void signOut() {
        Browser.signOut(browser, base);
    }

    private Set<String> menu() {
        return browser.findElements(By.cssSelector("#menu [data-menu]")).stream()
                .map(e -> e.getAttribute("data-menu"))
                .collect(Collectors.toCollection(TreeSet::new));
    }

    private static Set<String> expectedMenu(Role role) {
        Set<String> expected = new TreeSet<>();
        expected.add("menu-" + role.area() + "-home");
        if (role == Role.SYSTEM_ADMIN) {
            expected.add("menu-admin-users");
            expected.add("menu-admin-holidays");
        }
        if (role == Role.AUDITOR) {
            expected.add("menu-auditor-verify");
            expected.add("menu-auditor-search");
        }
        if (role == Role.COMPANY_USER) {
            expected.add("menu-company-apply");
            expected.add("menu-company-progress");
            expected.add("menu-company-cases");
        }
        if (role == Role.MOI_API_REVIEWER) {
            expected.add("menu-moi-review");
            expected.add("menu-moi-cases");
        }
        if (role == Role.DHR_REVIEWER) {
            expected.add("menu-dhr-register");
            expected.add("menu-dhr-statistics");
        }
        return expected;
    }

    private String errorKind() {
        List<WebElement> error = browser.findElements(By.id("error"));
        return error.isEmpty() ? "none" : error.get(0).getAttribute("data-error");
    }

    private static <T> T wait(ExpectedCondition<T> condition) {
        return Browser.waitFor(browser, condition);
    }

    private static void screenshot(String name) throws Exception {
        Browser.screenshot(browser, name);
    }
}
