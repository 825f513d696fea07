package tw.rislink.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URI;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.LocalDate;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import tw.rislink.audit.control.AuditSigner;
import tw.rislink.audit.control.AuditVerifyCommand;
import tw.rislink.audit.control.VerificationReport;
import tw.rislink.calendar.entity.TaiwanTime;

/**
 * The server is killed (kill -9) while it answers sign-in attempts, each of which it audits.
 * After a restart, every attempt that received an answer has its audit record, and the chains
 * still verify: nothing acknowledged was lost.
 */
class KillIT {

    private static final int CLIENTS = 8;

    @Test
    void every_answered_request_has_its_audit_record_after_kill_9() throws Exception {
        Path work = Path.of(System.getProperty("rislink.work.dir", "target"), "kill-it");
        ConcurrentLinkedQueue<String> answered = new ConcurrentLinkedQueue<>();
        AtomicInteger sent = new AtomicInteger();
        try (ServerProcess server = new ServerProcess(work, 400, Map.of("rislink.register.persons", "0"))) {
            server.start();
            URI base = Https.base(server.portOffset());
            AtomicBoolean running = new AtomicBoolean(true);
            ExecutorService clients = Executors.newFixedThreadPool(CLIENTS);
            for (int c = 0; c < CLIENTS; c++) {
                clients.submit(() -> {
                    SignInForm form = new SignInForm(Https.client(), base);
                    while (running.get()) {
                        String name = "kill9-" + sent.incrementAndGet();
                        try {
                            SignInForm.Outcome outcome = form.signIn(name, "wrong");
                            if (outcome.status() == 200 && outcome.error() != null) {
                                answered.add(name);
                            }
                        } catch (Exception connectionLost) {
                            // No answer: the request may or may not have been recorded.
                        }
                    }
                    return null;
                });
            }
            long deadline = System.currentTimeMillis() + 60_000;
            while (answered.size() < 300 && System.currentTimeMillis() < deadline) {
                Thread.sleep(50);
            }
            server.kill();
            running.set(false);
            clients.shutdown();
            assertTrue(clients.awaitTermination(60, TimeUnit.SECONDS));
            assertTrue(answered.size() >= 300, "answered before the kill: " + answered.size());

            server.start();
            server.stop();
        }
        Set<String> recorded = new HashSet<>();
        String url = "jdbc:h2:file:" + work.resolve("data/rislink").toAbsolutePath() + ";MODE=Oracle";
        try (Connection connection = DriverManager.getConnection(url, "sa", "sa")) {
            try (Statement statement = connection.createStatement();
                    ResultSet rs = statement.executeQuery(
                            "SELECT user_name FROM rl_audit_record WHERE user_name LIKE 'kill9-%'")) {
                while (rs.next()) {
                    recorded.add(rs.getString(1));
                }
            }
            AuditSigner signer = AuditSigner.load(
                    work.resolve("base/configuration/rislink-audit.p12"),
                    "rislink-dev-only".toCharArray(),
                    "audit",
                    false);
            LocalDate today = TaiwanTime.now().toLocalDate();
            VerificationReport report = AuditVerifyCommand.verify(connection, today.minusDays(1), today, signer);
            assertTrue(report.intact(), "the chains verify after the kill: " + report.findings());
        }
        Set<String> lost = new HashSet<>(answered);
        lost.removeAll(recorded);
        assertEquals(Set.of(), lost, "answered but not recorded, of " + answered.size() + " answered");
        assertTrue(recorded.size() <= sent.get());
    }
}
