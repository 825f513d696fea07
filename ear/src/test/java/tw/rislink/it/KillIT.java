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
import java.util.HashMap;
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
import tw.rislink.account.boundary.AccountService;
import tw.rislink.account.entity.NameFailures;
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
        // A refused name without an account is audited without the name (it may be a password),
        // but counted under its hash in rl_signin_failure, in the same transaction as its audit
        // record: each fresh name's row shows that its attempt, audit record included, committed.
        Map<String, String> byHash = new HashMap<>();
        for (int i = 1; i <= sent.get(); i++) {
            byHash.put(NameFailures.hashOf("kill9-" + i), "kill9-" + i);
        }
        Set<String> recorded = new HashSet<>();
        String url = "jdbc:h2:file:" + work.resolve("data/rislink").toAbsolutePath() + ";MODE=Oracle";
        try (Connection connection = DriverManager.getConnection(url, "sa", "sa")) {
            try (Statement statement = connection.createStatement();
                    ResultSet rs = statement.executeQuery("SELECT name_hash FROM rl_signin_failure")) {
                while (rs.next()) {
                    String name = byHash.get(rs.getString(1));
                    if (name != null) {
                        recorded.add(name);
                    }
                }
            }
            try (Statement statement = connection.createStatement();
                    ResultSet rs = statement.executeQuery("SELECT COUNT(*) FROM rl_audit_record WHERE user_name = '"
                            + AccountService.UNKNOWN_NAME + "' AND action = '" + AccountService.SIGN_IN + "'")) {
                rs.next();
                assertEquals(recorded.size(), rs.getLong(1), "one audit record for each committed attempt");
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
