package tw.rislink.account.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.Duration;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class LockoutPolicyTest {

    @AfterEach
    void clear() {
        System.clearProperty("rislink.account.lockout-duration");
    }

    @Test
    void locks_for_thirty_minutes_unless_configured() {
        assertEquals(Duration.ofMinutes(30), LockoutPolicy.lockoutDuration());
        System.setProperty("rislink.account.lockout-duration", "PT45S");
        assertEquals(Duration.ofSeconds(45), LockoutPolicy.lockoutDuration());
    }

    @Test
    void a_malformed_setting_says_what_is_wrong() {
        System.setProperty("rislink.account.lockout-duration", "30 minutes");
        IllegalStateException e = assertThrows(IllegalStateException.class, LockoutPolicy::lockoutDuration);
        assertEquals(
                "System property rislink.account.lockout-duration=\"30 minutes\" is not an ISO-8601 duration such as PT30M",
                e.getMessage());
    }
}
