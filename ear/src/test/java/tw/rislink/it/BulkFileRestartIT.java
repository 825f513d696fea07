package tw.rislink.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import java.util.logging.Logger;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;
import tw.rislink.query.boundary.DemoAgency;
import tw.rislink.query.control.ResultFile;
import tw.rislink.register.control.InMemoryRegister;
import tw.rislink.register.control.RegisterSink;
import tw.rislink.register.control.RegisterTextCodec;
import tw.rislink.register.control.TextEncoding;

/**
 * The bulk job's user story on a server of its own: the demo officer uploads 100 000 IDs in the
 * browser and runs them; the progress bar moves; the server is killed (kill -9) midway and
 * started again; the run resumes after the last chunk it committed, the page shows it finish,
 * and the result file holds each of the 100 000 lines exactly once with the register's values.
 */
class BulkFileRestartIT {

    private static final Logger LOG = Logger.getLogger(BulkFileRestartIT.class.getName());
    private static final int OFFSET = 650;
    private static final int LINES = 100_000;

    @Test
    void a_job_of_100000_ids_moves_its_progress_bar_survives_kill_9_and_finishes_every_line_once() throws Exception {
        Path work = Path.of(System.getProperty("rislink.work.dir", "target"), "bulk-restart-it");
        // Its own database each run: a job left by an earlier run (or an older schema) is not this test's.
        if (Files.exists(work)) {
            try (Stream<Path> old = Files.walk(work)) {
                old.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
            }
        }
        Map<String, String> properties = Map.of(
                "rislink.register.seed",
                System.getProperty("rislink.register.seed"),
                "rislink.register.as-of",
                System.getProperty("rislink.register.as-of"),
                // Slow enough to be caught midway; a stalled run is resumed 5 s after its last chunk.
                "rislink.bulk.chunk-pause-ms",
                "750",
                "rislink.bulk.stale-seconds",
                "5");
        URI base = Https.base(OFFSET);
        List<Integer> before = new ArrayList<>();
        List<Integer> after = new ArrayList<>();
        long jobId;
        List<RegisterSink.Person> living;
        try (ServerProcess server = new ServerProcess(work, OFFSET, properties)) {
            server.start();
            InMemoryRegister register = TestRegister.of(base);
            living = register.persons.stream()
                    .filter(p -> !p.removed() && p.householdNumber() != null)
                    .toList();
            Path upload = work.resolve("ids-100000.txt");
            StringBuilder ids = new StringBuilder(LINES * 12);
            for (int i = 0; i < LINES; i++) {
                ids.append(living.get(i % living.size()).id()).append('\n');
            }
            Files.writeString(upload, ids);

            ChromeDriver browser = Browser.start("zh-TW");
            try {
                Browser.signIn(browser, base, DemoAgency.OFFICER);
                browser.findElement(By.cssSelector("[data-menu='menu-egate-files']"))
                        .click();
                WebElement file =
                        Browser.waitFor(browser, ExpectedConditions.presenceOfElementLocated(By.id("upload:file")));
                file.sendKeys(upload.toAbsolutePath().toString());
                browser.findElement(By.id("upload:caseNumber")).sendKeys("BF-115-100000");
                browser.findElement(By.id("upload:businessItem")).sendKeys("年度資格複查");
                WebElement send = browser.findElement(By.id("upload:send"));
                send.click();
                Browser.waitForNewPage(browser, send);
                WebElement run =
                        Browser.waitFor(browser, ExpectedConditions.elementToBeClickable(By.id("actions:run")));
                String heading = browser.findElement(By.id("selectedProgress")).getText();
                assertTrue(heading.contains("共 100,000 行：有效 100,000 行、有誤 0 行"), heading);
                jobId = Long.parseLong(browser.findElement(By.cssSelector("#jobs\\:list [data-job]"))
                        .getAttribute("data-job"));
                Browser.screenshot(browser, "bulk-checked");
                run.click();
                Browser.waitForNewPage(browser, run);
                // The page polls every second: watch the bar until the run is a fifth done, then pull the plug.
                Instant deadline = Instant.now().plus(Duration.ofMinutes(2));
                while (Instant.now().isBefore(deadline) && (before.isEmpty() || before.get(before.size() - 1) < 20)) {
                    percent(browser, jobId, before);
                    Thread.sleep(200);
                }
                Browser.screenshot(browser, "bulk-running");
                server.kill();
                LOG.info(
                        () -> "Killed at " + before.get(before.size() - 1) + "% after seeing " + new TreeSet<>(before));
                assertTrue(new TreeSet<>(before).size() >= 3, "the bar moved before the kill: " + before);
                assertTrue(before.get(before.size() - 1) < 90, "killed midway: " + before);

                server.start();
                // The tab still shows the dead server's page: open the new server's first, so that the
                // sign-in forgets the old session's cookie on this origin (a fresh-clone run once posted
                // the form against a view of the old session: ViewExpiredException).
                browser.get(base.resolve("login.xhtml").toString());
                Browser.signIn(browser, base, DemoAgency.OFFICER);
                browser.get(base.resolve("egate/files.xhtml").toString());
                deadline = Instant.now().plus(Duration.ofMinutes(4));
                while (Instant.now().isBefore(deadline) && (after.isEmpty() || after.get(after.size() - 1) < 100)) {
                    percent(browser, jobId, after);
                    Thread.sleep(500);
                }
                assertEquals(100, after.get(after.size() - 1), "finished after the restart: " + after);
                assertTrue(after.get(0) >= before.get(before.size() - 1) - 1, "went on where it stopped: " + after);
                browser.findElement(By.cssSelector("#jobs\\:list button[data-job='" + jobId + "']"))
                        .click();
                WebElement records =
                        Browser.waitFor(browser, ExpectedConditions.presenceOfElementLocated(By.id("records")));
                assertEquals(Integer.toString(LINES), records.getText());
                Browser.screenshot(browser, "bulk-completed");
                assertEquals(List.of(), Browser.cspViolations(browser));
            } finally {
                browser.quit();
            }
            server.stop();
        }

        String url = "jdbc:h2:file:" + work.resolve("data/rislink").toAbsolutePath() + ";MODE=Oracle";
        try (Connection db = DriverManager.getConnection(url, "sa", "sa")) {
            byte[] file;
            try (PreparedStatement q = db.prepareStatement("SELECT result FROM rl_file_content WHERE job_id = ?")) {
                q.setLong(1, jobId);
                try (ResultSet rs = q.executeQuery()) {
                    assertTrue(rs.next(), "the result file is kept");
                    file = rs.getBytes(1);
                }
            }
            List<String> records = ResultFile.decode(file, TextEncoding.UTF_8, new RegisterTextCodec(null));
            assertEquals(LINES, records.size(), "no line missing, none twice");
            for (int i = 0; i < LINES; i++) {
                RegisterSink.Person person = living.get(i % living.size());
                String record = records.get(i);
                assertTrue(
                        record.startsWith((i + 1) + "\t" + person.id() + "\tFOUND\tname=" + person.name() + "\t"),
                        "line " + (i + 1) + ": " + record);
            }
            try (PreparedStatement q = db.prepareStatement(
                    "SELECT COUNT(*) FROM rl_audit_record WHERE action = 'FILE_RESUMED' AND subject_ids LIKE ?")) {
                q.setString(1, "file job " + jobId + " %");
                try (ResultSet rs = q.executeQuery()) {
                    rs.next();
                    assertTrue(rs.getInt(1) >= 1, "the resumption is audited");
                }
            }
        }
    }

    /** The job's bar as the page shows it now (the poll re-renders it), added when the page has it. */
    private static void percent(ChromeDriver browser, long jobId, List<Integer> seen) {
        List<WebElement> bars = browser.findElements(By.cssSelector("[data-job-progress='" + jobId + "']"));
        try {
            if (!bars.isEmpty()) {
                seen.add(Integer.parseInt(bars.get(0).getAttribute("data-percent")));
            }
        } catch (org.openqa.selenium.StaleElementReferenceException rerendered) {
            // The poll replaced the table while it was read: the next look sees the new one.
        }
    }
}
