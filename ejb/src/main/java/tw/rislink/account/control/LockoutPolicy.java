package tw.rislink.account.control;

import java.time.Duration;
import tw.rislink.platform.control.Settings;

/** How long five wrong passwords lock an account: rislink.account.lockout-duration, default 30 minutes. */
public final class LockoutPolicy {

    static final Duration DEFAULT_LOCKOUT = Duration.ofMinutes(30);

    private LockoutPolicy() {}

    public static Duration lockoutDuration() {
        return Settings.duration("rislink.account.lockout-duration", DEFAULT_LOCKOUT);
    }
}
