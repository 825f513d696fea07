package tw.rislink.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URI;
import java.net.URL;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;
import java.util.regex.Pattern;
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
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.interactions.Actions;
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
    private static final Pattern ROC_DATE_TIME = Pattern.compile("\\d{3}/\\d{2}/\\d{2} \\d{2}:\\d{2}:\\d{2}");

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

    /** Every screen the test went through ran under the Content-Security-Policy without a refusal. */
    @AfterEach
    void noContentSecurityPolicyViolation() {
        assertEquals(List.of(), Browser.cspViolations(browser));
    }

    @BeforeEach
    void setUp() {
        base = Https.https(deployment, 0);
        browser.manage().deleteAllCookies();
    }

    /** The check after each test sees refusals: an injected inline script is refused and reported. */
    @Test
    void an_inline_script_is_refused_by_the_screens_policy_and_reported() {
        browser.get(base.resolve("login.xhtml").toString());
        browser.executeScript("var s = document.createElement('script');"
                + " s.textContent = 'document.body.dataset.inline = \"ran\"'; document.head.appendChild(s);");
        assertEquals(null, browser.findElement(By.tagName("body")).getAttribute("data-inline"));
        assertTrue(!Browser.cspViolations(browser).isEmpty(), "the refusal is in the console log");
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
    void auditor_verifying_days_still_to_come_is_told_there_are_no_records_typing_a_compact_date() throws Exception {
        signIn("auditor");
        browser.findElement(By.cssSelector("[data-menu='menu-auditor-verify']")).click();
        wait(ExpectedConditions.presenceOfElementLocated(By.id("result")));
        WebElement from = browser.findElement(By.id("range:from"));
        from.clear();
        from.sendKeys("1190601");
        WebElement to = browser.findElement(By.id("range:to"));
        to.clear();
        to.sendKeys("119/06/03");
        WebElement verify = browser.findElement(By.id("range:verify"));
        verify.click();
        Browser.waitForNewPage(browser, verify);
        WebElement result = wait(ExpectedConditions.presenceOfElementLocated(By.id("result")));
        assertEquals("empty", result.getAttribute("data-verdict"));
        assertEquals("尚無紀錄", browser.findElement(By.id("verdict")).getText());
        assertTrue(
                browser.findElement(By.id("summary")).getText().contains("119/06/01 至 119/06/03 尚無稽核紀錄"),
                browser.findElement(By.id("summary")).getText());
        assertEquals("119/06/01", browser.findElement(By.id("range:from")).getAttribute("value"), "1190601 read");
        screenshot("auditor-verify-empty");
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
    void the_home_page_shows_the_previous_sign_in_and_the_failed_attempts_since_it() throws Exception {
        signIn("dis");
        signOut();
        typeSignIn("dis", "not-the-password");
        wait(ExpectedConditions.textToBePresentInElementLocated(By.cssSelector(".ui-messages-error"), "密碼錯誤"));
        signIn("dis");
        assertTrue(
                ROC_DATE_TIME
                        .matcher(browser.findElement(By.id("lastSignIn")).getText())
                        .find(),
                "the previous sign-in's ROC time: "
                        + browser.findElement(By.id("lastSignIn")).getText());
        assertTrue(browser.findElement(By.id("lastSignIn")).getText().contains("來自 "), "and its address");
        assertEquals("1", browser.findElement(By.id("failedSince")).getText());
        screenshot("home-previous-sign-in-zh");
        signOut();
    }

    @Test
    void the_fifth_wrong_password_says_until_when_the_sign_in_is_locked() throws Exception {
        // A name of this test's own: it answers exactly as an account does (SignInAnswersIT).
        String name = "nobody-" + System.nanoTime() % 1_000_000_000L;
        for (int i = 0; i < 5; i++) {
            typeSignIn(name, "wrong-" + i);
        }
        WebElement message = wait(ExpectedConditions.visibilityOfElementLocated(By.cssSelector(".ui-messages-error")));
        assertTrue(message.getText().contains("鎖定"), message.getText());
        assertTrue(ROC_DATE_TIME.matcher(message.getText()).find(), "the lock's end: " + message.getText());
        screenshot("signin-locked-zh");
    }

    @Test
    void a_deep_link_opened_signed_out_returns_to_its_page_after_sign_in() throws Exception {
        browser.get(base.resolve("dhr/statistics.xhtml").toString());
        browser.findElement(By.id("signIn:username")).sendKeys("dhr");
        browser.findElement(By.id("signIn:password")).sendKeys(DemoDataSeeder.DEMO_PASSWORD);
        browser.findElement(By.id("signIn:submit")).click();
        wait(ExpectedConditions.presenceOfElementLocated(By.id("summary")));
        assertTrue(browser.getCurrentUrl().endsWith("/dhr/statistics.xhtml"), browser.getCurrentUrl());
        signOut();
    }

    private void typeSignIn(String username, String password) {
        browser.get(base.resolve("login.xhtml").toString());
        browser.findElement(By.id("signIn:username")).sendKeys(username);
        browser.findElement(By.id("signIn:password")).sendKeys(password);
        WebElement submit = browser.findElement(By.id("signIn:submit"));
        submit.click();
        Browser.waitForNewPage(browser, submit);
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
        assertIntegerTicks("results:volume_canvas");
        WebElement lookup = browser.findElement(
                By.xpath("//tbody[@id='results:records_data']/tr[.//span[@class='rl-action' and text()='查詢個人戶籍資料']]"));
        assertEquals("查無資料", lookup.findElement(By.className("rl-outcome")).getText(), "A123456789 is not held");
        assertTrue(lookup.getText().contains("畫面"), lookup.getText());
        assertEquals(
                "",
                browser.executeScript("return Array.from(document.querySelectorAll('#results\\\\:records td'))"
                        + ".filter(td => td.scrollWidth > td.clientWidth + 1"
                        + " || td.getBoundingClientRect().right > window.innerWidth)"
                        + ".map(td => td.textContent).join(' | ')"),
                "no cell overflows or reaches past the 1280 px window");
        lookup.findElement(By.cssSelector("button.rl-details")).click();
        wait(ExpectedConditions.textToBePresentInElementLocated(By.id("detailSubject"), "A123456789"));
        assertEquals("稽核抽查測試", browser.findElement(By.id("detailReason")).getText());
        assertEquals("dhr", browser.findElement(By.id("detailUser")).getText(), "the signed-in user, not anonymous");
        assertEquals("A01010000C", browser.findElement(By.id("detailAgency")).getText());
        assertEquals("查詢個人戶籍資料", browser.findElement(By.id("detailAction")).getText());
        assertEquals("查無資料", browser.findElement(By.id("detailOutcome")).getText());
        assertEquals("畫面", browser.findElement(By.id("detailChannel")).getText());
        assertTrue(
                Pattern.compile("\\d{3}/\\d{2}/\\d{2} / \\d+ / \\d+")
                        .matcher(browser.findElement(By.id("detailChain")).getText())
                        .matches(),
                browser.findElement(By.id("detailChain")).getText());
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
        Pattern exportName = Pattern.compile("audit-\\d{3}-\\d{2}-\\d{2}-\\d{3}-\\d{2}-\\d{2}\\.(xlsx|pdf)");
        assertTrue(exportName.matcher(excel.getFileName().toString()).matches(), excel.toString());
        try (var workbook = new org.apache.poi.xssf.usermodel.XSSFWorkbook(Files.newInputStream(excel))) {
            var sheet = workbook.getSheetAt(0);
            List<String> heading = new java.util.ArrayList<>();
            int header = 0;
            while (sheet.getRow(header) == null
                    || !"時間".equals(sheet.getRow(header).getCell(0).getStringCellValue())) {
                if (sheet.getRow(header) != null) {
                    heading.add(sheet.getRow(header).getCell(0).getStringCellValue());
                }
                header++;
            }
            String facts = String.join("\n", heading);
            assertTrue(facts.contains("查詢條件：期間 ") && facts.contains("查詢對象統號 A123456789"), facts);
            assertTrue(facts.contains("匯出者：auditor"), facts);
            assertTrue(
                    Pattern.compile("匯出時間：" + ROC_DATE + " \\d{2}:\\d{2}:\\d{2}")
                            .matcher(facts)
                            .find(),
                    facts);
            List<String> lookups = new java.util.ArrayList<>();
            for (int r = header + 1; r <= sheet.getLastRowNum(); r++) {
                var row = sheet.getRow(r);
                lookups.add(row.getCell(5).getStringCellValue() + " "
                        + row.getCell(7).getStringCellValue() + " "
                        + row.getCell(11).getStringCellValue());
            }
            assertTrue(lookups.contains("查詢個人戶籍資料 A123456789 查無資料"), lookups.toString());
        }
        browser.findElement(By.id("results:pdf")).click();
        Path pdf = download(downloads, ".pdf");
        assertTrue(exportName.matcher(pdf.getFileName().toString()).matches(), pdf.toString());
        var reader = new com.lowagie.text.pdf.PdfReader(Files.readAllBytes(pdf));
        String text = new com.lowagie.text.pdf.parser.PdfTextExtractor(reader).getTextFromPage(1);
        assertTrue(text.contains("A123456789") && text.contains("稽核抽查測試"), text);
        assertTrue(text.contains("查詢對象統號 A123456789") && text.contains("匯出者：auditor"), text);
        assertTrue(Pattern.compile("匯出時間：" + ROC_DATE).matcher(text).find(), text);
        assertTrue(text.contains("查詢個人戶籍資料") && text.contains("查無資料") && text.contains("畫面"), text);
        assertTrue(text.contains("第 1 / " + reader.getNumberOfPages() + " 頁"), text);
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

    /** Part A of issue 12: every page of every role, in both languages, passes axe (WCAG 2.1 AA). */
    @Test
    void every_screen_of_every_role_passes_axe_in_chinese_and_english() throws Exception {
        List<String> covered = new java.util.ArrayList<>();
        for (String page : List.of("login.xhtml", "certificate-login.xhtml")) {
            browser.manage().deleteAllCookies();
            browser.get(base.resolve(page).toString());
            covered.addAll(inBothLanguages(List.of(base.resolve(page).toString())));
        }
        for (Role role : Role.values()) {
            if (role == Role.COMPANY_USER) {
                Browser.signInDemoCompany(browser, base);
            } else {
                signIn(USERS.get(role));
            }
            List<String> pages = browser.findElements(By.cssSelector("#menu [data-menu]")).stream()
                    .map(e -> e.getAttribute("href"))
                    .toList();
            Role other = role == Role.SYSTEM_ADMIN ? Role.AUDITOR : Role.SYSTEM_ADMIN;
            List<String> errors = role == Role.CISO
                    ? List.of(
                            base.resolve(other.homeViewId().substring(1)).toString(),
                            base.resolve("no-such-page-" + UUID.randomUUID() + ".xhtml")
                                    .toString())
                    : List.of();
            covered.addAll(inBothLanguages(java.util.stream.Stream.concat(pages.stream(), errors.stream())
                    .toList()));
            signOut();
        }
        System.out.println("axe checked " + covered.size() + " pages:\n" + String.join("\n", covered));
        assertTrue(covered.stream().anyMatch(p -> p.contains("data-error=access-denied")), "access denied checked");
        assertTrue(covered.stream().anyMatch(p -> p.contains("data-error=not-found")), "not found checked");
    }

    /** Opens the pages in Chinese, switches the header to English, opens them again, and back to Chinese. */
    private List<String> inBothLanguages(List<String> pages) {
        List<String> covered = new java.util.ArrayList<>();
        for (String language : List.of("zh", "en")) {
            for (String page : pages) {
                browser.get(page);
                if (!browser.findElement(By.tagName("html"))
                        .getAttribute("lang")
                        .startsWith(language)) {
                    WebElement link = browser.findElement(By.id("language:" + language));
                    link.click();
                    Browser.waitForNewPage(browser, link);
                    browser.get(page);
                }
                Axe.checkNewPage(browser);
                assertTrue(
                        browser.findElement(By.tagName("html"))
                                .getAttribute("lang")
                                .startsWith(language),
                        page);
                covered.add(language + " " + page.replace(base.toString(), "/") + " data-error=" + errorKind() + " \""
                        + browser.getTitle() + "\"");
            }
        }
        browser.get(pages.get(0));
        WebElement chinese = browser.findElement(By.id("language:zh"));
        chinese.click();
        Browser.waitForNewPage(browser, chinese);
        return covered;
    }

    @Test
    void axe_fails_a_page_with_a_serious_violation_and_names_rule_element_and_page() {
        String page = "<!DOCTYPE html><html lang='en'><head><title>Deliberately bad</title></head><body><main>"
                + "<h1>Bad</h1><img id='unnamed' src='nothing.png'></main></body></html>";
        browser.get("data:text/html;charset=utf-8,"
                + URLEncoder.encode(page, StandardCharsets.UTF_8).replace("+", "%20"));
        AssertionError failure = assertThrows(AssertionError.class, () -> Axe.check(browser));
        String report = failure.getMessage();
        assertTrue(report.contains("image-alt (critical"), report);
        assertTrue(report.contains("#unnamed"), report);
        assertTrue(report.contains("<img id=\"unnamed\""), report);
        assertTrue(report.contains("\"Deliberately bad\""), report);
    }

    @Test
    void the_skip_link_is_the_first_tab_stop_and_moves_focus_to_the_main_content() throws Exception {
        browser.get(base.resolve("login.xhtml").toString());
        new Actions(browser).sendKeys(Keys.TAB).perform();
        WebElement skip = browser.switchTo().activeElement();
        assertEquals("skipToMain", skip.getAttribute("id"));
        assertEquals("跳到主要內容", skip.getText());
        assertTrue(skip.isDisplayed() && skip.getRect().getY() >= 0, "visible when focused");
        screenshot("skip-link-focused");
        new Actions(browser).sendKeys(Keys.ENTER).perform();
        wait(d -> "main".equals(browser.switchTo().activeElement().getAttribute("id")));
        new Actions(browser).sendKeys(Keys.TAB).perform();
        assertEquals(
                "signIn:username",
                browser.switchTo().activeElement().getAttribute("id"),
                "the next tab stop is the sign-in form, past the header's language links");
    }

    @Test
    void charts_without_figures_show_a_note_instead_of_empty_axes() throws Exception {
        signIn("auditor");
        browser.findElement(By.cssSelector("[data-menu='menu-auditor-search']")).click();
        browser.findElement(By.id("criteria:user"))
                .sendKeys("nobody" + UUID.randomUUID().toString().substring(0, 8));
        WebElement search = browser.findElement(By.id("criteria:search"));
        search.click();
        Browser.waitForNewPage(browser, search);
        assertEquals("0", browser.findElement(By.id("count")).getAttribute("data-count"));
        assertEquals(
                "每日稽核紀錄數：沒有資料可顯示。",
                browser.findElement(By.cssSelector(".rl-no-data")).getText());
        assertTrue(browser.findElements(By.cssSelector("canvas")).isEmpty(), "no empty chart");
        signOut();

        // 連江縣 has a handful of the test register's persons: its charts are drawn or noted as empty,
        // one of the two for each chart, never empty axes.
        signIn("dhr");
        browser.findElement(By.cssSelector("[data-menu='menu-dhr-statistics']")).click();
        WebElement figures = browser.findElement(By.id("summary"));
        browser.executeScript("PF(arguments[0]).selectValue('09007')", widgetVar("area:county"));
        browser.findElement(By.id("area:show")).click();
        Browser.waitForNewPage(browser, figures);
        int drawn = browser.findElements(By.cssSelector(".rl-chart canvas")).size();
        int noted = browser.findElements(By.cssSelector(".rl-no-data")).size();
        assertEquals(2, drawn + noted, drawn + " charts, " + noted + " notes");
        for (WebElement note : browser.findElements(By.cssSelector(".rl-no-data"))) {
            assertTrue(note.getText().endsWith("沒有資料可顯示。"), note.getText());
        }
        screenshot("dhr-statistics-no-data");
        signOut();
    }

    private String widgetVar(String clientId) {
        return (String) browser.executeScript(
                "return Object.keys(PrimeFaces.widgets).find(w => PrimeFaces.widgets[w].id === arguments[0])",
                clientId);
    }

    /** The drawn chart's value axis counts in whole numbers (no 0.5 records). */
    private void assertIntegerTicks(String canvasId) {
        @SuppressWarnings("unchecked")
        List<Number> ticks = (List<Number>) wait(d -> browser.executeScript(
                "const c = Chart.getChart(document.getElementById(arguments[0]));"
                        + " return c ? c.scales.y.ticks.map(t => t.value) : null",
                canvasId));
        assertTrue(ticks.size() >= 2, ticks.toString());
        assertTrue(ticks.stream().allMatch(t -> t.doubleValue() == Math.rint(t.doubleValue())), ticks.toString());
    }

    @Test
    void administrator_removes_a_holiday_after_confirming_and_the_auditor_finds_the_removal() throws Exception {
        signIn("admin");
        browser.findElement(By.cssSelector("[data-menu='menu-admin-holidays']")).click();
        wait(ExpectedConditions.presenceOfElementLocated(By.id("holidays:table")));
        addHoliday("1030716", "測試颱風假");
        addHoliday("118/03/14", "測試補假");

        WebElement dialog = askToRemove("118/03/14");
        assertTrue(dialog.getText().contains("確定刪除 118/03/14「測試補假」？"), dialog.getText());
        assertTrue(!dialog.getText().contains("已經過去"), "no warning for a day to come: " + dialog.getText());
        browser.findElement(By.id("holidays:confirmNo")).sendKeys(Keys.ESCAPE);
        wait(ExpectedConditions.invisibilityOf(dialog));
        assertTrue(browser.findElement(By.id("holidays:table")).getText().contains("118/03/14"), "Escape keeps it");

        dialog = askToRemove("103/07/16");
        assertTrue(dialog.getText().contains("確定刪除 103/07/16「測試颱風假」？"), dialog.getText());
        assertTrue(dialog.getText().contains("這天已經過去"), dialog.getText());
        screenshot("admin-holiday-confirm");
        browser.findElement(By.id("holidays:confirmYes")).sendKeys(Keys.ENTER);
        wait(ExpectedConditions.textToBePresentInElementLocated(By.id("messages"), "已刪除 103/07/16「測試颱風假」"));
        wait(ExpectedConditions.not(
                ExpectedConditions.textToBePresentInElementLocated(By.id("holidays:table"), "103/07/16")));
        assertTrue(browser.findElement(By.id("holidays:table")).getText().contains("118/03/14"), "only that one");
        signOut();

        signIn("auditor");
        browser.findElement(By.cssSelector("[data-menu='menu-auditor-search']")).click();
        browser.findElement(By.id("criteria:user")).sendKeys("admin");
        browser.findElement(By.id("criteria:search")).click();
        WebElement removal = wait(ExpectedConditions.presenceOfElementLocated(
                By.xpath("//tbody[@id='results:records_data']/tr[.//span[@class='rl-action' and text()='刪除國定假日']"
                        + " and contains(., '103/07/16 測試颱風假')]")));
        assertEquals("成功", removal.findElement(By.className("rl-outcome")).getText());
        assertTrue(removal.getText().contains("admin"), removal.getText());
        signOut();
    }

    private void addHoliday(String date, String name) {
        browser.findElement(By.id("holidays:date")).sendKeys(date);
        browser.findElement(By.id("holidays:name")).sendKeys(name);
        browser.findElement(By.id("holidays:add")).click();
        wait(ExpectedConditions.textToBePresentInElementLocated(By.id("holidays:table"), name));
    }

    /** Presses the row's remove button and returns the confirmation it opens. */
    private WebElement askToRemove(String day) {
        browser.findElement(By.xpath("//tbody[@id='holidays:table_data']/tr[.//span[text()='" + day + "']]"
                        + "//button[contains(@class,'rl-remove')]"))
                .click();
        return wait(ExpectedConditions.visibilityOfElementLocated(By.id("holidays:confirm")));
    }

    /** The data-item catalogue: add, edit in the dialog, two refusals at their fields, retire and reinstate. */
    @Test
    void administrator_adds_a_data_item_is_refused_a_taken_code_and_a_bad_transaction_list_and_retires_it()
            throws Exception {
        String suffix =
                UUID.randomUUID().toString().replace("-", "").substring(0, 8).toUpperCase(java.util.Locale.ROOT);
        String code = "IT_" + suffix;
        String name = "測試項目" + suffix;
        signIn("admin");
        browser.findElement(By.cssSelector("[data-menu='menu-admin-items']")).click();
        WebElement table = wait(ExpectedConditions.presenceOfElementLocated(By.id("items:table")));
        assertTrue(table.getText().contains("PERSON_NAME"), "the seeded catalogue");

        typeDataItem(code.toLowerCase(java.util.Locale.ROOT), name, "Test item " + suffix, "戶籍資料", " rq01 , RQ02");
        wait(ExpectedConditions.textToBePresentInElementLocated(By.id("messages"), "已新增資料項目 " + code));
        WebElement row = dataItemRow(code);
        assertTrue(row.getText().contains("RQ01, RQ02"), row.getText());
        assertTrue(row.getText().contains("戶籍資料"), row.getText());
        assertEquals("使用中", row.findElement(By.className("rl-item-status")).getText());

        row.findElement(By.cssSelector("button.rl-edit")).click();
        WebElement editor = wait(ExpectedConditions.visibilityOfElementLocated(By.id("editDialog")));
        wait(ExpectedConditions.textToBePresentInElementLocated(By.id("edit:editedCode"), code));
        WebElement editedList = browser.findElement(By.id("edit:transactions"));
        editedList.clear();
        editedList.sendKeys("RQ01,RQ02,RQ04");
        browser.findElement(By.id("edit:save")).click();
        wait(ExpectedConditions.invisibilityOf(editor));
        wait(ExpectedConditions.textToBePresentInElementLocated(By.id("messages"), "已儲存資料項目 " + code));
        assertTrue(
                dataItemRow(code).getText().contains("RQ01, RQ02, RQ04"),
                dataItemRow(code).getText());

        typeDataItem(" " + code, "重複的項目", "Duplicate", "役政資料", "MS01");
        WebElement duplicate = wait(ExpectedConditions.visibilityOfElementLocated(By.id("items:codeMessage")));
        assertTrue(duplicate.getText().contains("項目代號 " + code + " 已存在於資料項目表"), duplicate.getText());
        assertEquals("true", browser.findElement(By.id("items:code")).getAttribute("aria-invalid"));

        String other = code + "B";
        typeDataItem(other, "另一個項目", "Another item", "戶籍資料", "RQ01,RQ-2");
        WebElement badList = wait(ExpectedConditions.visibilityOfElementLocated(By.id("items:transactionsMessage")));
        assertTrue(badList.getText().contains("「RQ-2」不符"), badList.getText());
        assertEquals(
                "RQ01,RQ-2",
                browser.findElement(By.id("items:transactions")).getAttribute("value"),
                "the typed list is kept to be corrected");
        assertTrue(
                browser.findElements(By.id("items:codeMessage")).stream()
                        .allMatch(m -> m.getText().isEmpty()),
                "only the list is refused");
        assertTrue(!browser.findElement(By.id("items:table")).getText().contains(other), "nothing added");

        dataItemRow(code).findElement(By.cssSelector("button.rl-retire")).click();
        WebElement dialog = wait(ExpectedConditions.visibilityOfElementLocated(By.id("items:confirm")));
        assertTrue(dialog.getText().contains("確定停用 " + code + "「" + name + "」"), dialog.getText());
        browser.findElement(By.id("items:confirmYes")).sendKeys(Keys.ENTER);
        wait(ExpectedConditions.textToBePresentInElementLocated(By.id("messages"), "已停用資料項目 " + code));
        wait(ExpectedConditions.textMatches(
                By.xpath("//tbody[@id='items:table_data']/tr[.//span[@class='rl-item-code' and text()='" + code
                        + "']]//*[contains(@class,'rl-item-status')]"),
                Pattern.compile("^自 \\d{3}/\\d{2}/\\d{2} 停用$")));
        assertTrue(
                dataItemRow(code)
                        .findElements(By.cssSelector("button.rl-retire"))
                        .isEmpty(),
                "retired once");
        assertEquals(
                1,
                dataItemRow(code)
                        .findElements(By.cssSelector("button.rl-reinstate"))
                        .size());
        screenshot("admin-data-items");

        dataItemRow(code).findElement(By.cssSelector("button.rl-reinstate")).click();
        dialog = wait(ExpectedConditions.visibilityOfElementLocated(By.id("items:confirm")));
        assertTrue(dialog.getText().contains("確定恢復使用 " + code + "「" + name + "」"), dialog.getText());
        browser.findElement(By.id("items:confirmYes")).sendKeys(Keys.ENTER);
        wait(ExpectedConditions.textToBePresentInElementLocated(By.id("messages"), "已恢復使用資料項目 " + code));
        assertEquals(
                "使用中",
                dataItemRow(code).findElement(By.className("rl-item-status")).getText());
        signOut();
    }

    /** Fills the add form of the data-item catalogue and presses Add. */
    private void typeDataItem(String code, String nameZh, String nameEn, String scope, String transactions) {
        for (String[] field : new String[][] {
            {"items:code", code},
            {"items:nameZh", nameZh},
            {"items:nameEn", nameEn},
            {"items:transactions", transactions}
        }) {
            WebElement input = browser.findElement(By.id(field[0]));
            input.clear();
            input.sendKeys(field[1]);
        }
        Browser.choose(browser, "items:scope", scope);
        WebElement add = browser.findElement(By.id("items:add"));
        add.click();
        wait(ExpectedConditions.stalenessOf(add));
    }

    private WebElement dataItemRow(String code) {
        return wait(ExpectedConditions.presenceOfElementLocated(By.xpath(
                "//tbody[@id='items:table_data']/tr[.//span[@class='rl-item-code' and text()='" + code + "']]")));
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
                        .contains("身分證統一編號「" + wrong + "」的檢查碼應為 " + refused.id().charAt(9)),
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

        WebElement id = browser.findElement(By.id("lookup:personId"));
        id.clear();
        id.sendKeys(refused.id());
        WebElement reason = browser.findElement(By.id("lookup:reason"));
        assertEquals("200", reason.getAttribute("maxlength"), "the browser's typing limit");
        browser.executeScript(
                "arguments[0].removeAttribute('maxlength'); arguments[0].value = arguments[1];",
                reason,
                "查".repeat(10_000));
        browser.findElement(By.id("lookup:findPerson")).click();
        wait(ExpectedConditions.textToBePresentInElementLocated(By.id("lookup:reasonMessage"), "最多 200 字"));
        assertEquals("true", browser.findElement(By.id("lookup:reason")).getAttribute("aria-invalid"));
        assertTrue(browser.findElements(By.cssSelector("[data-person]")).isEmpty(), "nothing looked up");
        screenshot("dhr-register-reason-too-long");

        lookUpPerson("欄位訊息測試", " " + pasted.id().toLowerCase(java.util.Locale.ROOT));
        WebElement panel = wait(ExpectedConditions.presenceOfElementLocated(By.cssSelector("[data-person]")));
        assertEquals(pasted.id(), panel.getAttribute("data-person"));
        signOut();

        signIn("auditor");
        browser.findElement(By.cssSelector("[data-menu='menu-auditor-search']")).click();
        browser.findElement(By.id("criteria:person")).sendKeys(refused.id());
        browser.findElement(By.id("criteria:search")).click();
        assertEquals(
                "0",
                wait(ExpectedConditions.presenceOfElementLocated(By.id("count")))
                        .getAttribute("data-count"),
                "neither the wrong check digit nor the over-long reason looked " + refused.id() + " up");
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
        if (role != Role.COMPANY_USER) {
            expected.add("menu-verify");
        }
        if (role == Role.APPLICANT_OFFICER) {
            expected.add("menu-egate-query");
            expected.add("menu-egate-history");
            expected.add("menu-egate-doubts");
            expected.add("menu-egate-files");
        }
        if (role == Role.SYSTEM_ADMIN) {
            expected.add("menu-admin-users");
            expected.add("menu-admin-holidays");
            expected.add("menu-admin-items");
        }
        if (role == Role.AUDITOR) {
            expected.add("menu-auditor-verify");
            expected.add("menu-auditor-search");
            expected.add("menu-auditor-ledger");
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
            expected.add("menu-dhr-agencies");
            expected.add("menu-dhr-doubts");
            expected.add("menu-dhr-extensions");
        }
        if (role == Role.LOCAL_REGISTRATION) {
            expected.add("menu-local-agencies");
        }
        if (role == Role.APPLICANT_OFFICER) {
            expected.add("menu-officer-application");
            expected.add("menu-officer-link");
        }
        if (role == Role.AGENCY_SUPERVISOR) {
            expected.add("menu-supervisor-link");
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
