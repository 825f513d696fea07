package tw.rislink.it;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import org.junit.jupiter.api.Test;
import tw.rislink.platform.boundary.DemoDataSeeder;

/**
 * The embedded database and the persistent timers survive a restart: an account locked before
 * a stop is still locked after the start, and the unlock timer created before the stop fires
 * after it.
 */
class RestartIT {

    private static final Duration LOCKOUT = Duration.ofSeconds(75);

    @Test
    void data_and_a_persistent_timer_survive_a_restart() throws Exception {
        Path work = Path.of(System.getProperty("rislink.work.dir", "target"), "restart-it");
        try (ServerProcess server =
                new ServerProcess(work, 100, Map.of("rislink.account.lockout-duration", LOCKOUT.toString()))) {
            server.start();
            SignInForm form = new SignInForm(Https.client(), Https.base(server.portOffset()));
            for (int i = 0; i < 5; i++) {
                form.signIn("dis", "wrong");
            }
            Instant lockedAt = Instant.now();
            assertTrue(form.signIn("dis", DemoDataSeeder.DEMO_PASSWORD).error().contains("locked"));

            server.stop();
            server.start();
            Instant restarted = Instant.now();
            assertTrue(
                    restarted.isBefore(lockedAt.plus(LOCKOUT)),
                    "the restart took longer than the lockout; the test proves nothing");

            SignInForm.Outcome afterRestart = form.signIn("dis", DemoDataSeeder.DEMO_PASSWORD);
            assertFalse(afterRestart.signedIn(), "the lock did not survive the restart");
            assertTrue(afterRestart.error().contains("locked"));

            SignInForm.Outcome outcome = afterRestart;
            while (!outcome.signedIn()
                    && Instant.now().isBefore(lockedAt.plus(LOCKOUT).plusSeconds(60))) {
                Thread.sleep(3000);
                outcome = form.signIn("dis", DemoDataSeeder.DEMO_PASSWORD);
            }
            assertTrue(outcome.signedIn(), "the unlock timer created before the restart did not fire after it");
            assertTrue(Instant.now().isAfter(lockedAt.plus(LOCKOUT).minusSeconds(5)), "unlocked too early");
        }
    }
}
