package tw.rislink.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.annotation.Resource;
import jakarta.ejb.EJB;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ThreadLocalRandom;
import javax.sql.DataSource;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import tw.rislink.audit.boundary.AuditTrail;
import tw.rislink.audit.entity.AuditChannel;
import tw.rislink.audit.entity.AuditEntry;
import tw.rislink.audit.entity.AuditOutcome;
import tw.rislink.calendar.entity.RocDate;
import tw.rislink.calendar.entity.TaiwanTime;
import tw.rislink.verification.boundary.ApiOversight;

/**
 * The abnormal-use scan reads the audit trail from where it stopped: checks written after the
 * last scan of a day are counted by the first scan of the next day, and a record is counted
 * once however often the scan runs. Each test writes the audit records of ID-card checks of its
 * own company and user, as the check writes them.
 */
@ExtendWith(ArquillianExtension.class)
class AbnormalUseScanIT {

    @Deployment
    static EnterpriseArchive deployment() {
        return Deployments.withTestModule(AbnormalUseScanIT.class);
    }

    /**
     * The limits of these scans: above what other tests' users reach in a day, so that a scan
     * here suspends no one but this test's own user.
     */
    private static final int LIMIT = 200;

    @EJB
    private AsPlatform platform;

    @EJB
    private AuditTrail audit;

    @EJB
    private ApiOversight oversight;

    @Resource(lookup = "java:jboss/datasources/RislinkDS")
    private DataSource dataSource;

    @Test
    void checks_after_the_last_scan_of_a_day_are_counted_by_the_first_scan_of_the_next() throws Exception {
        // As the platform: what the timers and the application's beans do, the test does.
        platform.run(() -> {
            String org = company();
            LocalDate today = TaiwanTime.now().toLocalDate();
            checks(org, "night", "A123456789", 2, 150);
            oversight.scan(today, LIMIT, LIMIT);
            assertEquals(List.of(), findings(org), "150 wrong checks are not more than " + LIMIT);

            // After the day's last scan, before midnight: more wrong checks, and checks of the then
            // locked ID (answer 5, not compared), which count too.
            checks(org, "night", "A123456789", 4, 40);
            checks(org, "night", "A123456789", 5, 11);
            checks(org, "night", "A123456789", 1, 1);

            oversight.scan(today.plusDays(1), LIMIT, LIMIT);
            assertEquals(
                    List.of(RocDate.format(today) + "：錯誤查驗 201 次，查驗不同身分證 1 筆"),
                    findings(org),
                    "the first scan of the next day reads the day's last checks");
            assertTrue(suspended(org, "night"));

            oversight.scan(today.plusDays(1), LIMIT, LIMIT);
            assertEquals(1, findings(org).size(), "one case per user and day");
        });
    }

    @Test
    void a_check_is_counted_once_however_often_the_scan_runs() throws Exception {
        // As the platform: what the timers and the application's beans do, the test does.
        platform.run(() -> {
            String org = company();
            LocalDate today = TaiwanTime.now().toLocalDate();
            checks(org, "often", "B123456780", 3, 2);
            for (int i = 1; i < LIMIT; i++) {
                check(org, "often", "ID" + i, 1);
            }
            for (int i = 0; i < 4; i++) {
                oversight.scan(today, LIMIT, LIMIT);
            }
            assertEquals(List.of(), findings(org), LIMIT + " distinct IDs stay " + LIMIT);

            check(org, "often", "ID" + LIMIT, 1);
            oversight.scan(today, LIMIT, LIMIT);
            assertEquals(List.of(RocDate.format(today) + "：錯誤查驗 2 次，查驗不同身分證 超過 " + LIMIT + " 筆"), findings(org));
        });
    }

    private void checks(String org, String user, String personId, int answer, int times) {
        for (int i = 0; i < times; i++) {
            check(org, user, personId, answer);
        }
    }

    private void check(String org, String user, String personId, int answer) {
        audit.record(new AuditEntry(
                user,
                org,
                "127.0.0.1",
                AuditChannel.REST,
                "ID_CARD_CHECK",
                "V2C201",
                personId,
                "jti-" + System.nanoTime(),
                null,
                "AW999",
                "checkIdCardApply=" + answer,
                answer == 5 || answer == 8 ? AuditOutcome.REFUSED : AuditOutcome.SUCCESS));
    }

    /** A company of this test only (the scan does not check business IDs). */
    private static String company() {
        return "T" + ThreadLocalRandom.current().nextInt(100_000_000, 999_999_999);
    }

    private List<String> findings(String org) throws Exception {
        List<String> findings = new ArrayList<>();
        try (Connection c = dataSource.getConnection();
                PreparedStatement s =
                        c.prepareStatement("SELECT finding FROM rl_api_case WHERE org_id = ? ORDER BY id")) {
            s.setString(1, org);
            try (ResultSet r = s.executeQuery()) {
                while (r.next()) {
                    findings.add(r.getString(1));
                }
            }
        }
        return findings;
    }

    private boolean suspended(String org, String user) throws Exception {
        try (Connection c = dataSource.getConnection();
                PreparedStatement s = c.prepareStatement(
                        "SELECT COUNT(*) FROM rl_api_user_suspension WHERE org_id = ? AND user_id = ?")) {
            s.setString(1, org);
            s.setString(2, user);
            try (ResultSet r = s.executeQuery()) {
                r.next();
                return r.getInt(1) == 1;
            }
        }
    }
}
