package tw.rislink.account.entity;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDateTime;
import org.junit.jupiter.api.Test;
import tw.rislink.agency.entity.Agency;
import tw.rislink.agency.entity.AgencyKind;

class UserAccountTest {

    private static final LocalDateTime NOW = LocalDateTime.of(2026, 11, 22, 9, 0);

    private final UserAccount account = new UserAccount(
            "officer",
            "$2a$10$hash",
            "王承辦",
            null,
            new Agency("379040000A", "臺北市政府衛生局", "Department of Health, Taipei City", AgencyKind.GOVERNMENT),
            NOW);

    @Test
    void the_fifth_wrong_password_in_a_row_locks() {
        for (int i = 1; i < UserAccount.MAX_FAILED_SIGN_INS; i++) {
            assertFalse(account.recordFailedSignIn(NOW));
            assertEquals(i, account.getFailedSignIns());
        }
        assertTrue(account.recordFailedSignIn(NOW));
        assertEquals(AccountStatus.LOCKED, account.getStatus());
        assertEquals(NOW, account.getLockedAt());
    }

    /** The same rule as NameFailuresTest's: otherwise an old count would tell a real name apart. */
    @Test
    void a_run_of_wrong_passwords_is_forgotten_a_day_after_its_last_one() {
        for (int i = 1; i < UserAccount.MAX_FAILED_SIGN_INS; i++) {
            account.recordFailedSignIn(NOW);
        }
        LocalDateTime later = NOW.plus(UserAccount.FAILURES_FORGOTTEN_AFTER);
        assertFalse(account.recordFailedSignIn(later), "the fifth, but a day after the fourth");
        assertEquals(1, account.getFailedSignIns());
        assertEquals(AccountStatus.ACTIVE, account.getStatus());
    }

    @Test
    void the_refusals_since_the_last_sign_in_stop_at_what_the_column_holds() {
        account.recordFailedSignIn(NOW);
        for (int i = 0; i < 5; i++) {
            account.recordFailedSignIn(NOW.plusMinutes(i + 1));
        }
        for (int i = 0; i < UserAccount.MAX_COUNTED + 10; i++) {
            account.recordFailedSignIn(NOW.plusMinutes(1));
        }
        assertEquals(UserAccount.MAX_COUNTED, account.getFailedSinceSignIn());
    }

    @Test
    void a_success_starts_the_count_again() {
        for (int i = 0; i < 4; i++) {
            account.recordFailedSignIn(NOW);
        }
        account.recordSuccessfulSignIn(NOW.plusMinutes(1), "10.0.0.1");
        assertEquals(0, account.getFailedSignIns());
        assertEquals(NOW.plusMinutes(1), account.getLastSignInAt());
        assertFalse(account.recordFailedSignIn(NOW));
    }

    @Test
    void the_previous_sign_in_and_the_refusals_since_it_are_kept_for_the_next_one() {
        account.recordSuccessfulSignIn(NOW, "10.0.0.1");
        account.recordFailedSignIn(NOW.plusMinutes(1));
        account.recordFailedSignIn(NOW.plusMinutes(2));
        account.recordSuccessfulSignIn(NOW.plusMinutes(3), "10.0.0.2");
        assertEquals(NOW, account.getPreviousSignInAt());
        assertEquals("10.0.0.1", account.getPreviousSignInAddress());
        assertEquals(2, account.getFailedBeforeSignIn());
        assertEquals(NOW.plusMinutes(3), account.getLastSignInAt());
        assertEquals(0, account.getFailedSinceSignIn());
    }

    @Test
    void refusals_while_locked_count_as_failures_since_the_last_sign_in() {
        for (int i = 0; i < 7; i++) {
            account.recordFailedSignIn(NOW);
        }
        account.unlock();
        account.recordSuccessfulSignIn(NOW.plusHours(1), "10.0.0.3");
        assertEquals(7, account.getFailedBeforeSignIn());
        assertNull(account.getPreviousSignInAt(), "no sign-in before this one");
    }

    @Test
    void failures_on_a_locked_account_do_not_lock_it_again() {
        for (int i = 0; i < 5; i++) {
            account.recordFailedSignIn(NOW);
        }
        assertFalse(account.recordFailedSignIn(NOW.plusMinutes(3)));
        assertEquals(NOW, account.getLockedAt());
    }

    @Test
    void unlock_clears_the_lock_and_the_count() {
        for (int i = 0; i < 5; i++) {
            account.recordFailedSignIn(NOW);
        }
        account.unlock();
        assertEquals(AccountStatus.ACTIVE, account.getStatus());
        assertNull(account.getLockedAt());
        assertEquals(0, account.getFailedSignIns());
    }

    @Test
    void every_role_has_its_own_screen_folder() {
        assertEquals(
                Role.values().length,
                java.util.Arrays.stream(Role.values())
                        .map(Role::area)
                        .distinct()
                        .count());
        assertEquals("/admin/home.xhtml", Role.SYSTEM_ADMIN.homeViewId());
    }
}
