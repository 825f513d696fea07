package tw.rislink.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.annotation.Resource;
import jakarta.ejb.EJB;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;
import javax.sql.DataSource;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import tw.rislink.audit.boundary.AuditTrail;
import tw.rislink.audit.boundary.AuditVerification;
import tw.rislink.audit.control.ChainFinding;
import tw.rislink.audit.control.VerificationReport;
import tw.rislink.audit.entity.AuditEntry;
import tw.rislink.audit.entity.AuditRecord;
import tw.rislink.calendar.entity.TaiwanTime;

/**
 * An auditor verifies today while the day is being written: writers append audit records, each
 * in a transaction of its own, on several threads (so several chains) for the whole time.
 * Verification never reports a change that is not there, and still finds one that is.
 */
@ExtendWith(ArquillianExtension.class)
class AuditLiveVerificationIT {

    private static final int WRITERS = 3;

    @Deployment
    static EnterpriseArchive deployment() {
        return Deployments.withTestModule(AuditLiveVerificationIT.class);
    }

    @EJB
    private AuditTrail audit;

    @EJB
    private AuditVerification verification;

    /** The writers append as the application's beans do; the verifications are the auditor's. */
    @EJB
    private AsPlatform platform;

    @EJB
    private AsAuditor auditor;

    @Resource(lookup = "java:jboss/datasources/RislinkDS")
    private DataSource dataSource;

    private final AtomicBoolean writing = new AtomicBoolean(true);
    private final AtomicLong written = new AtomicLong();
    private final List<Future<?>> writers = new ArrayList<>();
    private final ExecutorService pool = Executors.newFixedThreadPool(WRITERS);

    @AfterEach
    void stopWriting() throws Exception {
        stopWriters();
        pool.shutdown();
    }

    @Test
    void today_verified_again_and_again_while_records_are_written_is_intact_every_time() throws Exception {
        LocalDate today = TaiwanTime.now().toLocalDate();
        startWriters();
        long during = 0;
        for (int i = 1; i <= 25; i++) {
            long before = written.get();
            VerificationReport report = auditor.call(() -> verification.verify(today, today));
            during += written.get() - before;
            assertEquals(List.of(), report.findings(), "verification no. " + i + " while records were written");
        }
        stopWriters();
        assertTrue(during > 0, "records were written while the day was verified");
        VerificationReport settled = auditor.call(() -> verification.verify(today, today));
        assertTrue(settled.intact(), settled.findings().toString());
    }

    @Test
    void a_changed_record_is_found_and_named_while_records_are_written() throws Exception {
        LocalDate today = TaiwanTime.now().toLocalDate();
        AuditRecord target = platform.call(() -> audit.record(AuditEntry.system("LIVE_TAMPER_TEST", "genuine")));
        startWriters();
        update("UPDATE rl_audit_record SET subject_ids = 'forged' WHERE id = ?", target.getId());
        try {
            for (int i = 1; i <= 5; i++) {
                List<ChainFinding> findings =
                        auditor.call(() -> verification.verify(today, today)).findings();
                assertEquals(1, findings.size(), "verification no. " + i + ": " + findings);
                assertEquals(ChainFinding.Kind.CHANGED, findings.get(0).kind());
                assertEquals(target.getId(), findings.get(0).recordId());
                assertEquals(target.getSeq(), findings.get(0).seq());
            }
        } finally {
            update("UPDATE rl_audit_record SET subject_ids = 'genuine' WHERE id = ?", target.getId());
        }
        VerificationReport restored = auditor.call(() -> verification.verify(today, today));
        assertTrue(restored.intact(), restored.findings().toString());
    }

    private void startWriters() throws InterruptedException {
        for (int i = 0; i < WRITERS; i++) {
            writers.add(pool.submit(() -> {
                int n = 0;
                while (writing.get()) {
                    // Called without a transaction: each record commits in one of its own.
                    String subject = "writer-" + Thread.currentThread().getId() + "-" + n++;
                    platform.call(() -> audit.record(AuditEntry.system("LIVE_VERIFY_TEST", subject)));
                    written.incrementAndGet();
                }
                return null;
            }));
        }
        while (written.get() < WRITERS) {
            Thread.sleep(10);
        }
    }

    /** Stops the writers and waits for them, so a writer's failure fails the test. */
    private void stopWriters() throws Exception {
        writing.set(false);
        for (Future<?> writer : writers) {
            writer.get();
        }
        writers.clear();
    }

    private void update(String sql, long id) throws SQLException {
        try (Connection c = dataSource.getConnection();
                PreparedStatement s = c.prepareStatement(sql)) {
            s.setLong(1, id);
            s.executeUpdate();
        }
    }
}
