package tw.rislink.account.entity;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.time.LocalDateTime;
import org.junit.jupiter.api.Test;

class NameFailuresTest {

    private static final LocalDateTime NOW = LocalDateTime.of(2026, 12, 1, 9, 0);
    private static final Duration LOCKOUT = Duration.ofMinutes(30);

    private final NameFailures failures = new NameFailures("nobody", NOW);

    @Test
    void the_fifth_wrong_password_locks_the_name_as_it_would_an_account() {
        for (int i = 1; i < UserAccount.MAX_FAILED_SIGN_INS; i++) {
            assertFalse(failures.recordFailure(NOW, LOCKOUT));
        }
        assertTrue(failures.recordFailure(NOW, LOCKOUT));
        assertEquals(NOW, failures.getLockedAt());
        assertFalse(failures.recordFailure(NOW.plusMinutes(29), LOCKOUT), "still locked, not locked again");
        assertEquals(NOW, failures.getLockedAt());
    }

    @Test
    void the_lock_ends_after_the_lockout_and_counting_starts_again() {
        for (int i = 0; i < UserAccount.MAX_FAILED_SIGN_INS; i++) {
            failures.recordFailure(NOW, LOCKOUT);
        }
        assertFalse(failures.recordFailure(NOW.plus(LOCKOUT), LOCKOUT));
        assertNull(failures.getLockedAt());
        assertEquals(1, failures.getFailures());
    }

    /** The same rule as UserAccountTest's: an unknown name's old count is forgotten as an account's is. */
    @Test
    void a_run_of_wrong_passwords_is_forgotten_a_day_after_its_last_one() {
        for (int i = 1; i < UserAccount.MAX_FAILED_SIGN_INS; i++) {
            failures.recordFailure(NOW, LOCKOUT);
        }
        assertFalse(failures.recordFailure(NOW.plus(UserAccount.FAILURES_FORGOTTEN_AFTER), LOCKOUT));
        assertEquals(1, failures.getFailures());
        assertNull(failures.getLockedAt());
    }

    @Test
    void the_name_is_kept_only_as_its_hash() {
        assertEquals(64, NameFailures.hashOf("nobody").length());
        assertFalse(NameFailures.hashOf("nobody").contains("nobody"));
    }
}
