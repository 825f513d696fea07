package tw.rislink.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.ejb.EJB;
import jakarta.mail.internet.MimeMessage;
import java.time.Duration;
import java.time.Instant;
import java.util.EnumSet;
import java.util.List;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import tw.rislink.account.boundary.AccountService;
import tw.rislink.account.entity.AccountStatus;
import tw.rislink.account.entity.Role;
import tw.rislink.platform.boundary.DemoDataSeeder;

/**
 * An account's unlock timer lifts only the lock it was set for. The test server locks for 45 s
 * (arquillian.xml). Runs in the server: wrong passwords are counted as the sign-in page counts
 * them, and the administrator unlocks as the user-accounts screen does.
 */
@ExtendWith(ArquillianExtension.class)
class AccountUnlockIT {

    private static final String PASSWORD = DemoDataSeeder.DEMO_PASSWORD;
    private static final Duration LOCKOUT = Duration.ofSeconds(45);

    @Deployment
    static EnterpriseArchive deployment() {
        return Deployments.withTestModule(AccountUnlockIT.class);
    }

    @EJB
    private AsPlatform platform;

    @EJB
    private AccountService accounts;

    @Test
    void an_administrators_unlock_then_a_new_lock_is_not_ended_early_by_the_first_locks_timer() throws Exception {
        // As the platform: what the timers and the application's beans do, the test does.
        platform.run(() -> {
            String user = "it-unlock-" + System.nanoTime() % 1_000_000_000L;
            String email = user + "@demo.rislink.invalid";
            accounts.create(
                    user,
                    PASSWORD.toCharArray(),
                    "測試使用者",
                    email,
                    accounts.find("officer").orElseThrow().getAgency(),
                    EnumSet.of(Role.APPLICANT_OFFICER));
            try (MailSink mail = new MailSink()) {
                Instant firstLock = lock(user);
                Identity.as("admin", PASSWORD, () -> accounts.unlock(user, "admin", "127.0.0.1"));
                assertEquals(AccountStatus.ACTIVE, status(user), "unlocked by the administrator");

                // Locked again well before the first lock's timer is due.
                Thread.sleep(15_000);
                Instant secondLock = lock(user);
                List<MimeMessage> notices = mail.await(email, 2);
                assertEquals(2, notices.size(), "each lock is mailed once it is committed");

                // The first timer fires at firstLock + 45 s; give it time to run, still inside the second lock.
                sleepUntil(firstLock.plus(LOCKOUT).plusSeconds(8));
                assertTrue(
                        Instant.now().isBefore(secondLock.plus(LOCKOUT)), "the check must fall inside the second lock");
                assertEquals(AccountStatus.LOCKED, status(user), "the first lock's timer did not end the second lock");

                while (status(user) == AccountStatus.LOCKED
                        && Instant.now().isBefore(secondLock.plus(LOCKOUT).plusSeconds(60))) {
                    Thread.sleep(1000);
                }
                assertEquals(AccountStatus.ACTIVE, status(user), "the second lock's own timer unlocked it");
                assertTrue(
                        Duration.between(secondLock, Instant.now()).compareTo(LOCKOUT.minusSeconds(2)) >= 0,
                        "not before the second lockout ended");
            }
        });
    }

    /** Five wrong passwords in a row, as the sign-in page records them; returns when the lock was taken. */
    private Instant lock(String user) {
        for (int i = 0; i < 5; i++) {
            accounts.signIn(user, "127.0.0.1", () -> false);
        }
        Instant locked = Instant.now();
        assertEquals(AccountStatus.LOCKED, status(user));
        return locked;
    }

    private AccountStatus status(String user) {
        return accounts.status(user).orElseThrow();
    }

    private static void sleepUntil(Instant when) throws InterruptedException {
        long millis = Duration.between(Instant.now(), when).toMillis();
        if (millis > 0) {
            Thread.sleep(millis);
        }
    }
}
