package tw.rislink.account.entity;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.time.LocalDateTime;
import java.util.Arrays;
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
    void a_new_account_is_active_with_no_failures() {
        assertEquals(AccountStatus.ACTIVE, account.getStatus());
        assertEquals(0, account.getFailedSignIns());
        assertEquals(NOW, account.getPasswordChangedAt());
    }

    @Test
    void a_success_records_the_time() {
        account.recordSuccessfulSignIn(NOW.plusMinutes(1));
        assertEquals(NOW.plusMinutes(1), account.getLastSignInAt());
    }

    @Test
    void unlocking_an_active_account_changes_nothing() {
        account.unlock();
        assertEquals(AccountStatus.ACTIVE, account.getStatus());
        assertNull(account.getLockedAt());
    }

    @Test
    void every_role_has_its_own_screen_folder() {
        assertEquals(
                Role.values().length,
                Arrays.stream(Role.values()).map(Role::area).distinct().count());
        assertEquals("/admin/home.xhtml", Role.SYSTEM_ADMIN.homeViewId());
    }
}
